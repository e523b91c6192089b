"""The worker and beat started as `consult run` starts them (consult/supervisor.py's argv),
as children of a test: the prefork pool with two processes, beat with its schedule file in
the service's var folder."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from consult.config import Settings
from consult.supervisor import commands

STOP_TIMEOUT_SECONDS = 10


def start_service_process(name: str, env: dict[str, str], logs: Path) -> subprocess.Popen[bytes]:
    """Production's `name` process ("worker" or "beat") in its own process group, so that
    `stop_service_process` ends all of it; its output goes to `logs/<name>.log`."""
    argv = commands(Settings.from_env(env))[name]
    with (logs / f"{name}.log").open("ab") as log:
        return subprocess.Popen(
            argv, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )


def stop_service_process(process: subprocess.Popen[bytes] | None) -> None:
    """Kill the process and its pool at once (the test is over, nothing to finish)."""
    if process is not None and process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=STOP_TIMEOUT_SECONDS)
