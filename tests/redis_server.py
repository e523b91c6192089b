"""A Redis server of the test's own, for the tests that stop it: the shared one on 6379 must
never go away under other tests. Runs as production's compose runs it (append-only file on),
so what was queued before a stop is there after a start, on the same port."""

from __future__ import annotations

import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import redis

from tests.servers import free_port

START_TIMEOUT_SECONDS = 15


@dataclass
class PrivateRedis:
    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    def url(self, database: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        """Start and wait until it answers PING."""
        server = shutil.which("redis-server")
        if server is None:
            pytest.fail("no redis-server to start a private Redis")
        with (self.folder / "redis.log").open("ab") as log:
            self.process = subprocess.Popen(
                [server, "--port", str(self.port), "--bind", "127.0.0.1",
                 "--dir", str(self.folder), "--appendonly", "yes", "--save", ""],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        client = redis.Redis(port=self.port, socket_connect_timeout=1)
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        try:
            while time.monotonic() < deadline:
                try:
                    if client.ping():
                        return
                except redis.ConnectionError:
                    time.sleep(0.05)
        finally:
            client.close()
        pytest.fail(f"the private Redis on port {self.port} did not start")

    def stop(self) -> None:
        """SIGTERM, as `docker stop` or a restart sends it: Redis closes every connection,
        writes its append-only file and exits."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=START_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextmanager
def private_redis() -> Iterator[PrivateRedis]:
    """A started private Redis, stopped and removed after the block."""
    server = PrivateRedis(Path(tempfile.mkdtemp(prefix="consult-redis-")))
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)
