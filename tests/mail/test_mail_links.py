"""What the receipt and the staff digest carry: the network's link to change its answer
while the round is open, and for staff a link to each round, its report and its
invitations, with every number labelled."""

from __future__ import annotations

import re

from tests.api.test_followups import submit
from tests.mail.rendering import render
from tests.scripted import compute
from tests.web.conftest import khmer_token

LONG_DATE = {
    "en": r"\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}",
    "km": r"\d{1,2} ខែ\S+ ឆ្នាំ \d{4} ម៉ោង \d{2}:\d{2}",
}


def public_url(app) -> str:
    return app.extensions["consult"].settings.public_url


def about(launched_round) -> tuple[str, dict[str, int]]:
    token = khmer_token(launched_round)
    network = next(i["network"]["id"] for i in launched_round.invitations if i["token"] == token)
    return token, {"round_id": launched_round.id, "network_id": network}


def test_the_receipt_carries_the_networks_link_until_the_round_closes(
    app, client, admin, launched_round
):
    token, params = about(launched_round)
    submit(client, token)
    for language in ("km", "en"):
        receipt = render(app, "receipt", language, {**params, "version": 1})
        link = f"/r/{token}?lang={language}"
        assert f'href="{public_url(app)}{link}"' in receipt.html
        assert link in receipt.text

    assert (
        client.post(f"/api/v1/rounds/{launched_round.id}/close", headers=admin).status_code == 200
    )
    closed = render(app, "receipt", "en", {**params, "version": 1})
    assert "/r/" not in closed.text and "/r/" not in closed.html
    assert "change it" not in closed.text, "no promise the network can no longer keep"


def test_the_staff_digest_links_each_round_and_labels_every_number(app, client, launched_round):
    token, params = about(launched_round)
    submit(client, token)
    compute(app, launched_round.id)
    rounds = f"{public_url(app)}/api/v1/rounds/{launched_round.id}"
    for language, summary in (
        ("en", r"version 1 · 1 answer · as of "),
        ("km", r"កំណែទី 1 · ចម្លើយ 1 · គិតត្រឹមថ្ងៃ "),
    ):
        digest = render(app, "digest-staff", language, params)
        for body in (digest.html, digest.text):
            assert f"{rounds}/summary/report?lang={language}" in body
            assert f"{rounds}/invitations" in body
            assert re.search(f'{rounds}["\\s]', body), "the round itself"
            assert re.search(summary + LONG_DATE[language], body), body
            assert "(v1," not in body

    contact = render(app, "digest-contact", "en", params)
    assert "/api/v1/" not in contact.text, "networks get no staff links"
    assert re.search(r"version 1 · 1 answer · as of " + LONG_DATE["en"], contact.text)
