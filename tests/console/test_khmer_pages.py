"""The console as a Khmer-reading programme officer sees it: every page reached by following
links from home, and the pages a refusal lands on, say nothing in English that is not data.

A Latin-script word on a Khmer page passes only when it is data — a word stored in the
database outside a bilingual text's English half and outside the columns that hold codes
the page must translate (an action, a kind, a status, a role) — or on a short allow list of
terms officers use as they are (API, CSV, MoU, …). Addresses, file names and keys sit in
`code`, inputs and `translate="no"` elements, and text shown in English on purpose (a
bilingual text's English half beside its Khmer one) is marked `lang="en"`: both are left out."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import JSON, String, Text, inspect, select

from consult.db import Base
from tests.api.test_common_response import close_and_draft
from tests.console.conftest import PASSWORD
from tests.console.test_console_browser import SCREENSHOTS
from tests.console.test_round_pages import draft_round

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

# Terms Khmer officers read and write in Latin script as they are (UTF-8, UTC+7, a test's
# author), and the language switch's "English", which names the language in its own script.
ALLOWED = {
    "API",
    "CSV",
    "XLSX",
    "MoU",
    "NGO",
    "CSO",
    "ID",
    "PDF",
    "UTF",
    "Fisher",
    "UTC",
    "English",
}
# Columns whose values are codes a page must say in words (audit actions, mail kinds, …).
CODE_COLUMNS = {
    "action",
    "kind",
    "status",
    "role",
    "language",
    "type",
    "verdict",
    "state",
    "created_by",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z]")
# Pages not to open while walking: leaving the console, files, the English preview.
SKIPPED = re.compile(r"/sign-out|\.(csv|xlsx|ics|json)\b|/static/|/api/|lang=en")
# A directory whose rows break the rules: no kind, a kind not known, an address not one.
BAD_CSV = "name,kind,contact_email\nA network,,x@example.org\nB network,club,not-an-address\n"
PER_ROUTE = 3
NOT_REQUIRED = "() => document.querySelectorAll('[required]').forEach(f => f.required = false)"
# A disabled button made pressable, an approval sent where approving goes.
FORCED = """([selector, approve]) => {
  const button = document.querySelector(selector);
  button.disabled = false;
  if (selector.startsWith('.approve')) button.setAttribute('formaction', approve);
}"""  # pages of one route shape (ids and page numbers aside) opened at most
VISIBLE_TEXT = """() => {
  const body = document.body.cloneNode(true);
  const left_out = 'code, kbd, samp, pre, script, style, [translate="no"], [lang="en"], [hidden]';
  body.querySelectorAll(left_out).forEach((node) => node.remove());
  return body.innerText;
}"""


def data_words(app) -> set[str]:
    """Every Latin word stored in the database, but for the English half of a bilingual text
    and the code columns."""
    found: set[str] = set()
    with app.extensions["consult"].database.session() as session:
        for mapper in Base.registry.mappers:
            columns = [
                column
                for column in inspect(mapper.class_).columns
                if isinstance(column.type, String | Text | JSON) and column.name not in CODE_COLUMNS
            ]
            for row in session.execute(select(*columns)) if columns else ():
                for value in row:
                    found.update(LATIN_WORD.findall(" ".join(_strings(value))))
    return found


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        bilingual = {"en", "km"} <= set(value)
        for key, item in value.items():
            if not (bilingual and key == "en"):
                yield str(key)
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def english_on(page, data: set[str]) -> list[str]:
    """The Latin words on the page that are neither data nor allowed, with their line."""
    words = []
    for line in page.evaluate(VISIBLE_TEXT).splitlines():
        for word in LATIN_WORD.findall(line):
            if word not in data and word not in ALLOWED:
                words.append(f"{word!r} in {line.strip()[:90]!r}")
    return words


def route_of(path: str) -> str:
    """A page's route shape: /staff/rounds/7/responses/12 → /staff/rounds/N/responses/N."""
    return re.sub(r"\d+", "N", urlsplit(path).path)


def walk(page, base: str, data: set[str]) -> dict[str, list[str]]:
    """Open every console page linked from home, breadth first; English found, by page."""
    seen_routes: Counter[str] = Counter()
    queue, visited, found = ["/staff/"], set(), {}
    while queue:
        path = queue.pop(0)
        if path in visited or seen_routes[route_of(path)] >= PER_ROUTE:
            continue
        visited.add(path)
        seen_routes[route_of(path)] += 1
        response = page.goto(base + path)
        assert response is not None and response.status < 500, path
        found[path] = english_on(page, data)
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            link = urlsplit(href)
            if link.netloc == urlsplit(base).netloc and link.path.startswith("/staff"):
                target = link.path + (f"?{link.query}" if link.query else "")
                if not SKIPPED.search(target) and target not in visited:
                    queue.append(target)
    return found


def refused_states(page, base: str, data: set[str], closed_round: int, network: int) -> dict:
    """The pages a refusal lands on, reached as the officer would: English found, by state."""
    found = {}
    page.goto(f"{base}/staff/rounds/new")
    page.click("button[name=do][value=save] >> nth=0")  # the builder saved empty
    page.locator("#errors").wait_for()
    found["builder saved empty"] = english_on(page, data)
    page.goto(f"{base}/staff/networks/{network}")
    page.fill("#name", "")
    page.fill("#contact-new-email", "not an address")
    page.fill("#contact-new-name", "Dara")
    page.evaluate(NOT_REQUIRED)
    page.click("form[action$='/contacts'] button[type=submit]")
    page.wait_for_load_state()
    found["a contact refused"] = english_on(page, data)
    page.goto(f"{base}/staff/networks/{network}")
    page.evaluate(NOT_REQUIRED)
    page.fill("#name", "")
    page.click(f"form[action$='/staff/networks/{network}'] button[type=submit]")
    page.wait_for_load_state()
    found["a network refused"] = english_on(page, data)
    page.goto(f"{base}/staff/networks/import")
    page.set_input_files(
        "#file",
        files=[{"name": "bad.csv", "mimeType": "text/csv", "buffer": BAD_CSV.encode()}],
    )
    page.click("main form button[type=submit] >> nth=-1")
    page.wait_for_load_state()
    found["an import with errors"] = english_on(page, data)
    rounds = f"{base}/staff/rounds/{closed_round}"
    for action, page_of, button in (
        ("approve", f"{rounds}/common-response", ".approve button"),
        ("publish", rounds, "form[action$='/publish'] button"),
    ):
        page.goto(page_of)  # the button is disabled, with why: pressed anyway, as a form can be
        page.evaluate(FORCED, [button, f"{rounds}/common-response/{action}"])
        page.locator(button).first.click()
        page.wait_for_load_state()
        found[f"{action} too early"] = english_on(page, data)
    return found


def test_no_english_on_any_khmer_console_page(
    browser, app, live_server, client, admin, accounts, answered_round, sample_round
):
    close_and_draft(app, client, admin, answered_round.id)
    draft_round(client, admin, sample_round, kinds=["provincial"])
    client.post(
        "/api/v1/events",
        json={
            "title": {"en": "Annual general meeting", "km": "មហាសន្និបាតប្រចាំឆ្នាំ"},
            "starts_at": "2030-02-21T08:00:00+07:00",
            "ends_at": "2030-02-21T17:00:00+07:00",
        },
        headers=admin,
    )
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{live_server}/staff/sign-in?lang=km")
        page.fill("#email", accounts["admin"].email)
        page.fill("#password", PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_url(f"{live_server}/staff/")
        if page.locator("html").get_attribute("lang") != "km":
            page.click("header button:has-text('ភាសាខ្មែរ')")
            page.wait_for_load_state()
        data = data_words(app)
        found = walk(page, live_server, data)
        network = answered_round.invitations[0]["network"]["id"]
        found |= refused_states(page, live_server, data, answered_round.id, network)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.goto(f"{live_server}/staff/")
        page.screenshot(path=str(SCREENSHOTS / "khmer-walk-home.png"), full_page=True)
    finally:
        context.close()
    english = {path: words for path, words in found.items() if words}
    (SCREENSHOTS / "khmer-walk.json").write_text(json.dumps(english, ensure_ascii=False, indent=1))
    assert len(found) > 30, sorted(found)
    assert english == {}
