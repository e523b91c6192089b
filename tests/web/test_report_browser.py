"""The summary report as staff see it: headless Chromium with JavaScript off, in Khmer and
English, on a phone (360 px) and a desktop (1280 px).

Two summaries of the scripted sample round are opened: the one the engine computes, and one
written by hand to the contract of issue 11 with what the scripted answers do not produce
(tentative positions, a low-participation caveat, opinion groups, long Khmer labels).
Screenshots are kept in var/screenshots/ to be looked at.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from consult.db import utcnow
from consult.domain.summaries import fingerprint
from consult.models import Round, Summary
from tests.conftest import bearer
from tests.web.test_report_charts import SUMMARY

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
HEADINGS = {
    "en": ["Common response", "Opinion groups", "Question by question"],
    "km": ["ការឆ្លើយតបរួម", "ក្រុមមតិ", "សំណួរនីមួយៗ"],
}
SUBHEADINGS = {
    "en": ["Where the networks stand together", "Where they are divided"],
    "km": ["កន្លែងដែលបណ្តាញមានជំហររួម", "កន្លែងដែលពួកគេមានមតិខុសគ្នា"],
}
# What the old report printed: coefficients with four decimals, counts as "12.0".
RAW_NUMBER = re.compile(r"\d\.\d{2,}|\b\d+\.0\b")
WIDTHS = [360, 1280]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "a PNG screenshot"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture(params=["computed", "contract"])
def report(request, app, live_server) -> tuple[str, str]:
    """(name, URL) of a round's report: the engine's summary of the scripted answers, or the
    hand-written one stored on the launched round (which needs no engine to be drawn)."""
    if request.param == "computed":
        round_id = request.getfixturevalue("answered_round").id
    else:
        round_id = request.getfixturevalue("launched_round").id
        with app.extensions["consult"].database.session() as session:
            round_ = session.get(Round, round_id)
            session.add(
                Summary(
                    round_id=round_id,
                    version=1,
                    as_of=utcnow(),
                    response_count=SUMMARY["response_count"],
                    questionnaire_sha256=fingerprint(round_.questionnaire),
                    data=SUMMARY,
                )
            )
            session.commit()
    return request.param, f"{live_server}/api/v1/rounds/{round_id}/summary/report"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["km", "en"])
def test_report_fits_the_screen_with_the_common_response_first(browser, keys, report, lang, width):
    source, url = report
    context = browser.new_context(
        java_script_enabled=False,
        viewport={"width": width, "height": 800},
        extra_http_headers=bearer(keys["viewer"]),
    )
    page = context.new_page()
    assert page.goto(f"{url}?lang={lang}").status == 200
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = page.screenshot(
        path=str(SCREENSHOTS / f"report-{source}-{lang}-{width}.png"), full_page=True
    )
    assert png_size(shot)[0] == width

    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert inner_width == width and scroll_width <= inner_width, "no sideways scroll"

    charts = page.locator("figure.chart, svg")
    assert charts.count() >= 10, "bars, scale bars and the box plot are drawn"
    for i in range(charts.count()):
        box = charts.nth(i).bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, f"chart {i} is drawn"
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, f"chart {i} is inside"

    assert page.locator("h2").all_inner_texts() == HEADINGS[lang]
    assert page.locator("h3").all_inner_texts()[:2] == SUBHEADINGS[lang]
    common = page.locator("#common-response").bounding_box()
    questions = page.locator("#questions").bounding_box()
    assert common["y"] + common["height"] <= questions["y"], "the common response comes first"

    shown = page.locator("body").inner_text()
    assert not RAW_NUMBER.search(shown), RAW_NUMBER.search(shown)
    assert ("of 34" if lang == "en" else "ក្នុងចំណោម 34") in shown, "counts, not bare shares"
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_khmer_report_is_drawn_with_a_khmer_font_and_room_for_stacked_marks(
    browser, live_server, keys, answered_round, width
):
    context = browser.new_context(
        viewport={"width": width, "height": 800}, extra_http_headers=bearer(keys["viewer"])
    )
    page = context.new_page()
    page.goto(f"{live_server}/api/v1/rounds/{answered_round.id}/summary/report?lang=km")
    assert page.get_attribute("html", "lang") == "km"
    assert page.evaluate("document.fonts.check('16px \"Khmer OS\"', 'ក')")
    for selector in ("p", "td", ".bar-label", "h3"):
        ratio = page.eval_on_selector(
            selector,
            "e => parseFloat(getComputedStyle(e).lineHeight)"
            " / parseFloat(getComputedStyle(e).fontSize)",
        )
        assert ratio >= 1.8, selector
    context.close()
