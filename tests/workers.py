"""A real Celery worker as a child process, for the tests that kill one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from consult.tasks import QUEUES

ROOT = Path(__file__).resolve().parents[1]


def start_worker_process(env: dict[str, str]) -> subprocess.Popen:
    """`celery -A worker worker` (solo pool: the worker process runs the tasks itself) in its
    own process group, so `os.killpg(worker.pid, signal.SIGKILL)` kills all of it."""
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "worker", "worker", "--pool", "solo",
         "--queues", ",".join(QUEUES), "--loglevel", "WARNING", "--without-heartbeat",
         "--without-mingle", "--without-gossip"],
        cwd=ROOT, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
