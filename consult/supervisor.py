"""`consult run`: the API, a Celery worker and beat as one service, stopped together."""

from __future__ import annotations

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


@dataclass
class Child:
    name: str
    process: subprocess.Popen[bytes]


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
    """Start all processes; when one stops or Ctrl-C comes, stop the others. Exit status."""
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    migrate.upgrade(settings.database_url)
    env = {**os.environ, "CONSULT_VAR_DIR": str(settings.var_dir), "PORT": str(settings.port)}
    # Own sessions: Ctrl-C reaches only this process, which then stops each child once.
    children = [Child(name, _start(argv, env)) for name, argv in commands(settings).items()]
    stopping = False

    def _stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    base = f"http://127.0.0.1:{settings.port}"
    announced = False
    exit_status = 0
    while not stopping:
        ended = [child for child in children if child.process.poll() is not None]
        if ended:
            print(
                f"consult: {ended[0].name} stopped (exit {ended[0].process.returncode})", flush=True
            )
            exit_status = 1
            break
        if not announced and _answers(f"{base}/healthz"):
            print(
                f"consult: serving {base}/  API docs {base}/api/v1/docs  (Ctrl-C stops)", flush=True
            )
            announced = True
        time.sleep(0.5)
    _stop_all(children)
    return exit_status


def _start(argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    # No cwd of our own: every child imports the installed package, and CONSULT_VAR_DIR is
    # already absolute, so a wheel runs as a checkout does.
    return subprocess.Popen(argv, env=env, start_new_session=True)  # noqa: S603 (our own argv)


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
