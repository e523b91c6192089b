"""Every destructive or irreversible console action asks first, on a page of its own that
says what will happen and to whom; only that page's form does it. A new link is mailed to
the network's contacts, and the old link's page says so without revealing it."""

from __future__ import annotations

import re

from sqlalchemy import select

from consult.domain import api_keys
from consult.models import ApiKey, Contact, MailMessage, Network, Round, User
from tests.console.conftest import post, signed_in
from tests.mail.rendering import render

YES = {"confirmed": "yes"}


def test_a_new_link_asks_first_then_is_mailed_and_the_old_link_says_so(
    app, client, accounts, launched_round, database
):
    invitation = launched_round.invitations[2]
    network = invitation["network"]
    round_page = f"/staff/rounds/{launched_round.id}"
    path = f"{round_page}/invitations/{network['id']}/reissue"
    with database.session() as session:
        emails = session.scalars(select(Contact.email).where(Contact.network_id == network["id"]))
        emails = list(emails)
    signed_in(client, accounts["staff"].email)

    shown = client.get(round_page).text
    assert f'href="{path}"' in shown and "New link…" in shown, "a link, not a button like Remind"
    asked = client.get(path)
    assert asked.status_code == 200
    assert f"Give {network['name']} a new link?" in asked.text
    assert "stops working at once" in asked.text and emails and emails[0] in asked.text
    assert post(client, path, {}, round_page).status_code == 200, "another form only asks"
    assert client.get(f"/api/v1/respond/{invitation['token']}").status_code == 200

    issued = post(client, path, YES, path)
    assert issued.status_code == 200 and "new link is on its way" in issued.text
    [link] = re.findall(r"<code>(http[^<]+/r/[^<]+)</code>", issued.text)
    with database.session() as session:
        mailed = session.scalars(
            select(MailMessage.to_email).where(MailMessage.kind == "new_link")
        ).all()
    assert sorted(mailed) == sorted(emails)

    old = client.get(f"/r/{invitation['token']}")
    assert old.status_code == 404
    assert "a new link was sent to your network" in old.text
    assert "តំណថ្មីត្រូវបានផ្ញើ" in old.text and link.rsplit("/", 1)[1] not in old.text
    unknown = client.get(f"/r/{'A' * 32}")
    assert "new link was sent" not in unknown.text, "an unknown link tells nothing"
    assert client.get(f"/api/v1/respond/{invitation['token']}").status_code == 404


def test_the_new_link_mail_carries_the_current_link_in_the_readers_language(
    app, client, accounts, launched_round
):
    invitation = launched_round.invitations[2]
    params = {"round_id": launched_round.id, "network_id": invitation["network"]["id"]}
    signed_in(client, accounts["staff"].email)
    path = f"/staff/rounds/{launched_round.id}/invitations/{params['network_id']}/reissue"
    issued = post(client, path, YES, path)
    [token] = re.findall(r"<code>http[^<]+/r/([^<]+)</code>", issued.text)
    khmer = render(app, "new_link", "km", params)
    assert khmer.subject.startswith("តំណថ្មី៖") and f"/r/{token}?lang=km" in khmer.text
    assert "តំណមុនលែងដំណើរការហើយ" in khmer.text
    english = render(app, "new_link", "en", params)
    assert "The previous link no longer works" in english.text and token in english.text


def test_closing_a_round_asks_first_naming_who_can_no_longer_answer(
    app, client, accounts, launched_round, database
):
    round_page = f"/staff/rounds/{launched_round.id}"
    signed_in(client, accounts["staff"].email)
    assert f'href="{round_page}/close"' in client.get(round_page).text
    asked = client.get(f"{round_page}/close")
    assert asked.status_code == 200 and "now?" in asked.text
    assert "34 of the 34 invited networks have not submitted" in asked.text
    assert post(client, f"{round_page}/close", {}, round_page).status_code == 200
    with database.session() as session:
        assert session.get(Round, launched_round.id).status == "open"
    closed = post(client, f"{round_page}/close", YES, f"{round_page}/close")
    assert closed.status_code == 303
    with database.session() as session:
        assert session.get(Round, launched_round.id).status == "closed"


def test_removing_a_contact_and_archiving_a_network_ask_first(
    client, accounts, launched_round, database
):
    network = launched_round.invitations[0]["network"]
    page = f"/staff/networks/{network['id']}"
    with database.session() as session:
        contact = session.scalars(select(Contact).where(Contact.network_id == network["id"]))
        contact_id, email = next((c.id, c.email) for c in contact)
    signed_in(client, accounts["staff"].email)
    remove = f"{page}/contacts/{contact_id}/remove"
    asked = client.get(remove)
    assert asked.status_code == 200
    assert f"Remove {email} from {network['name']}?" in asked.text
    assert "no more invitations, reminders or digests" in asked.text
    assert post(client, remove, {}, page).status_code == 200
    archive = f"{page}/archive"
    asked = client.get(archive)
    assert asked.status_code == 200 and f"Archive {network['name']}?" in asked.text
    assert post(client, archive, {}, page).status_code == 200
    with database.session() as session:
        assert session.get(Contact, contact_id) is not None, "asked, not removed"
        assert session.get(Network, network["id"]).archived_at is None, "asked, not archived"
    assert post(client, remove, YES, remove).status_code == 303
    assert post(client, archive, YES, archive).status_code == 303
    with database.session() as session:
        assert session.get(Contact, contact_id) is None
        assert session.get(Network, network["id"]).archived_at is not None


def test_revoking_a_key_and_turning_off_an_account_ask_first(client, accounts, database):
    with database.session() as session:
        key_id = api_keys.create_key(session, "M&E dashboard", "viewer").key.id
        staff = session.scalar(select(User).where(User.email == accounts["staff"].email))
        staff_id = staff.id
        session.commit()
    signed_in(client, accounts["admin"].email)
    revoke = f"/staff/keys/{key_id}/revoke"
    asked = client.get(revoke)
    assert asked.status_code == 200 and "Revoke the API key of “M&amp;E dashboard”?" in asked.text
    assert post(client, revoke, {}, "/staff/keys").status_code == 200
    change = f"/staff/users/{staff_id}"
    off = {"role": "viewer", "active": "0"}
    asked = post(client, change, off, "/staff/users")
    assert asked.status_code == 200
    assert f"Turn off the account of {accounts['staff'].email}?" in asked.text
    assert 'name="role" value="viewer"' in asked.text, "the form's other changes are carried"
    with database.session() as session:
        assert session.get(ApiKey, key_id).revoked_at is None
        kept = session.get(User, staff_id)
        assert kept.active and kept.role == "staff", "asked, nothing changed"
    assert post(client, revoke, YES, revoke).status_code == 303
    assert post(client, change, {**off, **YES}, "/staff/users").status_code == 303
    with database.session() as session:
        assert session.get(ApiKey, key_id).revoked_at is not None
        turned_off = session.get(User, staff_id)
        assert not turned_off.active and turned_off.role == "viewer"


def test_a_confirmation_page_is_in_the_readers_language(client, accounts, launched_round):
    network = launched_round.invitations[0]["network"]
    signed_in(client, accounts["staff"].email)
    post(client, "/staff/language", {"language": "km"})
    asked = client.get(f"/staff/rounds/{launched_round.id}/invitations/{network['id']}/reissue")
    assert f"ផ្តល់តំណថ្មីដល់ {network['name']} ឬ?" in asked.text
    assert "ត្រឡប់ក្រោយ ដោយមិនផ្លាស់ប្តូរអ្វីទាំងអស់" in asked.text
