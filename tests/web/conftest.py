"""What the tests of a network's pages share: its Khmer link, its answers as a person fills
them in (the browser itself is tests/browsers.py's)."""

from __future__ import annotations

MAX_PAGE_BYTES = 60 * 1024
KHMER_TEXT = "ការសហការខ្សោយ ដោយសារខ្វះថវិកា"


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
