"""What the light web form makes of odd input: a page naming the question, never a 500."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("field", "typed"),
    [("q.coop_level", "²"), ("q.coop_level", "9" * 5000), ("q.members", "9" * 5000)],
)
def test_odd_digits_are_shown_back_as_a_problem_with_the_question(
    client, launched_round, field, typed
):
    token = launched_round.invitations[0]["token"]
    page = client.post(f"/r/{token}", data={field: typed, "action": "save", "form_id": "f1"})
    assert page.status_code == 422
    question = field.split(".")[1]
    assert f'id="q-{question}"' in page.get_data(as_text=True)


def test_a_rank_that_is_no_number_is_left_blank(client, launched_round):
    token = launched_round.invitations[0]["token"]
    form = {"q.priorities.funding": "¹", "q.members": "3", "action": "save"}
    assert client.post(f"/r/{token}", data=form).status_code == 303
    assert client.get(f"/api/v1/respond/{token}").json["current"]["answers"] == {"members": 3}


def test_khmer_digits_are_a_number_on_the_form(client, launched_round):
    token = launched_round.invitations[0]["token"]
    saved = client.post(f"/r/{token}", data={"q.coop_level": "៤", "action": "save"})
    assert saved.status_code == 303
    answers = client.get(f"/api/v1/respond/{token}").json["current"]["answers"]
    assert answers["coop_level"] == 4


def test_a_nul_in_the_form_id_saves_the_draft(client, launched_round):
    token = launched_round.invitations[0]["token"]
    saved = client.post(f"/r/{token}", data={"q.members": "12", "form_id": "a\x00b"})
    assert saved.status_code == 303
    assert client.get(f"/api/v1/respond/{token}").json["current"]["answers"]["members"] == 12


def test_a_page_sent_again_with_other_answers_keeps_them_on_the_page(client, launched_round):
    token = launched_round.invitations[0]["token"]
    first = {"q.members": "12", "action": "save", "form_id": "page-1"}
    assert client.post(f"/r/{token}", data=first).status_code == 303
    assert client.post(f"/r/{token}", data=first).status_code == 303, "sent twice"
    back = client.post(f"/r/{token}", data={**first, "q.members": "13", "lang": "en"})
    assert back.status_code == 422
    html = back.get_data(as_text=True)
    assert "already sent with other answers" in html and 'value="13"' in html
    assert client.get(f"/api/v1/respond/{token}").json["current"]["number"] == 1
