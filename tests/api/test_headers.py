"""Compression for slow links, and caching only where nothing private rides in a response."""

from __future__ import annotations

import gzip

import pytest

GZIP = {"Accept-Encoding": "gzip"}


@pytest.mark.parametrize("method", ["get", "head"])
def test_pages_json_and_csv_are_compressed(client, admin, answered_round, method):
    token = answered_round.invitations[0]["token"]
    round_url = f"/api/v1/rounds/{answered_round.id}"
    for url, headers in [
        (f"/r/{token}", GZIP),
        (f"{round_url}/summary/report?lang=km", {**admin, **GZIP}),
        (f"{round_url}/summary", {**admin, **GZIP}),
        (f"{round_url}/responses.csv", {**admin, "Accept-Encoding": "br, deflate"}),
        (f"{round_url}/summary.csv", {**admin, "Accept-Encoding": "deflate"}),
    ]:
        reply = getattr(client, method)(url, headers=headers)
        reply.close()  # as a WSGI server does: a streamed export's session is closed then
        assert reply.status_code == 200, url
        assert reply.headers.get("Content-Encoding") in ("gzip", "br", "deflate"), url
        assert "Accept-Encoding" in reply.headers.get("Vary", ""), url


def test_a_compressed_page_reads_back_intact(client, answered_round):
    token = answered_round.invitations[0]["token"]
    plain = client.get(f"/r/{token}?lang=km").get_data()
    packed = client.get(f"/r/{token}?lang=km", headers=GZIP)
    unpacked = gzip.decompress(packed.get_data())
    assert len(unpacked) == len(plain) and "ការ".encode() in unpacked  # form_id differs
    assert len(packed.get_data()) < len(plain) / 3


def test_responses_that_carry_a_secret_are_never_stored(client, admin, answered_round):
    token = answered_round.invitations[0]["token"]
    for url in (f"/r/{token}", f"/api/v1/respond/{token}", f"/api/v1/respond/{token}/followups"):
        assert client.get(url).headers["Cache-Control"] == "no-store", url
    network = answered_round.invitations[1]["network"]["id"]
    reissued = client.post(
        f"/api/v1/rounds/{answered_round.id}/invitations/{network}/reissue", headers=admin
    )
    assert reissued.headers["Cache-Control"] == "no-store"
    key = client.post("/api/v1/keys", json={"name": "new", "role": "viewer"}, headers=admin)
    assert key.status_code == 201 and key.headers["Cache-Control"] == "no-store"
    summary = client.get(f"/api/v1/rounds/{answered_round.id}/summary", headers=admin)
    assert summary.headers["Cache-Control"] == "private, no-cache"
    feed = client.get("/api/v1/events.ics")
    assert feed.headers["Cache-Control"].startswith("public, max-age=")


def test_a_wrong_method_says_which_are_allowed(client, admin):
    reply = client.delete("/api/v1/rounds", headers=admin)
    assert reply.status_code == 405 and reply.is_json
    assert set(reply.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


def test_a_missing_summary_says_when_one_comes(client, admin, launched_round):
    reply = client.get(f"/api/v1/rounds/{launched_round.id}/summary", headers=admin)
    assert reply.status_code == 404
    assert reply.json["message"].startswith(f"Round {launched_round.id} has no summary yet")
