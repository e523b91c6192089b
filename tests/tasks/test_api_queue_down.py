"""The API with its Redis (broker, result backend, rate-limit counts) stopped: a submission
is still accepted; what needs the queue now answers a 503 JSON with Retry-After at once,
and works again once Redis is back."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from consult import create_app
from consult.config import Settings
from consult.domain import api_keys
from tests.conftest import FOCAL_POINT, bearer, launch_over_http
from tests.many_networks import answers, directory
from tests.redis_server import private_redis


def test_with_redis_down_submissions_are_accepted_and_queue_calls_are_a_quick_503(
    sqlite_template: Path, tmp_path: Path, sample_round: dict
):
    shutil.copy(sqlite_template, tmp_path / "consult.db")
    with private_redis() as server:
        settings = Settings.from_env(
            {
                "CONSULT_VAR_DIR": str(tmp_path),
                "CONSULT_DATABASE_URL": f"sqlite:///{tmp_path / 'consult.db'}",
                "CONSULT_BROKER_URL": server.url(0),
                "CONSULT_RESULT_BACKEND": server.url(1),
            }
        )
        app = create_app(settings)
        client = app.test_client()
        with app.extensions["consult"].database.session() as session:
            admin = bearer(api_keys.create_key(session, "queue down", "admin").secret)
        launched = launch_over_http(client, admin, directory(2), sample_round)
        recompute = f"/api/v1/rounds/{launched.id}/summary/recompute"
        task_id = client.post(recompute, headers=admin).json["task_id"]
        server.stop()
        try:
            token = launched.invitations[0]["token"]
            body = {"answers": answers(0), "submitted_by": FOCAL_POINT}
            assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
            for reply in (
                client.post(recompute, headers=admin),
                client.get(f"/api/v1/tasks/{task_id}", headers=admin),
            ):
                assert reply.status_code == 503, reply.json
                assert reply.json["code"] == "service_unavailable"
                assert reply.headers["Retry-After"].isdigit()
        finally:
            server.start()
        # The result backend's connections reconnect on their own once Redis is back.
        deadline = time.monotonic() + 10
        while client.post(recompute, headers=admin).status_code != 202:
            assert time.monotonic() < deadline, "the API did not reconnect to Redis"
            time.sleep(0.2)
        assert client.get(f"/api/v1/tasks/{task_id}", headers=admin).status_code == 200
        app.extensions["consult"].database.dispose()
