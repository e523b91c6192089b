"""Staff accounts and a signed-in test client for the console's tests."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from consult.domain import users
from tests.web.conftest import browser, page  # noqa: F401  (fixtures, shared with the form tests)

PASSWORD = "a long enough passphrase"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Staff:
    email: str
    role: str


@pytest.fixture
def accounts(database) -> dict[str, Staff]:
    """An account per role, each with PASSWORD."""
    made = {}
    with database.session() as session:
        for role in ("viewer", "staff", "admin"):
            user = users.create_user(session, f"{role}@ccc.example.org", role, PASSWORD, role)
            made[role] = Staff(user.email, role)
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


def post(client, path: str, data: dict | None = None, from_page: str = "/staff/"):
    """A console form as a browser sends it: with the token of the page it came from."""
    token = csrf_of(client.get(from_page).data)
    return client.post(path, data={**(data or {}), "csrf_token": token})


@pytest.fixture
def signed_in_page(page, live_server, accounts):  # noqa: F811  (the imported fixture)
    """Chromium signed in to the console as staff, on the live server."""
    page.goto(f"{live_server}/staff/")
    page.fill("#email", accounts["staff"].email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server}/staff/")
    return page
