"""Which answers the questionnaire accepts: check_answers on the sample round's questions.

The API test (tests/api/test_answer_input.py) sends a few of these over HTTP to show that a
refusal comes back as a 422 naming `answers.<question>`; the table itself is checked here.
"""

from __future__ import annotations

import pytest

from consult.domain.response_checks import check_answers
from tests.conftest import SAMPLE_ANSWERS
from tests.factories import sample_questionnaire

QUESTIONNAIRE = sample_questionnaire()

# (id, answers changed from the sample, whether it is a submission, the question refused)
BAD_ANSWERS = [
    ("likert-as-text", {"coop_level": "4"}, True, "coop_level"),
    ("likert-six", {"coop_level": 6}, True, "coop_level"),
    ("likert-bool", {"coop_level": True}, True, "coop_level"),
    ("number-bool", {"members": True}, True, "members"),
    ("number-below-min", {"members": -1}, True, "members"),
    ("number-above-max", {"members": 1001}, True, "members"),
    ("number-as-text", {"members": "forty"}, False, "members"),
    ("text-too-long", {"challenges": "x" * 4001}, True, "challenges"),
    ("text-a-number", {"challenges": 7}, False, "challenges"),
    ("text-with-nul", {"challenges": "a\x00b"}, False, "challenges"),
    ("multi-unknown-option", {"collab_areas": ["sports"]}, True, "collab_areas"),
    ("multi-duplicate", {"collab_areas": ["technical", "technical"]}, True, "collab_areas"),
    ("multi-not-a-list", {"collab_areas": "technical"}, True, "collab_areas"),
    ("single-unknown-option", {"mechanism": "referendum"}, True, "mechanism"),
    ("single-given-a-list", {"mechanism": ["mou"]}, True, "mechanism"),
    ("ranking-duplicate", {"priorities": ["funding", "funding", "space"]}, True, "priorities"),
    ("ranking-missing-one", {"priorities": ["funding", "space"]}, True, "priorities"),
    (
        "ranking-unknown-option",
        {"priorities": ["funding", "space", "weather"]},
        True,
        "priorities",
    ),
    ("statement-maybe", {"donor_role": "maybe"}, True, "donor_role"),
    ("unknown-question", {"favourite_colour": "blue"}, False, "favourite_colour"),
]


@pytest.mark.parametrize(
    ("changes", "complete", "refused"),
    [case[1:] for case in BAD_ANSWERS],
    ids=[case[0] for case in BAD_ANSWERS],
)
def test_a_bad_answer_is_refused_naming_only_its_question(changes, complete, refused):
    answers = {**SAMPLE_ANSWERS, **changes} if complete else changes
    errors = check_answers(QUESTIONNAIRE, answers, complete=complete)
    assert set(errors) == {refused}, errors
    assert all(isinstance(message, str) and message for message in errors[refused])


def test_the_sample_answers_are_accepted_as_a_submission():
    assert check_answers(QUESTIONNAIRE, SAMPLE_ANSWERS, complete=True) == {}


def test_a_submission_must_answer_every_required_question():
    errors = check_answers(QUESTIONNAIRE, {"coop_level": 3}, complete=True)
    assert "members" in errors
    assert "coop_level" not in errors


def test_a_draft_may_leave_questions_out_and_blank_them():
    assert check_answers(QUESTIONNAIRE, {"members": 9}, complete=False) == {}
    assert check_answers(QUESTIONNAIRE, {"members": None}, complete=False) == {}


def test_the_problem_is_told_in_the_networks_language():
    english = check_answers(QUESTIONNAIRE, {"coop_level": 6}, complete=False)
    khmer = check_answers(QUESTIONNAIRE, {"coop_level": 6}, complete=False, language="km")
    assert english["coop_level"] != khmer["coop_level"]
