"""Parallel submits over real HTTP: none lost, and one version per idempotency key."""

from __future__ import annotations

import json
import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from consult.models import ResponseVersion
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS
from tests.factories import make_network

PARALLEL_NETWORKS = 50
PARALLEL_RETRIES = 10


def post_json(url: str, body: dict, headers: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def launch_to_new_networks(client, admin, database, sample_round, count):
    with database.session() as session:
        ids = [make_network(session).id for _ in range(count)]
    sample_round["audience"] = {"network_ids": ids}
    round_id = client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    launched = client.post(f"/api/v1/rounds/{round_id}/launch", headers=admin).json
    return round_id, [item["token"] for item in launched["invitations"]]


def all_at_once(count, action):
    start = threading.Barrier(count)

    def run(index):
        start.wait()
        return action(index)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def test_parallel_submits_of_distinct_networks_all_land(
    client, admin, database, sample_round, live_server
):
    round_id, tokens = launch_to_new_networks(
        client, admin, database, sample_round, PARALLEL_NETWORKS
    )
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    results = all_at_once(
        PARALLEL_NETWORKS,
        lambda i: post_json(f"{live_server}/api/v1/respond/{tokens[i]}", body),
    )
    assert [status for status, _ in results] == [200] * PARALLEL_NETWORKS
    report = client.get(f"/api/v1/rounds/{round_id}/invitations", headers=admin).json
    assert report["response_rate"]["submitted"] == PARALLEL_NETWORKS


def test_parallel_retries_with_one_idempotency_key_make_one_version(
    client, admin, database, sample_round, live_server
):
    _, tokens = launch_to_new_networks(client, admin, database, sample_round, 1)
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    url = f"{live_server}/api/v1/respond/{tokens[0]}"
    results = all_at_once(
        PARALLEL_RETRIES, lambda _: post_json(url, body, {"Idempotency-Key": "one-submit"})
    )
    assert [status for status, _ in results] == [200] * PARALLEL_RETRIES
    assert {result["version"] for _, result in results} == {1}
    assert sorted(result["replayed"] for _, result in results) == [False] + [True] * (
        PARALLEL_RETRIES - 1
    )
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(ResponseVersion)) == 1
