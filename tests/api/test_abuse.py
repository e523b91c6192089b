"""Abuse resistance: rate limits, the draft cap, security headers, errors before the app,
and no credential or answer in any log line."""

from __future__ import annotations

import io
import logging
import sys
from typing import Any

import pytest

from consult.access_log import masked
from consult.domain.responses import DRAFTS_KEPT
from consult.guard import RequestGuard
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS

CSP = "default-src 'self'; script-src 'self'"


@pytest.fixture
def strict_app(app_with):
    """The app with limits low enough to reach in a test."""
    return app_with(
        rate_limit_link="5/minute", rate_limit_form="3/minute", rate_limit_unknown_token="4/minute"
    )


def test_a_link_over_its_budget_gets_429_json_with_retry_after(strict_app, launched_round):
    client = strict_app.test_client()
    token, other = launched_round.tokens()[:2]
    answered = [client.get(f"/api/v1/respond/{token}").status_code for _ in range(5)]
    assert answered == [200] * 5
    refused = client.get(f"/api/v1/respond/{token}")
    assert refused.status_code == 429
    assert refused.json["code"] == "too_many_requests" and refused.json["errors"] == {}
    assert 1 <= int(refused.headers["Retry-After"]) <= 61
    assert client.get(f"/r/{token}").status_code == 429, "one budget per link, API and page"
    assert client.get(f"/api/v1/respond/{other}").status_code == 200, "other links unaffected"


def test_the_web_form_over_its_budget_gets_a_page_in_both_languages(strict_app, launched_round):
    client = strict_app.test_client()
    token = launched_round.tokens()[0]
    form = {"q.members": "12", "action": "save"}
    assert [client.post(f"/r/{token}", data=form).status_code for _ in range(3)] == [303] * 3
    refused = client.post(f"/r/{token}", data=form)
    assert refused.status_code == 429 and refused.mimetype == "text/html"
    assert int(refused.headers["Retry-After"]) >= 1
    page = refused.get_data(as_text=True)
    assert "Too many requests" in page and "សំណើច្រើនពេក" in page


def test_unknown_tokens_spend_a_per_client_budget(strict_app, launched_round):
    client = strict_app.test_client()
    guesses = [client.get(f"/api/v1/respond/guess{n:040d}").status_code for n in range(4)]
    assert guesses == [404] * 4
    assert client.get("/r/another-guess").status_code == 429
    refused = client.get(f"/api/v1/respond/{launched_round.tokens()[0]}")
    assert refused.status_code == 429, "a client that guessed too much waits, even with a link"
    assert refused.json["code"] == "too_many_requests" and "Retry-After" in refused.headers
    elsewhere = client.get("/", environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert elsewhere.status_code != 429
    other_client = client.get(
        f"/api/v1/respond/{launched_round.tokens()[0]}", environ_base={"REMOTE_ADDR": "10.0.0.9"}
    )
    assert other_client.status_code == 200, "the budget is per client address"


def test_default_limits_leave_a_whole_round_alone(client, launched_round):
    for token in launched_round.tokens():
        assert client.get(f"/api/v1/respond/{token}").status_code == 200
        assert client.get(f"/r/{token}").status_code == 200


def test_drafts_beyond_the_cap_are_pruned_and_submissions_kept(client, admin, launched_round):
    token = launched_round.tokens()[0]
    submit = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{token}", json=submit).status_code == 200
    for members in range(DRAFTS_KEPT + 10):
        draft = {"answers": {"members": members}}
        assert client.put(f"/api/v1/respond/{token}", json=draft).status_code == 200
    assert client.post(f"/api/v1/respond/{token}", json=submit).status_code == 200
    network_id = next(i["network"]["id"] for i in launched_round.invitations if i["token"] == token)
    versions = client.get(
        f"/api/v1/rounds/{launched_round.id}/responses/{network_id}", headers=admin
    ).json["versions"]
    kinds = [v["kind"] for v in versions]
    assert kinds.count("submission") == 2, "every submission kept"
    assert kinds.count("draft") == DRAFTS_KEPT
    drafts = [v["answers"]["members"] for v in versions if v["kind"] == "draft"]
    assert drafts == list(range(10, DRAFTS_KEPT + 10)), "the newest drafts are the ones kept"
    assert versions[-1]["number"] == DRAFTS_KEPT + 12, "numbers keep counting"


def assert_security_headers(response: Any) -> None:
    assert response.headers["Content-Security-Policy"].startswith(CSP), response.status
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "img-src 'self' data:" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "Strict-Transport-Security" not in response.headers, "not over plain HTTP"


def test_security_headers_on_json_html_csv_and_errors(client, admin, launched_round):
    token = launched_round.tokens()[0]
    responses = {
        "json": client.get(f"/api/v1/respond/{token}"),
        "html": client.get(f"/r/{token}"),
        "csv": client.get(f"/api/v1/rounds/{launched_round.id}/responses.csv", headers=admin),
        "404": client.get("/api/v1/respond/unknown"),
        "401": client.get("/api/v1/rounds"),
        "docs": client.get("/api/v1/docs/"),
    }
    assert responses["csv"].mimetype == "text/csv"
    for response in responses.values():
        assert_security_headers(response)


def test_hsts_only_over_tls_and_behind_a_trusted_proxy(app_with, client):
    assert (
        "Strict-Transport-Security"
        not in client.get("/healthz", headers={"X-Forwarded-Proto": "https"}).headers
    ), "an untrusted X-Forwarded-Proto is ignored"
    assert "max-age" in client.get("/healthz", base_url="https://localhost").headers.get(
        "Strict-Transport-Security", ""
    )
    proxied = app_with(trusted_proxies=1).test_client()
    behind = proxied.get("/healthz", headers={"X-Forwarded-Proto": "https"})
    assert "max-age" in behind.headers["Strict-Transport-Security"]


def call_guard(**environ: Any) -> tuple[str, dict[str, str], dict[str, Any]]:
    import json

    reached = []

    def app(env: dict[str, Any], start_response: Any) -> list[bytes]:
        reached.append(env)
        start_response("200 OK", [])
        return [b"{}"]

    started: list[Any] = []
    base = {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "QUERY_STRING": "", "HTTP_HOST": "x"}
    body = b"".join(
        RequestGuard(app)({**base, **environ}, lambda s, h: started.extend([s, dict(h)]))
    )
    return started[0], started[1], json.loads(body) if not reached else {}


@pytest.mark.parametrize(
    ("environ", "status"),
    [
        ({"PATH_INFO": "/" + "a" * 5000}, "414 Request-URI Too Long"),
        ({"QUERY_STRING": "q=" + "a" * 5000}, "414 Request-URI Too Long"),
        ({f"HTTP_X_{n}": "1" for n in range(120)}, "431 Request Header Fields Too Large"),
        ({"HTTP_COOKIE": "c" * 5000}, "431 Request Header Fields Too Large"),
        ({"HTTP_HOST": "evil host/../"}, "400 Bad Request"),
    ],
)
def test_the_guard_answers_oversized_or_odd_requests_in_json(environ, status):
    started, headers, body = call_guard(**environ)
    assert started == status
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert set(body) == {"code", "message", "errors"}


def test_the_guard_lets_ordinary_requests_through():
    started, _headers, body = call_guard(PATH_INFO="/api/v1/rounds", HTTP_HOST="[::1]:8000")
    assert started == "200 OK" and body == {}


def test_percent_encoded_link_paths_are_masked_in_the_access_log():
    token = "tok" + "x" * 40
    for line in (f"GET /%72/{token} HTTP/1.1", f"GET /api/v1/%72espond/{token}", f"/r/{token}"):
        assert token not in masked(line)


def test_flasks_exception_line_does_not_name_the_token(app, caplog):
    token = "tok" + "y" * 40
    with app.test_request_context(f"/r/{token}", method="POST"):
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            app.log_exception(sys.exc_info())
    assert "Exception on /r/…" in caplog.text and token not in caplog.text


def test_a_failed_statement_does_not_log_its_parameters(app):
    assert app.extensions["consult"].database.engine.hide_parameters


def test_no_token_key_answer_or_email_reaches_any_log_line(
    app, client, admin, networks_csv, sample_round, caplog, monkeypatch
):
    caplog.set_level(logging.DEBUG)
    secrets: list[str] = []
    imported = client.post(
        "/api/v1/networks/import", data=networks_csv, headers={**admin, "Content-Type": "text/csv"}
    )
    assert imported.status_code == 200
    round_id = client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    launched = client.post(f"/api/v1/rounds/{round_id}/launch", headers=admin)
    invitations = launched.json["invitations"]
    tokens = [invitation["token"] for invitation in invitations]
    secrets += tokens
    secrets += [line.rsplit(",", 1)[-1] for line in networks_csv.decode().splitlines()[1:]]
    answer_text = "our confidential budget worry 7f3a"
    focal = {**FOCAL_POINT, "email": "focal.point.7f3a@example.org"}
    secrets += [answer_text, focal["email"]]
    answers = {**SAMPLE_ANSWERS, "challenges": answer_text}
    # Answer by API (draft, then submission) and by the form.
    assert client.put(f"/api/v1/respond/{tokens[0]}", json={"answers": answers}).status_code == 200
    body = {"answers": answers, "submitted_by": focal}
    assert client.post(f"/api/v1/respond/{tokens[0]}", json=body).status_code == 200
    form = {"q.challenges": answer_text, "action": "save"}
    assert client.post(f"/r/{tokens[1]}", data=form).status_code == 303
    # A follow-up and its reply.
    followup = client.post(
        f"/api/v1/rounds/{round_id}/followups",
        json={
            "kind": "clarification",
            "question": {"en": "Why?", "km": "ហេតុអ្វី?"},
            "networks": [invitations[0]["network"]["id"]],
        },
        headers=admin,
    )
    assert followup.status_code in (200, 201), followup.json
    reply_text = "the reply names a secret 9c1e"
    secrets.append(reply_text)
    reply_url = f"/api/v1/respond/{tokens[0]}/followups/{followup.json['followup']['id']}"
    assert client.post(reply_url, json={"text": reply_text}).status_code in (200, 201)
    # A key.
    key = client.post("/api/v1/keys", json={"name": "M&E", "role": "staff"}, headers=admin)
    secrets.append(key.json["secret"])
    secrets.append(admin["Authorization"].removeprefix("Bearer "))
    # Errors: an unknown link, a percent-encoded link, a bad body, and a crash on a link.
    client.get(f"/api/v1/respond/{tokens[2]}x")
    client.get(f"/%72/{tokens[2]}")
    client.post(f"/api/v1/respond/{tokens[2]}", data=b"{not json", content_type="application/json")

    def crash(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("a failure while a link is open")

    monkeypatch.setattr("consult.web.respond.responses.open_link", crash)
    assert client.get(f"/r/{tokens[3]}").status_code == 500
    # The CSV export carries answers; reading it logs none.
    client.get(f"/api/v1/rounds/{round_id}/responses.csv", headers=admin)

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for record in caplog.records:
        handler.handle(record)
    logged = stream.getvalue()
    assert logged, "the flow logged something"
    leaked = [secret for secret in secrets if secret and secret in logged]
    assert leaked == []
