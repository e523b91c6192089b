"""Real servers as child processes, for the tests that stop, restart or kill one: a private
PostgreSQL in a temporary folder, and the API under gunicorn exactly as `consult run` starts it.

The shared PostgreSQL and Redis must never be stopped (other tests use them); a test that
restarts the database gets its own server on a free port here.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from consult import migrate
from consult.config import Settings
from consult.supervisor import commands
from tests.services import service_missing

START_TIMEOUT_SECONDS = 60  # gunicorn boots its workers in 20 s on a busy 2-core machine
STOP_TIMEOUT_SECONDS = 15


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_until_ready(base: str, timeout: float = START_TIMEOUT_SECONDS) -> bytes:
    """/readyz's body once it answers 200; fails the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(0.2)
        try:
            status, body = get(f"{base}/readyz")
        except OSError:
            continue
        if status == 200:
            return body
    pytest.fail(f"{base}/readyz did not answer 200 within {timeout:.0f} s")


def service_env(**settings: str) -> dict[str, str]:
    """This process's environment without its CONSULT_* settings, plus `settings`: a child
    sees only what the test gives it."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("CONSULT_")}
    return env | settings


def _postgres_bin() -> Path:
    """The newest installed server's binaries (Debian keeps them out of PATH)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts[-3])
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb is not None:
        return Path(initdb).parent
    service_missing("A private PostgreSQL", "no initdb in /usr/lib/postgresql/*/bin or PATH")
    raise AssertionError("service_missing skips or fails the test")


@dataclass
class PrivatePostgres:
    """A PostgreSQL server of the test's own (trust auth, 127.0.0.1 on a free port).

    PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user and
    its folder is handed to that user. fsync is off (the faults here kill processes, they
    do not cut power: a commit's WAL reaches the kernel either way), synchronous_commit
    stays on, so a commit the client was told about is in the WAL when a server dies.
    """

    folder: Path
    port: int = field(default_factory=free_port)
    bin: Path = field(default_factory=_postgres_bin)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "postgres.log"

    def url(self, database: str = "consult") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--no-sync")  # fmt: skip

    def start(self) -> None:
        self._pg_ctl("start")

    def restart(self, mode: str = "fast") -> None:
        """`pg_ctl restart -m fast` (sessions ended, a clean shutdown) or `immediate` (every
        process killed at once; the start replays the WAL as after a crash)."""
        self._pg_ctl("restart", "-m", mode)

    def stop(self, mode: str = "fast") -> None:
        self._pg_ctl("stop", "-m", mode)

    def create_database(self, database: str) -> None:
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", database)

    def _pg_ctl(self, action: str, *args: str) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", action, "-D", str(self.data), "-l", str(self.log), "-w",
                  "-t", str(START_TIMEOUT_SECONDS), "-o", options, *args)  # fmt: skip

    def _run(self, program: str, *args: str) -> None:
        as_root = os.geteuid() == 0
        done = subprocess.run(
            [str(self.bin / program), *args],
            user="postgres" if as_root else None,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_SECONDS + 10,
            check=False,
        )
        if done.returncode != 0:
            tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            pytest.fail(f"{program} {' '.join(args)} failed: {done.stderr}\n{tail}")


@contextmanager
def private_postgres(database: str = "consult") -> Iterator[PrivatePostgres]:
    """A private server with `database` created and migrated; stopped and removed after."""
    folder = Path(tempfile.mkdtemp(prefix="consult-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    server = PrivatePostgres(folder)
    try:
        server.init()
        server.start()
        server.create_database(database)
        migrate.upgrade(server.url(database))
        yield server
    finally:
        if (server.data / "postmaster.pid").exists():
            server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class ApiServer:
    """The API under gunicorn with the argv of `consult run` (gthread, 2 workers of 4
    threads, consult.gunicorn_conf), in its own process group so a test can kill all of
    it; its output goes to `log`."""

    env: Mapping[str, str]
    log: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    _output: IO[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {**self.env, "PORT": str(self.port)}
        argv = commands(Settings.from_env(env))["api"]
        self._output = self._output or self.log.open("ab")
        self.process = subprocess.Popen(
            argv, env=env, stdout=self._output, stderr=subprocess.STDOUT, start_new_session=True
        )
        wait_until_ready(self.base)

    def kill(self) -> None:
        """`kill -9` the master and every worker at once: nothing is shut down cleanly."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=STOP_TIMEOUT_SECONDS)

    def stop(self) -> None:
        """SIGTERM (gunicorn's graceful stop), then SIGKILL if it takes too long."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                self.kill()
        if self._output is not None:
            self._output.close()
            self._output = None

    def log_tail(self, size: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-size:] if self.log.exists() else ""


@contextmanager
def api_server(env: Mapping[str, str], log: Path) -> Iterator[ApiServer]:
    """The API serving (its /readyz answers 200) until the block ends."""
    server = ApiServer(env, log)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@contextmanager
def consult_run(env: Mapping[str, str], log: Path) -> Iterator[str]:
    """`consult run` (the API, a worker and beat) as a new user starts it, serving (its
    /readyz answers 200) until the block ends; yields its base URL. Stopped with Ctrl-C."""
    port = int(env.get("PORT") or free_port())
    with log.open("ab") as output:
        service = subprocess.Popen(
            [sys.executable, "-m", "consult.cli", "run"],
            env={**env, "PORT": str(port)},
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_ready(base)
            yield base
        finally:
            service.send_signal(signal.SIGINT)
            try:
                service.wait(timeout=STOP_TIMEOUT_SECONDS * 2)
            except subprocess.TimeoutExpired:
                os.killpg(service.pid, signal.SIGKILL)
                service.wait()
