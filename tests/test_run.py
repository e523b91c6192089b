"""`consult run` (what `make run` calls): the whole service on embedded defaults."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.servers import START_TIMEOUT_SECONDS, free_port, get, wait_until_ready


def stop(service: subprocess.Popen[bytes]) -> None:
    """Ctrl-C, as a person stops `make run`; it must be down within 30 s."""
    service.send_signal(signal.SIGINT)
    try:
        service.wait(timeout=30)
    except subprocess.TimeoutExpired:
        service.kill()
        pytest.fail("consult run did not stop within 30 s of Ctrl-C")


def processes_with(var_dir: Path) -> list[int]:
    """Pids whose environment names this test's var dir: the service's own processes."""
    marker = f"CONSULT_VAR_DIR={var_dir}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if marker in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture(params=["embedded", "postgresql+redis"])
def service_env(request, tmp_path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("CONSULT_") or key == "CONSULT_REQUIRE_SERVICES"
    }
    env.update({"PORT": str(free_port()), "CONSULT_VAR_DIR": str(tmp_path / "var")})
    if request.param != "embedded":
        env["CONSULT_DATABASE_URL"] = request.getfixturevalue("postgres_url")
        env["CONSULT_BROKER_URL"] = request.getfixturevalue("redis_url")
    return env


def test_run_serves_docs_and_readiness_then_stops_everything_on_ctrl_c(service_env):
    env = service_env
    port, var_dir = int(env["PORT"]), Path(env["CONSULT_VAR_DIR"])
    service = subprocess.Popen(
        [sys.executable, "-m", "consult.cli", "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    lines: list[str] = []
    reader = threading.Thread(
        target=lambda: lines.extend(line.decode() for line in service.stdout), daemon=True
    )
    reader.start()
    try:
        body = wait_until_ready(base)
        assert json.loads(body)["checks"] == {"database": "ok", "broker": "ok"}
        docs_status, docs = get(f"{base}/api/v1/docs")
        assert docs_status == 200
        assert b"/api/v1/docs/assets/swagger-ui-bundle.js" in docs
        assert get(f"{base}/api/v1/docs/assets/swagger-ui-bundle.js")[0] == 200
        secret = "SecretLinkToken0123456789abcdef"
        assert get(f"{base}/r/{secret}/followups/1?lang=km")[0] == 404
        assert get(f"{base}/api/v1/respond/{secret}")[0] == 404
        assert get(f"{base}/r//{secret}")[0] == 404, "redirected to /r/{secret}, unknown"
        assert get(f"{base}/%72/{secret}")[0] == 404, "served as /r/{secret}: masked too"
        with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
            assert response.headers["Server"] == "consult", "not gunicorn's name and version"
            assert response.headers["X-Content-Type-Options"] == "nosniff"
        too_long, error = get(f"{base}/api/v1/rounds?q={'a' * 5000}")
        assert too_long == 414 and json.loads(error)["code"] == "request_uri_too_long"
        if "CONSULT_DATABASE_URL" not in env:
            assert (var_dir / "consult.db").exists(), "the embedded database lives in var/"
        announced = time.monotonic() + 5  # the service polls its own /healthz every 0.5 s
        while time.monotonic() < announced and not any("serving" in line for line in lines):
            time.sleep(0.1)
        announcement = next(line for line in lines if "serving" in line)
        assert f"serving {base}/" in announcement
        assert f"{base}/api/v1/docs" in announcement
    finally:
        stop(service)
    reader.join(timeout=5)
    logged = "".join(lines)
    assert "GET /r/…/followups/1?lang=km" in logged and "GET /api/v1/respond/…" in logged
    assert secret not in logged, "a link token is a credential: never in the access log"
    assert processes_with(var_dir) == [], "a child process outlived Ctrl-C"


def child_of(service: subprocess.Popen[bytes], role: str) -> int | None:
    """The pid of the service's direct child running celery `role` ("worker" or "beat")."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rpartition(")")[2].split()[1])
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if parent == service.pid and b"celery" in argv and role.encode() in argv:
            return int(entry.name)
    return None


def wait_for_line(lines: list[str], text: str, times: int = 1) -> str:
    """The `times`-th line the service printed with `text` in it, once it has."""
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        found = [line for line in lines if text in line]
        if len(found) >= times:
            return found[times - 1]
        time.sleep(0.1)
    pytest.fail(f"consult run never printed {text!r}; it printed:\n{''.join(lines)[-2000:]}")


def test_run_restarts_a_child_killed_with_sigkill_with_back_off_and_keeps_serving(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith("CONSULT_")}
    env.update({"PORT": str(free_port()), "CONSULT_VAR_DIR": str(tmp_path / "var")})
    base, var_dir = f"http://127.0.0.1:{env['PORT']}", Path(env["CONSULT_VAR_DIR"])
    service = subprocess.Popen(
        [sys.executable, "-m", "consult.cli", "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    lines: list[str] = []
    reader = threading.Thread(
        target=lambda: lines.extend(line.decode() for line in service.stdout), daemon=True
    )
    reader.start()
    try:
        wait_until_ready(base)
        first = child_of(service, "worker")
        assert first is not None, "no worker child"
        os.kill(first, signal.SIGKILL)
        assert "restarting in 1 s" in wait_for_line(lines, "consult: worker stopped (exit -9)")
        wait_for_line(lines, "consult: worker restarted (pid")
        second = child_of(service, "worker")
        assert second not in (None, first)
        os.kill(second, signal.SIGKILL)  # dies again at once: the back-off doubles
        assert "restarting in 2 s" in wait_for_line(lines, "consult: worker stopped", times=2)
        third = wait_for_line(lines, "consult: worker restarted", times=2)
        assert f"(pid {child_of(service, 'worker')})" in third
        assert service.poll() is None, "consult run stopped because a child died"
        assert get(f"{base}/healthz")[0] == 200, "the API went down with the worker"
        assert child_of(service, "beat") is not None
    finally:
        stop(service)
    reader.join(timeout=5)
    assert service.returncode == 0
    assert processes_with(var_dir) == [], "a child process (or a dead worker's pool) outlived it"
