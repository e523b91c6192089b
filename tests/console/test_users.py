"""The console's accounts: argon2id passwords, sessions that end, CSRF on every form, a
budget of attempts, an audit line per change, the language an account keeps, and the
admin's page of accounts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from click.testing import CliRunner
from sqlalchemy import select

from consult.cli import main
from consult.domain import users
from consult.domain.errors import Conflict, Invalid
from consult.models import AuditEntry, User
from consult.texts.staff import STAFF as TEXTS
from tests.console.conftest import PASSWORD, csrf_of, post, sign_in, signed_in


def test_passwords_are_argon2id_and_unknown_addresses_take_as_long(database):
    with database.session() as session:
        user = users.create_user(session, " Dara@CCC.example.org ", "staff", PASSWORD, "Dara")
        assert user.email == "dara@ccc.example.org"
        assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
        with pytest.raises(Conflict):
            users.create_user(session, "dara@ccc.example.org", "viewer", PASSWORD)
        with pytest.raises(Invalid) as refused:
            users.create_user(session, "not-an-address", "boss", "short", language="fr")
        assert set(refused.value.errors) == {"email", "role", "password", "language"}
    with database.session() as session:
        assert users.authenticate(session, "DARA@ccc.example.org", PASSWORD) is not None
        assert users.authenticate(session, "dara@ccc.example.org", PASSWORD + "x") is None
        assert users.authenticate(session, "nobody@ccc.example.org", PASSWORD) is None
        assert users.authenticate(session, "dara@ccc.example.org", "x" * 5000) is None


def test_a_new_password_or_a_role_change_ends_the_sessions_signed_in_before(database):
    with database.session() as session:
        user = users.create_user(session, "sok@ccc.example.org", "staff", PASSWORD)
        before = users.session_id(user)
        assert users.user_of_session(session, before) is user
        users.set_password(user, "another long passphrase")
        assert users.user_of_session(session, before) is None
        current = users.session_id(user)
        users.update_user(session, user.id, "viewer", active=True)
        assert users.user_of_session(session, current) is None
        users.update_user(session, user.id, "viewer", active=False)
        assert users.user_of_session(session, users.session_id(user)) is None
        assert users.authenticate(session, user.email, "another long passphrase") is None
        assert users.user_of_session(session, "1:x") is None
        assert users.user_of_session(session, "garbage") is None


def test_pages_ask_to_sign_in_and_the_session_cookie_is_locked_down(client, accounts):
    first = client.get("/staff/")
    assert first.status_code == 302 and "/staff/sign-in" in first.headers["Location"]
    signed = sign_in(client, accounts["staff"].email)
    assert signed.status_code == 303 and signed.headers["Location"] == "/staff/"
    cookie = signed.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Expires=" in cookie
    home = client.get("/staff/")
    assert home.status_code == 200 and "Open rounds" in home.text
    assert home.headers["Cache-Control"] == "no-store"
    assert "script-src 'self'" in home.headers["Content-Security-Policy"]
    out = post(client, "/staff/sign-out")
    assert out.status_code == 303
    assert client.get("/staff/").status_code == 302


def test_a_wrong_password_says_so_without_telling_which_part(client, accounts):
    for email in (accounts["staff"].email, "nobody@ccc.example.org"):
        refused = sign_in(client, email, "wrong password entirely")
        assert refused.status_code == 401
        assert "do not match an account" in refused.text


def test_sign_in_goes_back_only_to_a_console_page(client, accounts):
    for target, landing in (("/staff/?x=1", "/staff/?x=1"), ("https://evil.example/", "/staff/")):
        token = csrf_of(client.get("/staff/sign-in").data)
        answer = client.post(
            f"/staff/sign-in?next={target}",
            data={"email": accounts["staff"].email, "password": PASSWORD, "csrf_token": token},
        )
        assert answer.headers["Location"] == landing
        post(client, "/staff/sign-out")


def test_every_form_without_its_token_is_refused_and_changes_nothing(client, accounts):
    assert client.post("/staff/sign-in", data={"email": "x", "password": "y"}).status_code == 400
    signed_in(client, accounts["staff"].email)
    for path in ("/staff/sign-out", "/staff/language"):
        refused = client.post(path, data={"language": "km"})
        assert refused.status_code == 400 and "The form has expired" in refused.text
    assert client.get("/staff/").status_code == 200, "still signed in, still in English"
    assert "Open rounds" in client.get("/staff/").text


def test_attempts_beyond_the_budget_wait_with_a_clear_message(client, accounts):
    for _ in range(10):
        assert (
            sign_in(client, accounts["staff"].email, "wrong password entirely").status_code == 401
        )
    blocked = sign_in(client, accounts["staff"].email)  # even the right password now
    assert blocked.status_code == 429
    assert "Too many attempts to sign in. Wait 1 minute(s)" in blocked.text


def test_the_language_is_kept_per_account(client, accounts, database):
    signed_in(client, accounts["staff"].email)
    switched = post(client, "/staff/language", {"language": "km", "next": "/staff/"})
    assert switched.status_code == 303
    assert TEXTS["home_open_rounds"]["km"] in client.get("/staff/").text
    with database.session() as session:
        user = session.scalars(select(User).where(User.email == accounts["staff"].email)).one()
        assert user.language == "km"


def test_changes_are_in_the_audit_log(client, accounts, database):
    sign_in(client, accounts["admin"].email)
    post(client, "/staff/sign-out")
    with database.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [(e.actor, e.action) for e in entries] == [
            ("user:admin@ccc.example.org", "sign-in"),
            ("user:admin@ccc.example.org", "sign-out"),
        ]


def test_create_user_from_the_command_line(settings, database, monkeypatch):
    monkeypatch.setenv("CONSULT_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("CONSULT_VAR_DIR", str(settings.var_dir))
    runner = CliRunner()
    made = runner.invoke(
        main,
        ["create-user", "--email", "Lina@ccc.example.org", "--role", "admin"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert made.exit_code == 0, made.output
    assert "lina@ccc.example.org" in made.output and PASSWORD not in made.output
    short = runner.invoke(
        main, ["create-user", "--email", "x@ccc.example.org", "--role", "staff"], input="a\na\n"
    )
    assert short.exit_code == 1 and "password: Between 12" in short.output
    with database.session() as session:
        assert [u.email for u in users.list_users(session)] == ["lina@ccc.example.org"]


def test_changing_ones_password_needs_the_current_one_and_ends_other_sessions(app, accounts):
    here, elsewhere = app.test_client(), app.test_client()
    for client in (here, elsewhere):
        sign_in(client, accounts["viewer"].email)
    wrong = post(here, "/staff/account", {"current": "not it at all", "password": "x" * 12},
                 "/staff/account")  # fmt: skip
    assert wrong.status_code == 422 and "not your current password" in wrong.text
    short = post(here, "/staff/account", {"current": PASSWORD, "password": "short"},
                 "/staff/account")  # fmt: skip
    assert short.status_code == 422 and "Between 12 and 1024" in short.text
    changed = post(here, "/staff/account", {"current": PASSWORD, "password": "a new passphrase"},
                   "/staff/account")  # fmt: skip
    assert changed.status_code == 303
    assert "Your password is changed" in here.get("/staff/account").text
    assert elsewhere.get("/staff/").status_code == 302, "the other browser is signed out"
    assert sign_in(elsewhere, accounts["viewer"].email, "a new passphrase").status_code == 303


def test_a_session_idle_but_for_polls_ends_after_the_idle_time(client, accounts, launched_round):
    """An open round's page polls every few seconds; only a person's requests keep a session."""
    start = datetime.now(UTC)
    with time_machine.travel(start, tick=False) as clock:
        sign_in(client, accounts["staff"].email)
        live = f"/staff/rounds/{launched_round.id}/live"
        clock.shift(timedelta(minutes=40))
        assert client.get(f"/staff/rounds/{launched_round.id}").status_code == 200  # a person
        for _ in range(7):  # then only polls, for 70 minutes
            clock.shift(timedelta(minutes=10))
            polled = client.get(live, headers={"HX-Request": "true"})
        assert polled.status_code == 204 and "/staff/sign-in" in polled.headers["HX-Redirect"]
        page = client.get("/staff/", follow_redirects=True)
        assert "signed out after a while without activity" in page.text


def test_an_admin_creates_an_account_and_bad_input_is_named_and_kept(client, accounts, database):
    signed_in(client, accounts["admin"].email)
    bad = post(
        client, "/staff/users",
        {"email": "not an address", "name": "Srey Mom", "password": "short", "role": "staff"},
        from_page="/staff/users",
    )  # fmt: skip
    assert bad.status_code == 422
    assert "An e-mail address" in bad.text and "Between 12 and 1024" in bad.text
    assert 'value="Srey Mom"' in bad.text, "what the admin typed is kept"
    made = post(
        client, "/staff/users",
        {"email": "Mom@ccc.example.org", "name": "Srey Mom", "password": PASSWORD,
         "role": "viewer", "language": "km"},
        from_page="/staff/users",
    )  # fmt: skip
    assert made.status_code == 303
    assert "mom@ccc.example.org" in client.get("/staff/users").text
    with database.session() as session:
        user = session.scalars(select(User).where(User.email == "mom@ccc.example.org")).one()
        assert (user.role, user.language) == ("viewer", "km")
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "create-user")).one()
        assert entry.actor == "user:admin@ccc.example.org" and entry.target == user.email


def test_a_new_role_ends_the_accounts_sessions(app, client, accounts, database):
    other = app.test_client()
    sign_in(other, accounts["staff"].email)
    assert other.get("/staff/").status_code == 200
    signed_in(client, accounts["admin"].email)
    with database.session() as session:
        staff = session.scalars(select(User).where(User.email == accounts["staff"].email)).one()
    changed = post(
        client, f"/staff/users/{staff.id}", {"role": "viewer", "active": "1"}, "/staff/users"
    )
    assert changed.status_code == 303
    assert other.get("/staff/").status_code == 302, "signed out by the change"
    assert sign_in(other, accounts["staff"].email).status_code == 303
    assert other.get("/staff/users").status_code == 403


def test_an_admin_cannot_lock_themselves_out(client, accounts, database):
    signed_in(client, accounts["admin"].email)
    with database.session() as session:
        me = session.scalars(select(User).where(User.email == accounts["admin"].email)).one()
    refused = post(
        client, f"/staff/users/{me.id}", {"role": "staff", "active": "1"}, "/staff/users"
    )
    assert refused.status_code == 422 and "cannot take away your own admin role" in refused.text
    assert client.get("/staff/users").status_code == 200, "still an admin"
