"""Staff accounts and a signed-in test client for the console's tests."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import Page
from sqlalchemy import select

from consult.console.users import SEEN
from consult.domain import users
from consult.models import User

PASSWORD = "a long enough passphrase"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Staff:
    email: str
    role: str


@pytest.fixture(scope="session")
def password_hash() -> str:
    """PASSWORD hashed once for the run (argon2id; tests/conftest.py sets its cost)."""
    return users.HASHER.hash(PASSWORD)


@pytest.fixture
def accounts(database, password_hash) -> dict[str, Staff]:
    """An account per role, each with PASSWORD (hashed as create_user would; its checks are
    tested in test_users.py)."""
    made = {}
    with database.session() as session:
        for role in ("viewer", "staff", "admin"):
            email = f"{role}@ccc.example.org"
            session.add(User(email=email, name=role, role=role, password_hash=password_hash))
            made[role] = Staff(email, role)
    return made


def csrf_of(html: bytes) -> str:
    found = CSRF.search(html.decode())
    assert found, "the page has a form with a CSRF token"
    return found.group(1)


def sign_in(client, email: str, password: str = PASSWORD):
    token = csrf_of(client.get("/staff/sign-in").data)
    return client.post(
        "/staff/sign-in", data={"email": email, "password": password, "csrf_token": token}
    )


def signed_in(client, email: str) -> None:
    """The session a sign-in leaves - flask-login's account id, fresh, and the console's
    last-seen time - written straight into the test client's cookie. Tests that are not
    about signing in skip the password's argon2id check (a sixth of a second of CPU each)
    and its audit line; signing in itself is tested through the form (`sign_in`)."""
    database = client.application.extensions["consult"].database
    with database.session() as session:
        user = session.scalar(select(User).where(User.email == email))
        assert user is not None, email
        stored = users.session_id(user)
    with client.session_transaction() as cookie:
        cookie.clear()
        cookie.permanent = True
        cookie.update({"_user_id": stored, "_fresh": True, SEEN: time.time()})


def post(client, path: str, data: dict | None = None, from_page: str = "/staff/"):
    """A console form as a browser sends it: with the token of the page it came from."""
    token = csrf_of(client.get(from_page).data)
    return client.post(path, data={**(data or {}), "csrf_token": token})


def sign_in_page(tab: Page, live_server: str, email: str) -> None:
    """Sign in through the console's form, as a person does; the tab ends on the home page."""
    tab.goto(f"{live_server}/staff/sign-in")
    tab.fill("#email", email)
    tab.fill("#password", PASSWORD)
    tab.click("main button[type=submit]")
    tab.wait_for_url(f"{live_server}/staff/")


@pytest.fixture(scope="module")
def console_cookies() -> dict[str, list[dict]]:
    """The cookies each account (by email) was given when it signed in, once per module."""
    return {}


@pytest.fixture
def browser_sign_in(live_server, console_cookies) -> Callable[[Page, str], Page]:
    """`browser_sign_in(tab, email)`: the tab signed in to the console, on its home page.

    Through the form the first time in a module; after that with the session cookie that
    sign-in gave: each test's database has the same accounts under the same ids and the
    secret key is fixed, so the cookie holds, and the argon2 check and two page loads are
    saved. Tests about signing in use the form themselves."""

    def signed_in(tab: Page, email: str) -> Page:
        saved = console_cookies.get(email)
        if saved is None:
            sign_in_page(tab, live_server, email)
            console_cookies[email] = tab.context.cookies()
            return tab
        tab.context.add_cookies(saved)
        tab.goto(f"{live_server}/staff/")
        assert tab.url == f"{live_server}/staff/", "the saved session cookie was refused"
        return tab

    return signed_in


@pytest.fixture
def signed_in_page(page, accounts, browser_sign_in):
    """Chromium signed in to the console as staff, on the live server."""
    return browser_sign_in(page, accounts["staff"].email)
