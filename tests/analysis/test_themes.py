"""Themes of Khmer and English answers contain the words the answers are about."""

from __future__ import annotations

import random

from consult.analysis.themes import (
    K_SAMPLE,
    Text,
    khmer_run_words,
    language_of,
    segment_khmer,
    themes,
    words,
)

ANSWERS = [
    "Funding from donors is declining fast",
    "Donor funding cuts hurt our members",
    "ថវិកាពីម្ចាស់ជំនួយថយចុះ",
    "ម្ចាស់ជំនួយកាត់បន្ថយថវិកា",
    "Coordination meetings with the province are rare",
    "We need coordination meetings every month",
    "ការសម្របសម្រួលជាមួយខេត្តខ្សោយ",
    "ត្រូវការកិច្ចប្រជុំសម្របសម្រួលប្រចាំខែ",
]


def test_khmer_is_segmented_into_words_and_numerals_meet_ascii():
    assert words("ថវិកាថយចុះ ២០២៥") == ["ថវិកា", "ថយចុះ", "2025"]
    assert words("The funding is declining") == ["funding", "declining"]


def test_themes_hold_the_expected_words_in_both_languages():
    found = themes([Text(i, text) for i, text in enumerate(ANSWERS)])
    terms = {term for theme in found for term in theme["label"]}
    assert {"funding", "coordination", "ថវិកា"} <= terms
    assert sum(theme["count"] for theme in found) == len(ANSWERS)
    for theme in found:
        assert 1 <= len(theme["quotes"]) <= 3
        assert all(quote["text"] in ANSWERS for quote in theme["quotes"])
    assert {language for theme in found for language in theme["languages"]} == {"en", "km"}


def test_a_shared_acronym_links_khmer_and_english_answers():
    texts = [
        "CCC training on NGO law",
        "វគ្គបណ្តុះបណ្តាល CCC អំពីច្បាប់",
        "CCC law training for members",
        "ច្បាប់ CCC វគ្គ",
        "Rice prices and farmers",
        "farmers rice harvest prices",
    ]
    found = themes([Text(i, text) for i, text in enumerate(texts)])
    ccc = next(theme for theme in found if "ccc" in theme["label"])
    assert ccc["languages"] == {"en": 2, "km": 2}


def test_too_few_answers_make_no_themes():
    assert themes([Text(1, "only one answer")]) == []


def test_language_of_mixed_text_is_its_main_script():
    assert language_of("ការសម្របសម្រួល CCC") == "km"
    assert language_of("Coordination with ខេត្ត") == "en"


def test_a_large_round_finds_its_themes_from_a_sample_and_assigns_every_answer():
    topics = [
        ["funding", "donor", "budget", "grant"],
        ["coordination", "province", "meeting", "district"],
        ["training", "staff", "skills", "course"],
    ]
    rng = random.Random(7)
    texts = [
        Text(i, " ".join([*rng.sample(topics[i % 3], 3), "ថវិកា" if i % 10 == 0 else "and"]))
        for i in range(3 * K_SAMPLE)
    ]
    found = themes(texts)
    assert sum(theme["count"] for theme in found) == len(texts)
    labels = [set(theme["label"][:3]) for theme in found]
    for words_of_topic in topics:
        assert any(label <= set(words_of_topic) for label in labels), labels


def test_a_long_khmer_run_is_segmented_but_not_kept():
    run = "ថវិកាពីម្ចាស់ជំនួយថយចុះ" * 20
    before = segment_khmer.cache_info().currsize
    assert words(run) == list(khmer_run_words(run)) and "ថវិកា" in words(run)
    assert segment_khmer.cache_info().currsize == before
