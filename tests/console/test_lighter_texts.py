"""The lighter pages' texts: each in English and Khmer, prefixed so that moving every text
into one package merges them without a clash, and reachable by the common lookup."""

from __future__ import annotations

from consult.console.lighter_texts import TEXTS
from consult.i18n import MESSAGES, text


def test_every_lighter_text_has_both_languages_and_is_found_by_the_lookup():
    for key, languages in TEXTS.items():
        assert key.startswith("light_") and set(languages) == {"en", "km"}, key
        assert all(languages.values()) and MESSAGES[key] == languages, key
    assert text("light_mail_not_sent", "km", date="2027-03-01") == (
        "មិនទាន់ផ្ញើនៅឡើយ (ដាក់ក្នុងជួរ 2027-03-01)"
    )
