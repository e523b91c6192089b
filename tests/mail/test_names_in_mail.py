"""Mail names the network in the mail's language: its Khmer name where it has one."""

from __future__ import annotations

from tests.api.test_followups import submit
from tests.mail.rendering import render
from tests.mail.test_mail_links import about

KHMER_NAME = "បណ្តាញបាត់ដំបង"


def test_a_khmer_mail_names_the_network_in_khmer_and_an_english_one_in_english(
    app, client, admin, launched_round
):
    token, params = about(launched_round)
    named = client.patch(
        f"/api/v1/networks/{params['network_id']}", json={"name_km": KHMER_NAME}, headers=admin
    )
    assert named.status_code == 200
    english = named.json["name"]
    mails = (("invitation", {}), ("reminder", {"days": 1}), ("receipt", {"version": 1}))
    for kind, extra in mails:
        if kind == "receipt":  # a reminder goes only to a network that has not answered
            submit(client, token)
        khmer = render(app, kind, "km", {**params, **extra})
        assert KHMER_NAME in khmer.text and KHMER_NAME in khmer.html, kind
        assert english not in khmer.text, kind
        assert english in render(app, kind, "en", {**params, **extra}).text, kind
    digest = render(app, "digest-contact", "km", params)
    assert KHMER_NAME in digest.text


def test_a_network_with_no_khmer_name_is_named_as_stored_in_khmer_mail(app, launched_round):
    _, params = about(launched_round)
    invitation = render(app, "invitation", "km", params)
    assert "Battambang" in invitation.text
