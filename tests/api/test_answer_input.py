"""Malformed answers and questionnaires: the right 4xx naming the field, nothing saved lost."""

from __future__ import annotations

import copy

import pytest
from sqlalchemy import inspect

from tests.api.test_error_shape import flatten
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS

JSON = "application/json"


def answers(**changes):
    return {**SAMPLE_ANSWERS, **changes}


def submission(**changes):
    return {"answers": answers(**changes), "submitted_by": FOCAL_POINT}


# (id, method, body (dict → JSON, bytes → raw), content type, status, field named)
# Every bad answer value is refused by check_answers, whose table is in
# tests/domain/test_response_checks.py; four of them come here to show the wiring (a 422 naming
# `answers.<question>`, nothing saved lost) for a draft (PUT) and a submission (POST).
ANSWER_CASES = [
    ("likert-as-text", "POST", submission(coop_level="4"), JSON, 422, "answers.coop_level"),
    ("number-as-text", "PUT", {"answers": {"members": "forty"}}, JSON, 422, "answers.members"),
    (
        "unknown-question",
        "PUT",
        {"answers": {"favourite_colour": "blue"}},
        JSON,
        422,
        "answers.favourite_colour",
    ),
    (
        "missing-required",
        "POST",
        {"answers": {"coop_level": 3}, "submitted_by": FOCAL_POINT},
        JSON,
        422,
        "answers.members",
    ),
    # What the request itself gets wrong, before any answer is looked at.
    ("text-with-nul", "PUT", {"answers": {"challenges": "a\x00b"}}, JSON, 422, "answers"),
    ("answers-not-object", "PUT", {"answers": ["coop_level", 4]}, JSON, 422, "answers"),
    ("answers-missing", "PUT", {"language": "km"}, JSON, 422, "answers"),
    ("no-signer", "POST", {"answers": SAMPLE_ANSWERS}, JSON, 422, "submitted_by"),
    (
        "signer-bad-email",
        "POST",
        {"answers": SAMPLE_ANSWERS, "submitted_by": {**FOCAL_POINT, "email": "x"}},
        JSON,
        422,
        "submitted_by.email",
    ),
    (
        "signer-no-role",
        "POST",
        {"answers": SAMPLE_ANSWERS, "submitted_by": {"name": "a", "email": "a@b.org"}},
        JSON,
        422,
        "submitted_by.role",
    ),
    ("unknown-top-level", "PUT", {"answers": {}, "mood": "happy"}, JSON, 422, "mood"),
    ("language-fr", "PUT", {"answers": {}, "language": "fr"}, JSON, 422, "language"),
    ("malformed-json", "POST", b'{"answers": {', JSON, 400, "json"),
    ("nan-number", "PUT", b'{"answers": {"members": NaN}}', JSON, 400, "json"),
    ("infinity", "PUT", b'{"answers": {"members": Infinity}}', JSON, 400, "json"),
    ("invalid-utf8", "PUT", b'{"answers": {"challenges": "\xff"}}', JSON, 400, "json"),
    ("form-encoded", "PUT", b"answers=1", "application/x-www-form-urlencoded", 415, "Content-Type"),
    ("oversized", "PUT", {"answers": {"challenges": "ក" * 40000}}, JSON, 413, None),
]


@pytest.fixture
def answered(client, admin, launched_round):
    """A network with a draft and then a submission already saved."""
    token = launched_round.token_of("BNN")
    network_id = next(i["network"]["id"] for i in launched_round.invitations if i["token"] == token)
    assert (
        client.put(f"/api/v1/respond/{token}", json={"answers": {"members": 9}}).status_code == 200
    )
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    history_url = f"/api/v1/rounds/{launched_round.id}/responses/{network_id}"
    return token, history_url, client.get(history_url, headers=admin).json


def send(client, method, url, body, content_type):
    if isinstance(body, dict):
        return client.open(url, method=method, json=body)
    return client.open(url, method=method, data=body, content_type=content_type)


def assert_error(response, status, field):
    assert response.status_code == status, response.get_data(as_text=True)
    assert set(response.json) - {"key"} == {"code", "message", "errors"}
    assert "Traceback" not in response.get_data(as_text=True)
    if field is not None:
        assert field in flatten(response.json["errors"]), response.json


@pytest.mark.parametrize(
    ("method", "body", "content_type", "status", "field"),
    [case[1:] for case in ANSWER_CASES],
    ids=[case[0] for case in ANSWER_CASES],
)
def test_bad_answer_is_refused_and_nothing_saved_is_lost(
    client, admin, answered, method, body, content_type, status, field
):
    token, history_url, before = answered
    assert_error(
        send(client, method, f"/api/v1/respond/{token}", body, content_type), status, field
    )
    assert client.get(history_url, headers=admin).json == before


@pytest.mark.parametrize(
    "token",
    ["short", "A" * 32, "A" * 65, "has%20space" + "A" * 20],
    ids=["too-short", "well-formed-unknown", "too-long", "bad-characters"],
)
def test_unknown_links_are_404s_that_say_nothing_more(client, launched_round, token):
    response = client.post(f"/api/v1/respond/{token}", json=submission())
    assert response.status_code == 404
    assert response.json["code"] == "not_found"


def question(sample_round, key):
    return next(q for q in sample_round["questions"] if q["key"] == key)


def broken(sample_round, change):
    body = copy.deepcopy(sample_round)
    change(body)
    return body


QUESTIONNAIRE_CASES = [
    (
        "duplicate-question-key",
        lambda b: b["questions"][1].update(key="coop_level"),
        "coop_level",
    ),
    (
        "duplicate-option-key",
        lambda b: question(b, "mechanism")["options"][1].update(key="mou"),
        "mechanism",
    ),
    ("choice-without-options", lambda b: question(b, "mechanism").pop("options"), "mechanism"),
    (
        "likert-with-options",
        lambda b: question(b, "coop_level").update(options=question(b, "mechanism")["options"]),
        "coop_level",
    ),
    (
        "text-in-neither-language",
        lambda b: question(b, "donor_role").update(text={"en": " ", "km": ""}),
        "donor_role",
    ),
    ("unknown-type", lambda b: question(b, "members").update(type="slider"), "members"),
    ("bad-key", lambda b: b["questions"][0].update(key="Bad Key"), "Bad Key"),
    ("not-an-object", lambda b: b["questions"].append("a question?"), "question 8"),
    ("french-text", lambda b: question(b, "members")["text"].update(fr="Combien ?"), "members"),
    ("min-above-max", lambda b: question(b, "members").update(min=5000), "members"),
    (
        "max-picks-above-options",
        lambda b: question(b, "collab_areas").update(max_picks=9),
        "collab_areas",
    ),
]


@pytest.mark.parametrize(
    ("change", "named"),
    [case[1:] for case in QUESTIONNAIRE_CASES],
    ids=[case[0] for case in QUESTIONNAIRE_CASES],
)
def test_bad_questionnaire_is_refused_naming_the_question(
    client, admin, sample_round, change, named
):
    response = client.post("/api/v1/rounds", json=broken(sample_round, change), headers=admin)
    assert_error(response, 422, "questions")
    assert named in response.json["errors"]["questions"], response.json


def test_open_round_refuses_a_new_questionnaire(client, admin, launched_round, sample_round):
    response = client.patch(
        f"/api/v1/rounds/{launched_round.id}",
        json={"questions": sample_round["questions"]},
        headers=admin,
    )
    assert_error(response, 409, "questions")


@pytest.mark.parametrize(
    "hostile", ["'; DROP TABLE responses; --", "<script>alert(1)</script>"], ids=["sql", "html"]
)
def test_hostile_text_is_stored_verbatim_and_rendered_escaped(
    client, database, launched_round, hostile
):
    token = launched_round.token_of("CCNC")
    saved = client.put(f"/api/v1/respond/{token}", json={"answers": {"challenges": hostile}})
    assert saved.status_code == 200
    assert (
        client.get(f"/api/v1/respond/{token}").json["current"]["answers"]["challenges"] == hostile
    )
    with database.session() as session:
        assert "responses" in inspect(session.connection()).get_table_names()
    page = client.get(f"/r/{token}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    if "<" in hostile:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
