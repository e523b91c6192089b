"""A network answers with its own link: drafts, submissions, versions, idempotency."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from consult.models import DomainEvent
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS


def network_id_of(launched_round, token):
    return next(i["network"]["id"] for i in launched_round.invitations if i["token"] == token)


def history(client, admin, launched_round, token):
    network_id = network_id_of(launched_round, token)
    url = f"/api/v1/rounds/{launched_round.id}/responses/{network_id}"
    return client.get(url, headers=admin)


def submit(client, token, answers=SAMPLE_ANSWERS, **headers):
    body = {"answers": answers, "submitted_by": FOCAL_POINT}
    return client.post(f"/api/v1/respond/{token}", json=body, headers=headers)


def test_link_shows_the_questionnaire_in_the_networks_language(
    client, launched_round, sample_round
):
    khmer = client.get(f"/api/v1/respond/{launched_round.tokens('km')[0]}").json
    english = client.get(f"/api/v1/respond/{launched_round.tokens('en')[0]}").json
    assert khmer["language"] == "km"
    assert khmer["round"]["title"] == sample_round["title"]["km"]
    assert khmer["questions"][1]["options"][0]["text"] == "ជំនាញបច្ចេកទេស"
    assert english["questions"][0]["text"] == sample_round["questions"][0]["text"]["en"]
    both = client.get(f"/api/v1/respond/{launched_round.tokens('km')[0]}?lang=both").json
    assert both["questions"][0]["text"] == sample_round["questions"][0]["text"]
    assert khmer["status"] == "not_started" and khmer["current"] is None


def test_draft_then_submissions_keep_every_version(client, admin, launched_round):
    token = launched_round.tokens("km")[0]
    draft = client.put(f"/api/v1/respond/{token}", json={"answers": {"coop_level": 2}})
    assert draft.status_code == 200 and draft.json["version"] == 1 and draft.json["kind"] == "draft"
    first = submit(client, token)
    assert first.json == {**first.json, "version": 2, "kind": "submission", "replayed": False}
    changed = {**SAMPLE_ANSWERS, "coop_level": 5, "challenges": "ថវិកាថយចុះ"}
    assert submit(client, token, changed).json["version"] == 3

    versions = history(client, admin, launched_round, token).json["versions"]
    assert [(v["number"], v["kind"]) for v in versions] == [
        (1, "draft"),
        (2, "submission"),
        (3, "submission"),
    ]
    assert versions[0]["answers"] == {"coop_level": 2}
    assert versions[1]["answers"] == SAMPLE_ANSWERS, "an earlier version is never overwritten"
    assert versions[2]["answers"]["challenges"] == "ថវិកាថយចុះ"
    assert versions[1]["submitted_by"] == FOCAL_POINT and versions[1]["channel"] == "api"

    seen = client.get(f"/api/v1/respond/{token}").json
    assert seen["status"] == "submitted"
    assert seen["current"]["number"] == 3 and seen["current"]["answers"] == changed


def test_a_draft_after_a_submission_leaves_the_submission_in_place(client, admin, launched_round):
    token = launched_round.tokens()[0]
    submit(client, token)
    client.put(f"/api/v1/respond/{token}", json={"answers": {"coop_level": 1}})
    listing = client.get(f"/api/v1/rounds/{launched_round.id}/responses", headers=admin).json
    assert listing["total"] == 1
    assert listing["items"][0]["submitted"]["answers"] == SAMPLE_ANSWERS
    assert listing["items"][0]["version_count"] == 2


def test_retried_submit_with_the_same_idempotency_key_adds_no_version(
    client, admin, launched_round
):
    token = launched_round.tokens()[0]
    first = submit(client, token, **{"Idempotency-Key": "retry-1"})
    again = submit(client, token, **{"Idempotency-Key": "retry-1"})
    assert again.status_code == 200
    assert again.json == {**first.json, "replayed": True}
    assert len(history(client, admin, launched_round, token).json["versions"]) == 1
    other = submit(client, token, **{"Idempotency-Key": "retry-2"})
    assert other.json["version"] == 2


def test_a_key_reused_for_another_request_is_refused_not_replayed(client, admin, launched_round):
    token = launched_round.tokens("km")[0]
    key = {"Idempotency-Key": "k1"}
    draft = client.put(f"/api/v1/respond/{token}", json={"answers": {"members": 5}}, headers=key)
    assert draft.status_code == 200
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    submitted = client.post(f"/api/v1/respond/{token}", json=body, headers=key)
    assert submitted.status_code == 422, "a submit must never come back as the earlier draft"
    assert "Idempotency-Key" in submitted.json["errors"]
    changed = client.put(f"/api/v1/respond/{token}", json={"answers": {"members": 6}}, headers=key)
    assert changed.status_code == 422
    assert [v["kind"] for v in history(client, admin, launched_round, token).json["versions"]] == [
        "draft"
    ]
    assert client.post(f"/api/v1/respond/{token}", json=body).json["kind"] == "submission"


def test_an_identical_retry_replays_whatever_the_database_makes_of_its_numbers(
    client, admin, networks_csv, sample_round
):
    client.post(
        "/api/v1/networks/import", data=networks_csv, headers={**admin, "Content-Type": "text/csv"}
    )
    members = next(q for q in sample_round["questions"] if q["key"] == "members")
    del members["max"]  # PostgreSQL reads 1e23 back as the integer 10**23
    round_id = client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    launched = client.post(f"/api/v1/rounds/{round_id}/launch", headers=admin).json
    token = launched["invitations"][0]["token"]
    body = {"answers": {"members": 1e23, "coop_level": 4}}
    key = {"Idempotency-Key": "big"}
    first = client.put(f"/api/v1/respond/{token}", json=body, headers=key)
    again = client.put(f"/api/v1/respond/{token}", json=body, headers=key)
    assert (first.status_code, again.status_code) == (200, 200), again.json
    assert again.json["replayed"] and again.json["version"] == first.json["version"]


def test_submit_requires_every_required_answer_and_the_focal_point(client, launched_round):
    token = launched_round.tokens("km")[0]
    partial = {"coop_level": 3}
    response = client.post(
        f"/api/v1/respond/{token}", json={"answers": partial, "submitted_by": FOCAL_POINT}
    )
    assert response.status_code == 422
    assert response.json["errors"]["answers.members"] == ["សូមឆ្លើយសំណួរនេះ។"]
    assert response.json["message"] == "ចម្លើយខ្លះត្រូវការកែតម្រូវ។"
    unsigned = client.post(f"/api/v1/respond/{token}", json={"answers": SAMPLE_ANSWERS})
    assert unsigned.status_code == 422 and "submitted_by" in unsigned.json["errors"]


def test_after_close_answers_are_refused_with_409_and_nothing_changes(
    client, admin, launched_round
):
    token = launched_round.tokens("en")[0]
    submit(client, token)
    client.post(f"/api/v1/rounds/{launched_round.id}/close", headers=admin)
    late = submit(client, token, {**SAMPLE_ANSWERS, "members": 7})
    assert late.status_code == 409
    assert late.json["message"] == "This consultation is closed: answers can no longer be changed."
    draft = client.put(f"/api/v1/respond/{token}", json={"answers": {"members": 7}})
    assert draft.status_code == 409
    assert len(history(client, admin, launched_round, token).json["versions"]) == 1


def test_unknown_and_reissued_links_are_indistinguishable(client, admin, launched_round):
    token = launched_round.tokens()[0]
    network_id = network_id_of(launched_round, token)
    client.post(
        f"/api/v1/rounds/{launched_round.id}/invitations/{network_id}/reissue", headers=admin
    )
    reissued = client.get(f"/api/v1/respond/{token}")
    never = client.get("/api/v1/respond/" + "x" * len(token))
    assert reissued.status_code == never.status_code == 404
    assert reissued.json == never.json
    assert submit(client, token).status_code == 404


MALFORMED_TOKENS = ["badtoken", "x" * 200, "not.a~token", "តំណ", "a b"]
LINK_REQUESTS = [
    ("GET", "", None),
    ("PUT", "", {"answers": {"members": 7}}),
    ("POST", "", {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}),
    ("GET", "/followups", None),
    ("POST", "/followups/1", {"text": "Yes."}),
]


@pytest.mark.parametrize("malformed", MALFORMED_TOKENS)
@pytest.mark.parametrize(("method", "suffix", "body"), LINK_REQUESTS)
def test_a_malformed_link_gets_the_answer_of_an_unknown_one(
    client, malformed, method, suffix, body
):
    def answer(token):
        response = client.open(f"/api/v1/respond/{token}{suffix}", method=method, json=body)
        return response.status_code, response.get_data()

    unknown = answer("x" * 32)
    assert unknown[0] == 404 and "តំណនេះមិនត្រឹមត្រូវទេ" in unknown[1].decode()
    assert answer(malformed) == unknown


def test_submit_writes_response_submitted_in_the_same_transaction(client, database, launched_round):
    token = launched_round.tokens()[0]
    submit(client, token)
    with database.session() as session:
        events = session.scalars(
            select(DomainEvent).where(DomainEvent.type == "response.submitted")
        ).all()
    assert len(events) == 1
    assert events[0].payload == {
        "round_id": launched_round.id,
        "network_id": network_id_of(launched_round, token),
        "version": 1,
    }
    client.put(f"/api/v1/respond/{token}", json={"answers": {"members": 1}})
    with database.session() as session:
        count = len(
            session.scalars(
                select(DomainEvent).where(DomainEvent.type == "response.submitted")
            ).all()
        )
    assert count == 1, "a draft is not a submission"


def test_a_network_sees_only_its_own_response(client, launched_round):
    mine, theirs = launched_round.tokens()[:2]
    submit(client, theirs, {**SAMPLE_ANSWERS, "challenges": "their private words"})
    seen = client.get(f"/api/v1/respond/{mine}")
    assert "their private words" not in seen.get_data(as_text=True)
    assert seen.json["current"] is None


def test_staff_read_responses_with_network_attributes(client, admin, launched_round):
    submit(client, launched_round.token_of("BNN"))
    listing = client.get(f"/api/v1/rounds/{launched_round.id}/responses", headers=admin).json
    item = listing["items"][0]
    assert item["network"]["province"] == "Battambang" and item["network"]["mou"] is True
    assert item["status"] == "submitted"


def test_a_draft_keeps_the_signer_known_so_far(client, admin, launched_round):
    token = launched_round.invitations[0]["token"]
    body = {"answers": {"members": 12}, "submitted_by": {"name": "Sok Dara"}}
    assert client.put(f"/api/v1/respond/{token}", json=body).status_code == 200
    assert client.get(f"/api/v1/respond/{token}").json["current"]["submitted_by"] == {
        "name": "Sok Dara"
    }
    wrong = {"answers": {}, "submitted_by": {"email": "not an address"}}
    refused = client.put(f"/api/v1/respond/{token}", json=wrong)
    assert refused.status_code == 422
    assert "submitted_by" in refused.json["errors"]
