"""A real headless Chromium (Debian's, no browser download) for the web form tests: started
once per test process (and per conftest that imports it), a new context for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.services import REQUIRE_SERVICES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
MAX_PAGE_BYTES = 60 * 1024
KHMER_TEXT = "ការសហការខ្សោយ ដោយសារខ្វះថវិកា"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = "Debian's chromium is not installed (apt-get install chromium fonts-khmeros)"
        if REQUIRE_SERVICES:
            pytest.fail(message, pytrace=False)
        pytest.skip(f"SKIPPED LOUDLY: {message}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def khmer_token(launched_round):
    return next(
        invitation["token"]
        for invitation in launched_round.invitations
        if invitation["network"]["acronym"] == "BNN"  # Battambang: a Khmer-language network
    )


def fill_sample_answers(page):
    page.check("input[name='q.coop_level'][value='4']")
    page.check("input[name='q.collab_areas'][value='technical']")
    page.check("input[name='q.collab_areas'][value='advocacy']")
    page.check("input[name='q.donor_role'][value='agree']")
    page.check("input[name='q.mechanism'][value='forum']")
    page.select_option("select[name='q.priorities.funding']", "1")
    page.select_option("select[name='q.priorities.space']", "2")
    page.select_option("select[name='q.priorities.capacity']", "3")
    page.fill("input[name='q.members']", "25")
    page.fill("textarea[name='q.challenges']", KHMER_TEXT)
