"""Input no person types: a 4xx naming the field, no traceback logged, the round still readable.

Lone UTF-16 surrogates anywhere text comes in, JSON nested too deep or with a huge integer,
dates outside the years 1900 to 2200, chunked bodies over the limit, and a database that is down.
"""

from __future__ import annotations

import json
import logging

import pytest
from sqlalchemy import event, update
from sqlalchemy.exc import DisconnectionError, OperationalError
from werkzeug.test import EnvironBuilder, run_wsgi_app

from consult.models import ResponseVersion
from tests.api.test_error_shape import flatten
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS

LONE = "\ud800"
TEXT = {"en": "Annual general meeting"}
EVENT = {
    "title": TEXT,
    "starts_at": "2027-03-15T08:30:00+07:00",
    "ends_at": "2027-03-15T17:00+07:00",
}


def raw(body) -> bytes:
    """JSON as a client writes it: json.dumps escapes a lone surrogate as \\ud800."""
    return json.dumps(body).encode()


# (id, method, path, body, status, field named). {token}, {round} and {followup} are filled
# from a launched round; a body is sent as JSON with any surrogate escaped.
CASES = [
    # Lone surrogates: in values, in keys, deep in answers, in bilingual text.
    (
        "network-name",
        "POST",
        "/api/v1/networks",
        {"name": f"N{LONE}", "kind": "member"},
        422,
        "name",
    ),
    (
        "network-contact",
        "POST",
        "/api/v1/networks",
        {"name": "N", "kind": "member", "contacts": [{"name": LONE, "email": "a@b.org"}]},
        422,
        "contacts",
    ),
    ("key-name", "POST", "/api/v1/keys", {"name": LONE, "role": "staff"}, 422, "name"),
    (
        "unknown-field-name",
        "POST",
        "/api/v1/keys",
        {"name": "k", "role": "staff", LONE: 1},
        422,
        "\ufffd",
    ),
    ("event-title", "POST", "/api/v1/events", {**EVENT, "title": {"en": LONE}}, 422, "title"),
    (
        "event-place",
        "POST",
        "/api/v1/events",
        {**EVENT, "place": f"Phnom Penh {LONE}"},
        422,
        "place",
    ),
    ("glossary", "POST", "/api/v1/glossary", {"en": "irrigation", "km": LONE}, 422, "km"),
    (
        "answer-draft",
        "PUT",
        "/api/v1/respond/{token}",
        {"answers": {"challenges": f"a{LONE}b"}},
        422,
        "answers",
    ),
    (
        "answer-list",
        "POST",
        "/api/v1/respond/{token}",
        {
            "answers": {**SAMPLE_ANSWERS, "collab_areas": ["technical", LONE]},
            "submitted_by": FOCAL_POINT,
        },
        422,
        "answers",
    ),
    (
        "answer-key",
        "PUT",
        "/api/v1/respond/{token}",
        {"answers": {f"challenges{LONE}": "x"}},
        422,
        "answers",
    ),
    (
        "signer",
        "POST",
        "/api/v1/respond/{token}",
        {"answers": SAMPLE_ANSWERS, "submitted_by": {**FOCAL_POINT, "name": LONE}},
        422,
        "submitted_by",
    ),
    (
        "low-surrogate",
        "PUT",
        "/api/v1/respond/{token}",
        {"answers": {"challenges": "\udfff"}},
        422,
        "answers",
    ),
    (
        "followup-question",
        "POST",
        "/api/v1/rounds/{round}/followups",
        {"kind": "clarification", "networks": [], "question": {"en": LONE}},
        422,
        "question",
    ),
    (
        "followup-reply",
        "POST",
        "/api/v1/respond/{token}/followups/{followup}",
        {"text": f"ok {LONE}"},
        422,
        "text",
    ),
    # Dates outside the years a consultation is about.
    (
        "event-year-1",
        "POST",
        "/api/v1/events",
        {**EVENT, "starts_at": "0001-01-01T00:00:00+07:00"},
        422,
        "starts_at",
    ),
    (
        "event-year-9999",
        "POST",
        "/api/v1/events",
        {**EVENT, "ends_at": "9999-12-31T23:59:59-05:00"},
        422,
        "ends_at",
    ),
    (
        "round-closes-9999",
        "PATCH",
        "/api/v1/rounds/{round}",
        {"closes_at": "9999-12-31T23:00:00-12:00"},
        422,
        "closes_at",
    ),
    (
        "round-opens-1",
        "PATCH",
        "/api/v1/rounds/{round}",
        {"opens_at": "0001-01-01T00:00:00+01:00"},
        422,
        "opens_at",
    ),
    (
        "events-start-1",
        "GET",
        "/api/v1/events?start=0001-01-01T00:00:00%2B07:00",
        None,
        422,
        "start",
    ),
    ("events-end-9999", "GET", "/api/v1/events?end=9999-12-31T23:59:59-05:00", None, 422, "end"),
    (
        "mou-since-year-1",
        "POST",
        "/api/v1/networks",
        {"name": "N", "kind": "member", "mou_since": "0001-01-01"},
        422,
        "mou_since",
    ),
]


@pytest.fixture
def followup(client, admin, answered_round) -> dict:
    token = answered_round.invitations[0]["token"]
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    ask = {
        "kind": "clarification",
        "networks": [answered_round.invitations[0]["network"]["id"]],
        "question": {"en": "Which province?", "km": "ខេត្តណា?"},
        "question_key": "challenges",
    }
    sent = client.post(f"/api/v1/rounds/{answered_round.id}/followups", json=ask, headers=admin)
    assert sent.status_code == 201, sent.json
    return sent.json["followup"]


def assert_round_readable(client, admin, answered_round) -> None:
    """What the issue saw fail for a whole round: every page and export still answers."""
    token = answered_round.invitations[0]["token"]
    round_url = f"/api/v1/rounds/{answered_round.id}"
    for url in (
        f"/r/{token}",
        f"/api/v1/respond/{token}",
        f"{round_url}/responses",
        f"{round_url}/responses/{answered_round.invitations[0]['network']['id']}",
        f"{round_url}/responses.csv",
        f"{round_url}/responses.xlsx",
        f"{round_url}/summary",
        "/api/v1/networks",
    ):
        assert client.get(url, headers=admin).status_code in (200, 202), url


def assert_no_traceback(caplog) -> None:
    assert not [record for record in caplog.records if record.exc_info], caplog.text
    assert "Traceback" not in caplog.text


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "field"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_unusable_input_is_a_4xx_naming_the_field(
    caplog, client, admin, answered_round, followup, method, path, body, status, field
):
    path = path.format(
        token=answered_round.invitations[0]["token"],
        round=answered_round.id,
        followup=followup["id"],
    )
    kwargs = {"data": raw(body), "content_type": "application/json"} if body is not None else {}
    with caplog.at_level(logging.INFO):
        response = client.open(path, method=method, headers=admin, **kwargs)

    assert response.status_code == status, response.get_data(as_text=True)
    assert set(response.json) - {"key"} == {"code", "message", "errors"}
    assert field in flatten(response.json["errors"]), response.json
    assert_no_traceback(caplog)
    assert_round_readable(client, admin, answered_round)


DEEP = b'{"answers": ' + b"[" * 1000 + b"]" * 1000 + b"}"
HUGE = b'{"answers": {"members": ' + b"9" * 5000 + b"}}"
TOO_DEEP = b'{"answers": {"challenges": ' + b"[" * 40 + b"]" * 40 + b"}}"


@pytest.mark.parametrize(
    "body", [DEEP, HUGE, TOO_DEEP], ids=["1000-deep", "5000-digits", "40-deep"]
)
@pytest.mark.parametrize("where", ["respond", "networks", "unknown-link"])
def test_json_too_deep_or_with_a_huge_integer_is_a_400_before_anything_else(
    caplog, client, admin, answered_round, body, where
):
    token = answered_round.invitations[0]["token"]
    method, path = {
        "respond": ("PUT", f"/api/v1/respond/{token}"),
        "networks": ("POST", "/api/v1/networks"),
        "unknown-link": ("PUT", "/api/v1/respond/" + "x" * 32),
    }[where]
    with caplog.at_level(logging.INFO):
        response = client.open(
            path, method=method, data=body, content_type="application/json", headers=admin
        )

    assert response.status_code == 400, response.get_data(as_text=True)
    assert response.json["code"] == "bad_request"
    assert_no_traceback(caplog)
    assert_round_readable(client, admin, answered_round)


def post_chunked(app, admin, body: bytes) -> tuple[int, dict]:
    """POST as gunicorn hands over a chunked body: no Content-Length, a stream it ends."""
    environ = EnvironBuilder(
        path="/api/v1/networks",
        method="POST",
        data=body,
        content_type="application/json",
        headers={"Transfer-Encoding": "chunked", **admin},
        environ_overrides={"wsgi.input_terminated": True},
    ).get_environ()
    del environ["CONTENT_LENGTH"]
    app_iter, status, _headers = run_wsgi_app(app, environ, buffered=True)
    return int(status.split()[0]), json.loads(b"".join(app_iter))


def test_a_chunked_body_over_the_limit_is_a_413_not_truncated(app, admin):
    limit = app.extensions["consult"].settings.max_body_bytes
    # Werkzeug alone read the first `limit` bytes of this and answered 400 "invalid JSON".
    status, body = post_chunked(app, admin, raw({"name": "n" * limit, "kind": "member"}))
    assert status == 413, body
    assert body["code"] == "request_entity_too_large"

    status, body = post_chunked(app, admin, raw({"name": "Chunked Network", "kind": "member"}))
    assert status == 201, body
    assert body["name"] == "Chunked Network"


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("SELECT secret", {"email": "dara@example.org"}, Exception("gone")),
        DisconnectionError("connection invalidated"),
    ],
    ids=["operational", "disconnection"],
)
def test_a_database_outage_is_a_503_with_retry_after(caplog, app, client, answered_round, error):
    def fail(*_args, **_kwargs):
        raise error

    engine = app.extensions["consult"].database.engine
    event.listen(engine, "before_cursor_execute", fail)
    token = answered_round.invitations[0]["token"]
    with caplog.at_level(logging.INFO):
        api = client.put(f"/api/v1/respond/{token}", json={"answers": {"coop_level": 4}})
        page = client.get(f"/r/{token}")

    event.remove(engine, "before_cursor_execute", fail)
    for response in (api, page):
        assert response.status_code == 503, response.get_data(as_text=True)
        assert int(response.headers["Retry-After"]) > 0
    assert api.json["code"] == "service_unavailable"
    # A person on the form gets a page in both languages, not JSON.
    assert page.mimetype == "text/html"
    assert "សេវាកម្មមិនអាចប្រើបានមួយភ្លែត" in page.get_data(as_text=True)
    assert_no_traceback(caplog)
    assert "dara@example.org" not in caplog.text and "SELECT secret" not in caplog.text


def test_the_web_form_turns_an_unencodable_byte_into_a_replacement_character(
    client, admin, answered_round
):
    """A form body is bytes: %ED%A0%80 (a surrogate in UTF-8) is read as U+FFFD, kept readable."""
    token = answered_round.invitations[0]["token"]
    saved = client.post(
        f"/r/{token}",
        data="challenges=a%ED%A0%80b&action=save",
        content_type="application/x-www-form-urlencoded",
    )
    assert saved.status_code in (200, 303, 422), saved.get_data(as_text=True)
    assert_round_readable(client, admin, answered_round)


def test_a_csv_cell_that_is_not_utf8_is_a_422_naming_the_file(client, admin):
    cells = "name,kind\nN\xed\xa0\x80,member\n".encode("latin-1")
    response = client.post(
        "/api/v1/networks/import", data=cells, headers={**admin, "Content-Type": "text/csv"}
    )
    assert response.status_code == 422, response.get_data(as_text=True)
    assert "file" in response.json["errors"]


def test_a_lone_surrogate_stored_before_the_fix_is_read_as_a_replacement_character(
    client, admin, answered_round, database
):
    """SQLite accepted "\\ud800" in answers; PostgreSQL refused it, so only SQLite has such rows."""
    if database.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL never stored a lone surrogate")
    token = answered_round.invitations[0]["token"]
    body = {"answers": {**SAMPLE_ANSWERS, "challenges": "ok"}, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    with database.session() as session:
        stored = {**SAMPLE_ANSWERS, "challenges": f"bad {LONE} text"}
        session.execute(update(ResponseVersion).values(answers=stored))

    assert_round_readable(client, admin, answered_round)
    network_id = answered_round.invitations[0]["network"]["id"]
    url = f"/api/v1/rounds/{answered_round.id}/responses/{network_id}"
    answered = client.get(url, headers=admin).json
    assert "bad \ufffd text" in json.dumps(answered, ensure_ascii=False)
