"""A network's link between its first save and after the round closes: the draft keeps its
signer and says it is not sent, and a closed round's link shows what was submitted."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from consult.db import utcnow
from consult.models import Round
from tests.api.test_followups import clarify
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS

SIGNER = {
    "submitted_by.name": "សុខ ដារ៉ា",
    "submitted_by.role": "អ្នកសម្របសម្រួល",
    "submitted_by.email": "dara@example.org",
}


def versions(client, admin, launched_round, token: str) -> list[dict]:
    network = next(i["network"]["id"] for i in launched_round.invitations if i["token"] == token)
    url = f"/api/v1/rounds/{launched_round.id}/responses/{network}"
    return client.get(url, headers=admin).json["versions"]


def test_a_draft_keeps_the_signer_and_the_form_shows_it_again(client, admin, launched_round):
    token = launched_round.token_of("BNN")
    draft = {"q.members": "12", "action": "save", **SIGNER}
    assert client.post(f"/r/{token}", data=draft).status_code == 303

    [saved] = versions(client, admin, launched_round, token)
    assert saved["kind"] == "draft"
    assert saved["submitted_by"] == {
        "name": "សុខ ដារ៉ា",
        "role": "អ្នកសម្របសម្រួល",
        "email": "dara@example.org",
    }
    html = client.get(f"/r/{token}").get_data(as_text=True)
    for value in SIGNER.values():
        assert f'value="{value}"' in html


def test_a_draft_keeps_a_signer_typed_in_part(client, admin, launched_round):
    token = launched_round.token_of("BNN")
    draft = {"q.members": "12", "action": "save", "submitted_by.name": "Sok Dara"}
    assert client.post(f"/r/{token}", data=draft).status_code == 303
    assert versions(client, admin, launched_round, token)[0]["submitted_by"] == {"name": "Sok Dara"}


@pytest.mark.parametrize(
    ("language", "notice"),
    [("en", "Draft saved on "), ("km", "បានរក្សាទុកសេចក្តីព្រាងនៅថ្ងៃទី ")],
)
def test_a_returning_visitor_reads_that_the_draft_is_not_yet_submitted(
    client, launched_round, language, notice
):
    token = launched_round.token_of("BNN")
    first = client.get(f"/r/{token}?lang={language}").get_data(as_text=True)
    assert notice not in first, "nothing saved yet"
    assert client.post(f"/r/{token}", data={"q.members": "12", "action": "save"}).status_code == 303

    html = client.get(f"/r/{token}?lang={language}").get_data(as_text=True)
    assert notice in html
    assert 'value="12"' in html


def test_the_draft_notice_is_gone_once_the_answer_is_submitted(client, launched_round):
    token = launched_round.token_of("BNN")
    client.post(f"/r/{token}", data={"q.members": "12", "action": "save"})
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    assert "Draft saved on" not in client.get(f"/r/{token}?lang=en").get_data(as_text=True)


def close_early(client, admin, launched_round) -> None:
    url = f"/api/v1/rounds/{launched_round.id}/close"
    assert client.post(url, headers=admin).status_code == 200


def pass_the_deadline(app, launched_round) -> None:
    """The closing time passes before the task that closes the round has run."""
    with app.extensions["consult"].database.session() as session:
        session.execute(
            update(Round)
            .where(Round.id == launched_round.id)
            .values(closes_at=utcnow() - timedelta(minutes=5))
        )
        session.commit()


@pytest.mark.parametrize("closing", ["early", "deadline"])
def test_a_closed_rounds_link_shows_what_was_submitted_read_only(
    app, client, admin, launched_round, closing
):
    token = launched_round.token_of("BNN")
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    if closing == "early":
        close_early(client, admin, launched_round)
    else:
        pass_the_deadline(app, launched_round)

    page = client.get(f"/r/{token}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert '<html lang="km">' in html
    assert "ការពិគ្រោះយោបល់នេះបានបិទនៅថ្ងៃទី" in html
    assert "កំណែទី 1" in html, "the version submitted"
    assert "ការសម្របសម្រួលខ្សោយ and declining funding" in html
    assert "Sok Dara" in html
    assert "<form" not in html and "<button" not in html

    english = client.get(f"/r/{token}?lang=en").get_data(as_text=True)
    assert "This consultation closed on " in english
    assert "Version 1, received" in english
    assert "<form" not in english
    assert "Closes on" not in english


def test_a_closed_rounds_link_says_plainly_when_nothing_was_submitted(
    client, admin, launched_round
):
    token = launched_round.token_of("BNN")
    client.post(f"/r/{token}", data={"q.members": "12", "action": "save"})
    close_early(client, admin, launched_round)

    html = client.get(f"/r/{token}?lang=en").get_data(as_text=True)
    assert "did not submit an answer before the consultation closed" in html
    assert "<form" not in html
    khmer = client.get(f"/r/{token}?lang=km").get_data(as_text=True)
    assert "មិនបានដាក់ស្នើចម្លើយ មុនពេលការពិគ្រោះយោបល់បិទទេ" in khmer


def test_the_confirmation_of_a_closed_round_leads_to_its_read_only_page(
    client, admin, launched_round
):
    token = launched_round.token_of("BNN")
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    assert client.get(f"/r/{token}/done").status_code == 200, "open: the confirmation"
    close_early(client, admin, launched_round)

    done = client.get(f"/r/{token}/done?lang=en")
    assert done.status_code == 303
    assert done.headers["Location"] == f"/r/{token}?lang=en"


def test_a_closed_rounds_link_still_leads_to_the_secretariats_questions(
    client, admin, launched_round
):
    sent = clarify(client, admin, launched_round, indexes=(0,))
    close_early(client, admin, launched_round)
    token = launched_round.invitations[0]["token"]

    html = client.get(f"/r/{token}?lang=en").get_data(as_text=True)
    assert "A question from the secretariat" in html
    assert f"/r/{token}/followups/{sent['followup']['id']}" in html
