"""Calibration: on rounds where nothing is true the engine reports (almost) nothing, and on
rounds with a planted truth it finds it. The rates are asserted, printed at the end of every
run, and quoted in docs/reference.md."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consult.analysis.summary import AnalysisSettings, summarize
from tests.analysis.synthetic import (
    PLANTED_COMMON,
    PLANTED_DIVISION,
    QUESTIONNAIRE,
    SyntheticRound,
    synthetic_round,
)
from tests.figures import report

SETTINGS = AnalysisSettings(with_themes=False)
CALIBRATION = "calibration of the common response"  # the section of the run's figures
NULL_ROUNDS = 240
PLANTED_ROUNDS = 150
SMALL_ROUNDS = 100


def _analysed(
    rounds: Iterator[SyntheticRound], lens: tuple[str, ...] = ("kind",)
) -> list[tuple[SyntheticRound, dict]]:
    return [
        (
            r,
            summarize(
                QUESTIONNAIRE, r.respondents, invited=r.invited, lens=lens, settings=SETTINGS
            ),
        )
        for r in rounds
    ]


def _false_common(synthetic: SyntheticRound, summary: dict) -> bool:
    """A position reported common whose true share is below 60%."""
    return any(
        synthetic.truth[(p["question"], p["stance"], p["option"])] < 0.6
        for p in summary["common_response"]["common"]
    )


def _rate(flags: list[bool]) -> float:
    return sum(flags) / len(flags)


@pytest.fixture(scope="module")
def null_rounds():
    """Every network answers from one distribution: 12 to 60 answering networks."""
    return _analysed(synthetic_round(seed, 12 + seed % 49) for seed in range(NULL_ROUNDS))


@pytest.fixture(scope="module")
def planted_rounds():
    """36 to 60 answering networks: each side of the planted division has 12 or more."""
    return _analysed(
        synthetic_round(100_000 + seed, 36 + seed % 25, planted=True)
        for seed in range(PLANTED_ROUNDS)
    )


@pytest.fixture(scope="module")
def small_rounds():
    """12 answering networks, half of them with the planted truth; compared by kind and MoU
    so that groups of 5 or more exist and tests are made."""
    return _analysed(
        (
            synthetic_round(200_000 + seed, 12, planted=seed % 2 == 1)
            for seed in range(SMALL_ROUNDS)
        ),
        lens=("kind", "mou"),
    )


def test_null_rounds_report_no_division_and_no_false_common_position(null_rounds):
    divided = _rate([bool(s["common_response"]["divisions"]) for _, s in null_rounds])
    false_common = _rate([_false_common(r, s) for r, s in null_rounds])
    opinion = _rate([s["opinion_groups"]["shown"] for _, s in null_rounds])
    report(
        CALIBRATION,
        f"null rounds ({len(null_rounds)}): any division {divided:.1%}, "
        f"a common position truly below 60% {false_common:.1%}, opinion groups shown {opinion:.1%}",
    )
    assert len(null_rounds) >= 200
    assert divided <= 0.05
    assert false_common <= 0.05
    assert opinion <= 0.05


def _found_common(summary: dict) -> bool:
    return any(
        (p["question"], p["stance"], p["option"]) == PLANTED_COMMON
        for p in summary["common_response"]["common"]
    )


def _found_division(summary: dict) -> bool:
    """The planted division, between the kinds."""
    return any(
        d["question"] == PLANTED_DIVISION and any(s["grouping"] == "kind" for s in d["splits"])
        for d in summary["common_response"]["divisions"]
    )


def test_planted_commons_and_divisions_are_found(planted_rounds):
    common = _rate([_found_common(s) for _, s in planted_rounds])
    divided = _rate([_found_division(s) for _, s in planted_rounds])
    false_common = _rate([_false_common(r, s) for r, s in planted_rounds])
    false_division = _rate([_false_division(s) for _, s in planted_rounds])
    report(
        CALIBRATION,
        f"planted rounds ({len(planted_rounds)}): common found {common:.1%}, "
        f"division found {divided:.1%}, a common position truly below 60% {false_common:.1%}, "
        f"a division on another question {false_division:.1%}",
    )
    assert common >= 0.9
    assert divided >= 0.9
    assert false_common <= 0.05
    assert false_division <= 0.05


def _false_division(summary: dict) -> bool:
    """A division on a question where the kinds answer from one distribution."""
    return any(d["question"] != PLANTED_DIVISION for d in summary["common_response"]["divisions"])


def test_at_the_edge_of_what_counts_can_show_nothing_false_is_reported():
    """The issue's weakest planted truths (a common position at 80%, a 50-point division,
    24 to 60 networks so 8 or more a side): printed, not promised — docs/reference.md says why no
    rule can find 90% of them and still keep the null rounds' bounds — but nothing false
    may be reported while trying."""
    rounds = _analysed(
        synthetic_round(
            300_000 + seed, 24 + seed % 37, planted=True, common=0.80, division=(0.75, 0.25)
        )
        for seed in range(PLANTED_ROUNDS)
    )
    common = _rate([_found_common(s) for _, s in rounds])
    divided = _rate([_found_division(s) for _, s in rounds])
    false_common = _rate([_false_common(r, s) for r, s in rounds])
    false_division = _rate([_false_division(s) for _, s in rounds])
    report(
        CALIBRATION,
        f"edge rounds ({len(rounds)}, 24-60 networks, common at 80%, division of 50 points): "
        f"common found {common:.1%}, division found {divided:.1%} (not promised), "
        f"a common position truly below 60% {false_common:.1%}, "
        f"a division on another question {false_division:.1%}",
    )
    assert false_common <= 0.05
    assert false_division <= 0.05


def test_small_rounds_report_only_what_the_counts_support_and_mark_it_tentative(small_rounds):
    reported = [
        item
        for _, s in small_rounds
        for item in s["common_response"]["common"] + s["common_response"]["divisions"]
    ]
    false_common = _rate([_false_common(r, s) for r, s in small_rounds])
    null_divided = _rate(
        [bool(s["common_response"]["divisions"]) for r, s in small_rounds if not r.planted]
    )
    tests = sum(s["common_response"]["tests"]["count"] for _, s in small_rounds)
    report(
        CALIBRATION,
        f"small rounds ({len(small_rounds)}, 12 answers): {len(reported)} items reported, "
        f"all tentative: {all(item['tentative'] for item in reported)}, "
        f"a common position truly below 60% {false_common:.1%}, "
        f"a division where none is true {null_divided:.1%}, {tests} tests made",
    )
    assert all(item["tentative"] for item in reported)
    assert false_common <= 0.05
    assert null_divided <= 0.05
    assert tests >= SMALL_ROUNDS, "the small rounds make tests, or their bounds say nothing"
    for _, summary in small_rounds:
        for position in summary["common_response"]["common"]:
            assert position["interval"][0] > 0.6
        for division in summary["common_response"]["divisions"]:
            for split in division["splits"]:
                assert all(group["n"] >= 5 for group in split["groups"].values())
