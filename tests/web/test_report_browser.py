"""The summary report as staff see it: headless Chromium, Khmer and English, no JavaScript."""

from __future__ import annotations

import struct

import pytest

from tests.conftest import bearer

HEADINGS = {
    "en": ["Common response", "Question by question"],
    "km": ["ការឆ្លើយតបរួម", "សំណួរនីមួយៗ"],
}
SUBHEADINGS = {
    "en": ["Where the networks stand together", "Where they are divided"],
    "km": ["កន្លែងដែលបណ្តាញមានជំហររួម", "កន្លែងដែលពួកគេមានមតិខុសគ្នា"],
}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "a PNG screenshot"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("lang", ["km", "en"])
def test_report_renders_its_headings_and_charts_without_javascript(
    browser, live_server, keys, answered_round, lang, tmp_path
):
    context = browser.new_context(
        java_script_enabled=False, extra_http_headers=bearer(keys["viewer"])
    )
    page = context.new_page()
    url = f"{live_server}/api/v1/rounds/{answered_round.id}/summary/report?lang={lang}"
    assert page.goto(url).status == 200

    assert page.locator("h2").all_inner_texts()[:2] == HEADINGS[lang]
    subheadings = page.locator("h3").all_inner_texts()
    assert subheadings[:2] == SUBHEADINGS[lang]
    for heading in HEADINGS[lang] + SUBHEADINGS[lang]:
        box = page.get_by_text(heading, exact=True).bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, heading
    charts = page.locator("svg")
    assert charts.count() == 5, "a chart per choice, scale, statement and ranking question"
    assert all(charts.nth(i).bounding_box()["height"] > 0 for i in range(charts.count()))

    shot = page.screenshot(path=str(tmp_path / f"report-{lang}.png"), full_page=True)
    width, height = png_size(shot)
    assert width >= 320 and height > 1000, "the full report, not an empty page"
    heading_shot = page.locator("h2").first.screenshot()
    assert png_size(heading_shot)[1] > 10
    context.close()


def test_khmer_report_is_drawn_with_a_khmer_font(browser, live_server, keys, answered_round):
    context = browser.new_context(extra_http_headers=bearer(keys["viewer"]))
    page = context.new_page()
    page.goto(f"{live_server}/api/v1/rounds/{answered_round.id}/summary/report?lang=km")
    assert page.get_attribute("html", "lang") == "km"
    assert page.evaluate("document.fonts.check('16px \"Khmer OS\"', 'ក')")
    context.close()
