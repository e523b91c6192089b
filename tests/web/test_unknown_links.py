"""Whatever is wrong with a link, its page is the same bilingual 404 (no browser needed)."""

from __future__ import annotations

import pytest

MALFORMED_TOKENS = ["badtoken", "x" * 200, "not.a~token", "តំណ", "a b"]
PAGE_REQUESTS = [
    ("GET", "", None),
    ("POST", "", {"action": "submit", "q.members": "7"}),
    ("GET", "/done", None),
    ("GET", "/followups/1", None),
    ("POST", "/followups/1", {"text": "Yes."}),
]


@pytest.mark.parametrize("malformed", MALFORMED_TOKENS)
@pytest.mark.parametrize(("method", "suffix", "form"), PAGE_REQUESTS)
def test_a_malformed_link_gets_the_page_of_an_unknown_one(client, malformed, method, suffix, form):
    def page(token):
        response = client.open(f"/r/{token}{suffix}", method=method, data=form)
        return response.status_code, response.get_data(as_text=True)

    unknown = page("A" * 32)
    assert unknown[0] == 404 and "តំណនេះមិនត្រឹមត្រូវទេ" in unknown[1]
    assert page(malformed) == unknown
