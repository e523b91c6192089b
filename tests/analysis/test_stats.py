"""Known answers, computed by hand, for every question type, and the evidence behind the
common response checked against scipy and the textbook."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import beta, fisher_exact

from consult.analysis.evidence import benjamini_hochberg, gap_p_value, share_interval
from consult.analysis.stats import question_stats
from consult.questions.agreement import kendalls_w, tastle_wierman
from tests.analysis.helpers import column


def stats(key, values):
    col = column(key, values)
    return question_stats(col, np.ones(len(values), dtype=bool))


def test_single_choice_counts_shares_top_and_margin():
    result = stats("single", ["a", "a", "b", "a", None, "c"])
    assert result["n"] == 5
    assert result["counts"] == {"a": 3, "b": 1, "c": 1}
    assert result["shares"] == {"a": 0.6, "b": 0.2, "c": 0.2}
    assert (result["top"], result["margin"]) == ("a", 0.4)


def test_multi_choice_shares_are_of_respondents():
    result = stats("multi", [["a", "b"], ["a"], ["a", "c"], []])
    assert result["n"] == 4
    assert result["counts"] == {"a": 3, "b": 1, "c": 1}
    assert result["shares"] == {"a": 0.75, "b": 0.25, "c": 0.25}


def test_likert_distribution_mean_median_agreement_and_consensus():
    result = stats("likert", [5, 4, 4, 2, 1])
    assert result["distribution"] == {"1": 1, "2": 1, "3": 0, "4": 2, "5": 1}
    assert result["mean"] == 3.2 and result["median"] == 4
    assert (result["agree"], result["disagree"]) == (0.6, 0.4)
    # Tastle-Wierman by hand: mean 3.2, width 4; 1 + sum of p * log2(1 - |x - mean| / 4)
    expected = 1 + sum(
        p * np.log2(1 - abs(x - 3.2) / 4) for x, p in ((1, 0.2), (2, 0.2), (4, 0.4), (5, 0.2))
    )
    assert result["consensus"] == round(expected, 4)


def test_tastle_wierman_extremes():
    assert tastle_wierman(np.array([0, 0, 7, 0, 0])) == 1.0
    assert tastle_wierman(np.array([3, 0, 0, 0, 3])) == 0.0


def test_rating_agreement_is_above_and_below_the_middle_of_its_scale():
    result = stats("rating", [1, 2, 3, 4, 4])
    assert result["distribution"] == {"1": 1, "2": 1, "3": 1, "4": 2}
    assert (result["agree"], result["disagree"]) == (0.6, 0.4)


def test_number_quartiles_mean_total():
    result = stats("number", [1, 2, 3, 4, 100, None])
    assert result == {
        "n": 5,
        "min": 1.0,
        "q1": 2.0,
        "median": 3.0,
        "q3": 4.0,
        "max": 100.0,
        "mean": 22.0,
        "total": 110.0,
    }


def test_ranking_borda_mean_rank_first_share_and_kendalls_w():
    result = stats("ranking", [["a", "b", "c"], ["a", "c", "b"], ["b", "a", "c"]])
    assert result["borda"] == {"a": 5, "b": 3, "c": 1}
    assert result["mean_rank"] == {"a": round(4 / 3, 4), "b": 2.0, "c": round(8 / 3, 4)}
    assert result["first_share"] == {"a": round(2 / 3, 4), "b": round(1 / 3, 4), "c": 0.0}
    assert result["order"] == ["a", "b", "c"]
    # rank sums 4, 6, 8; mean 6; S = 8; W = 12·8 / (9·24)
    assert result["kendalls_w"] == round(96 / 216, 4)


@pytest.mark.parametrize(
    ("orders", "w"),
    [([[0, 1, 2]] * 4, 1.0), ([[0, 1, 2], [2, 1, 0]], 0.0)],
    ids=["unanimous", "opposite"],
)
def test_kendalls_w_bounds(orders, w):
    assert kendalls_w(np.array(orders)) == w


def test_statement_counts_and_agree_share_among_those_taking_a_side():
    result = stats("statement", ["agree", "agree", "disagree", "pass", "pass"])
    assert result == {"n": 5, "agree": 2, "disagree": 1, "pass": 2, "agree_share": round(2 / 3, 4)}


def test_a_question_nobody_answered_has_empty_statistics():
    assert stats("likert", [None, None])["mean"] is None
    assert stats("single", [None])["top"] is None
    assert stats("statement", [None])["agree_share"] is None


@pytest.mark.parametrize(
    ("key", "values", "answered"),
    [
        ("likert", [True, "3", [4], {"a": 1}, 9, 0, 2], 1),
        ("single", [["a"], {"b": 1}, 3, "z", "a"], 1),
        ("multi", [[["a"]], "a", [{"x": 1}], ["a", "z"], []], 2),
        ("ranking", [["a", "a", "b"], ["a", "b"], "abc", [["a"], "b", "c"], ["c", "b", "a"]], 1),
        ("number", [True, "7", [1], None, 2.5], 1),
    ],
)
def test_values_of_the_wrong_shape_count_as_unanswered(key, values, answered):
    assert stats(key, values)["n"] == answered


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 400).flatmap(lambda n_a: st.tuples(st.integers(0, n_a), st.just(n_a))),
    st.integers(1, 400).flatmap(lambda n_b: st.tuples(st.integers(0, n_b), st.just(n_b))),
)
def test_the_gap_test_is_fishers_exact_test(first, second):
    (held_a, n_a), (held_b, n_b) = first, second
    expected = fisher_exact([[held_a, n_a - held_a], [held_b, n_b - held_b]]).pvalue
    assert gap_p_value(first, second) == pytest.approx(expected, rel=1e-6, abs=1e-12)


def test_benjamini_hochberg_matches_the_textbook_example():
    # Benjamini & Hochberg (1995), 15 p-values: the first four are declared at q = 0.05.
    p_values = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459,
                0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0]  # fmt: skip
    q_values = benjamini_hochberg(p_values)
    assert [q <= 0.05 for q in q_values] == [True] * 4 + [False] * 11


def test_the_share_interval_is_jeffreys():
    low, high = share_interval(9, 12, 0.95)
    assert low == pytest.approx(beta.ppf(0.025, 9.5, 3.5)) and high == pytest.approx(
        beta.ppf(0.975, 9.5, 3.5)
    )
    assert share_interval(12, 12, 0.95)[1] == 1.0 and share_interval(0, 12, 0.95)[0] == 0.0
