"""The API docs as a developer on a closed network opens them: headless Chromium with every
request to another host refused, Swagger UI rendering the OpenAPI 3.1 document.

The screenshot is kept in var/screenshots/ to be looked at.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
RENDER_TIMEOUT_MS = 30_000


def documented_operations(base: str) -> set[tuple[str, str]]:
    with urlopen(f"{base}/api/v1/openapi.json") as response:
        spec = json.load(response)
    return {
        (method.upper(), path)
        for path, operations in spec["paths"].items()
        for method in operations
        if method != "parameters"
    }


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # the page reads no rows
def test_docs_render_every_operation_with_no_other_host_reachable(browser, live_server):
    own_host = urlsplit(live_server).netloc
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    blocked: list[str] = []

    def offline(route):
        if urlsplit(route.request.url).netloc == own_host:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", offline)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))

    assert page.goto(f"{live_server}/api/v1/docs").status == 200
    page.wait_for_selector(".opblock", timeout=RENDER_TIMEOUT_MS)

    assert page.locator(".swagger-ui .errors-wrapper").count() == 0, "no rendering error"
    assert "Unable to render this definition" not in page.content()
    assert "3.1" in page.locator(".info .version-stamp, .info").first.inner_text()
    shown = {
        (method, path)
        for method, path in page.eval_on_selector_all(
            ".opblock",
            """blocks => blocks.map(block => [
                block.querySelector('.opblock-summary-method').textContent.trim(),
                block.querySelector('.opblock-summary-path').getAttribute('data-path'),
            ])""",
        )
    }
    expected = documented_operations(live_server)
    assert len(expected) >= 40
    assert expected - shown == set(), "operations of the document missing from the page"
    assert errors == []
    assert blocked == [], "the docs page asked another host for something"

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "api-docs-1280.png"))
    context.close()
