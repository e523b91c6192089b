"""`consult run`: the API, a Celery worker and beat as one service. A child that dies is
started again after a back-off (1 s, doubling to 30 s, back to 1 s once it has run for a
minute); only Ctrl-C or SIGTERM stops the service, and then all of it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from types import FrameType

from consult import migrate
from consult.config import Settings
from consult.tasks import QUEUES

STOP_TIMEOUT_SECONDS = 15
POLL_SECONDS = 0.5
FIRST_BACKOFF_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 30.0
# A child that ran this long before it died had been working: its next death starts the
# back-off from the beginning again.
STABLE_SECONDS = 60.0


@dataclass
class Child:
    name: str
    argv: list[str]
    env: dict[str, str]
    process: subprocess.Popen[bytes]
    started_at: float
    deaths: int = 0  # in a row, each within STABLE_SECONDS of its start
    restart_at: float | None = None  # while it waits out its back-off

    @classmethod
    def start(cls, name: str, argv: list[str], env: dict[str, str]) -> Child:
        return cls(name, argv, env, _start(argv, env), time.monotonic())

    def check(self, now: float) -> None:
        """Notice a death (and schedule the restart), or restart once the back-off is over."""
        if self.restart_at is None and self.process.poll() is not None:
            _kill_group(self.process)  # what it left behind (a worker's pool)
            ran = now - self.started_at
            self.deaths = 1 if ran >= STABLE_SECONDS else self.deaths + 1
            delay = min(MAX_BACKOFF_SECONDS, FIRST_BACKOFF_SECONDS * 2 ** (self.deaths - 1))
            self.restart_at = now + delay
            print(
                f"consult: {self.name} stopped (exit {self.process.returncode}) after "
                f"{ran:.0f} s; restarting in {delay:.0f} s",
                flush=True,
            )
        elif self.restart_at is not None and now >= self.restart_at:
            self.process, self.started_at, self.restart_at = _start(self.argv, self.env), now, None
            print(f"consult: {self.name} restarted (pid {self.process.pid})", flush=True)


def commands(settings: Settings) -> dict[str, list[str]]:
    """The processes of the service; docker-compose.yml runs the same three."""
    python = sys.executable
    return {
        "api": [
            python, "-m", "gunicorn",
            "--bind", f"127.0.0.1:{settings.port}",
            "--worker-class", "gthread", "--workers", "2", "--threads", "4",
            # Request limits above consult/guard.py's and no "Server: gunicorn".
            "--config", "python:consult.gunicorn_conf",
            "--access-logfile", "-", "--logger-class", "consult.access_log.MaskedAccessLogger",
            "consult:create_app()",
        ],
        "worker": [
            python, "-m", "celery", "-A", "consult.tasks.worker", "worker",
            "--loglevel", settings.log_level, "--queues", ",".join(QUEUES),
            "--concurrency", "2",
        ],
        "beat": [
            python, "-m", "celery", "-A", "consult.tasks.worker", "beat",
            "--loglevel", settings.log_level,
            "--schedule", str(settings.var_dir / "celerybeat-schedule"),
        ],
    }  # fmt: skip


def run_service(settings: Settings) -> int:
    """Start all processes and keep them running until Ctrl-C or SIGTERM; then stop them."""
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    migrate.upgrade(settings.database_url)
    env = {**os.environ, "CONSULT_VAR_DIR": str(settings.var_dir), "PORT": str(settings.port)}
    # Own sessions: Ctrl-C reaches only this process, which then stops each child once.
    children = [Child.start(name, argv, env) for name, argv in commands(settings).items()]
    stopping = False

    def _stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    base = f"http://127.0.0.1:{settings.port}"
    announced = False
    while not stopping:
        for child in children:
            child.check(time.monotonic())
        if not announced and _answers(f"{base}/healthz"):
            print(
                f"consult: serving {base}/  API docs {base}/api/v1/docs  (Ctrl-C stops)", flush=True
            )
            announced = True
        time.sleep(POLL_SECONDS)
    _stop_all(children)
    return 0


def _start(argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    # No cwd of our own: every child imports the installed package, and CONSULT_VAR_DIR is
    # already absolute, so a wheel runs as a checkout does.
    return subprocess.Popen(argv, env=env, start_new_session=True)  # noqa: S603 (our own argv)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL what is left of a dead child's process group (its own session)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310 (our own URL)
            status: int = response.status
            return status == 200
    except OSError:
        return False


def _stop_all(children: list[Child]) -> None:
    print("consult: stopping", flush=True)
    for child in children:
        if child.process.poll() is None:
            child.process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
    for child in children:
        try:
            child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.process.kill()
            child.process.wait()
