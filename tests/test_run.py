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

from tests.servers import free_port, get, wait_until_ready


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
