"""Properties of the analysis that hold for any answers (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from consult.analysis.columns import Respondent
from consult.analysis.summary import AnalysisSettings, summarize
from tests.analysis.helpers import OPTIONS, QUESTIONS

KEYS = [option["key"] for option in OPTIONS]
QUESTIONNAIRE = [QUESTIONS[key] for key in ("single", "multi", "likert", "ranking", "statement")]
NO_THEMES = AnalysisSettings(with_themes=False)

answers = st.fixed_dictionaries(
    {},
    optional={
        "single": st.sampled_from(KEYS),
        "multi": st.lists(st.sampled_from(KEYS), unique=True, max_size=3),
        "likert": st.integers(1, 5),
        "ranking": st.permutations(KEYS),
        "statement": st.sampled_from(["agree", "disagree", "pass"]),
    },
)
respondents = st.lists(
    st.tuples(answers, st.sampled_from(["umbrella", "provincial"]), st.booleans()),
    min_size=1,
    max_size=30,
).map(
    lambda rows: [
        Respondent(i + 1, kind, mou, dict(given)) for i, (given, kind, mou) in enumerate(rows)
    ]
)


def question(summary, key):
    return next(q for q in summary["questions"] if q["key"] == key)


@settings(max_examples=60, deadline=None)
@given(respondents)
def test_shares_of_a_single_choice_sum_to_one(people):
    stats = question(summarize(QUESTIONNAIRE, people, invited=30, settings=NO_THEMES), "single")
    if stats["stats"]["n"]:
        assert abs(sum(stats["stats"]["shares"].values()) - 1) < 1e-3


@settings(max_examples=40, deadline=None)
@given(respondents, st.randoms(use_true_random=False))
def test_the_order_of_networks_changes_nothing(people, random):
    shuffled = list(people)
    random.shuffle(shuffled)
    first = summarize(QUESTIONNAIRE, people, invited=30, settings=NO_THEMES)
    second = summarize(QUESTIONNAIRE, shuffled, invited=30, settings=NO_THEMES)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


@settings(max_examples=40, deadline=None)
@given(respondents)
def test_an_identical_copy_of_the_answers_changes_no_share(people):
    copies = [
        Respondent(person.network_id + 1000, person.kind, person.mou, person.answers)
        for person in people
    ]
    once = summarize(QUESTIONNAIRE, people, invited=30, settings=NO_THEMES)
    twice = summarize(QUESTIONNAIRE, people + copies, invited=60, settings=NO_THEMES)
    for key in ("single", "multi"):
        assert question(once, key)["stats"]["shares"] == question(twice, key)["stats"]["shares"]
    for measure in ("agree", "disagree", "mean"):
        assert (
            question(once, "likert")["stats"][measure]
            == question(twice, "likert")["stats"][measure]
        )
    assert (
        question(once, "ranking")["stats"]["first_share"]
        == question(twice, "ranking")["stats"]["first_share"]
    )


@settings(max_examples=30, deadline=None)
@given(respondents)
def test_the_same_answers_give_a_byte_identical_summary(people):
    first = json.dumps(summarize(QUESTIONNAIRE, people, invited=30), sort_keys=True)
    assert first == json.dumps(summarize(QUESTIONNAIRE, people, invited=30), sort_keys=True)
