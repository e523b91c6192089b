"""Adding a question type is one module: a type defined here, registered for the test,
flows through the questionnaire schema, answer checks, analysis, export, mail and form."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pytest
from werkzeug.datastructures import MultiDict

from consult.analysis.columns import Respondent, build_columns
from consult.analysis.groups import answer_vectors
from consult.analysis.positions import measures, positions
from consult.analysis.stats import question_stats
from consult.domain.exports import question_columns, questions_sheet
from consult.domain.response_checks import check_answers
from consult.mail.compose import answer_text
from consult.questions import QUESTION_TYPES
from consult.questions.arrays import MISSING, Column, codes_of, shares
from consult.questions.base import RADIO_BUTTONS, Problem, Question, QuestionType, Stance
from consult.schemas.questionnaire import Questionnaire
from consult.web.forms import answers_from_form
from tests.questions.test_types import render_widget

ANSWERS = ("yes", "no")
WORDS = {"yes": {"en": "Yes", "km": "បាទ/ចាស"}, "no": {"en": "No", "km": "ទេ"}}


class YesNo(QuestionType):
    """The whole of a new type: what a `consult/questions/yes_no.py` would hold."""

    name = "yes_no"
    widget = '{% set choices = ["yes", "no"] %}{% set labels = ["Yes", "No"] %}' + RADIO_BUTTONS

    def problem(self, question: Question, value: Any) -> Problem | None:
        return None if value in ANSWERS else ("choose_one", {})

    def categories(self, question: Mapping[str, Any]) -> list[str]:
        return list(ANSWERS)

    def column(self, question: Question, values: list[Any]) -> Column:
        return Column(question, list(ANSWERS), codes=codes_of(values, {"yes": 0, "no": 1}))

    def statistics(self, column: Column, rows: np.ndarray) -> dict[str, Any]:
        codes = column.codes[rows]  # type: ignore[index]
        answered = codes[codes != MISSING]
        return shares(column.categories, np.bincount(answered, minlength=2), len(answered))

    def features(self, column: Column) -> np.ndarray:
        codes = column.codes  # type: ignore[union-attr]
        return np.select([codes == 0, codes == 1], [1.0, -1.0], 0.0)[:, None]

    def stances(self, column: Column) -> list[Stance]:
        codes = column.codes
        assert codes is not None
        answered = codes != MISSING
        return [Stance("agree", None, codes == 0, answered)]

    def answer_labels(self, question: Mapping[str, Any], language: str) -> dict[Any, str]:
        return {answer: WORDS[answer][language] for answer in ANSWERS}

    def answer_text(self, question: Mapping[str, Any], answer: Any, language: str) -> str:
        return WORDS[answer][language]


QUESTION = {"key": "mou", "type": "yes_no", "text": {"en": "An MoU?", "km": "MoU?"}}


@pytest.fixture(autouse=True)
def yes_no(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(QUESTION_TYPES, "yes_no", YesNo())


def test_a_new_type_is_accepted_in_a_questionnaire_and_its_answers_checked():
    loaded = Questionnaire().deserialize([QUESTION])
    assert loaded[0]["type"] == "yes_no"
    assert check_answers(loaded, {"mou": "yes"}, complete=True) == {}
    assert check_answers(loaded, {"mou": "maybe"}, complete=True) == {"mou": ["Choose one option."]}


def test_a_new_type_is_analysed_grouped_and_positioned():
    respondents = [
        Respondent(i, "umbrella", True, {"mou": answer})
        for i, answer in enumerate(["yes", "yes", "no", None])
    ]
    (column,) = build_columns([QUESTION], respondents)
    stats = question_stats(column, np.ones(4, dtype=bool))
    assert (stats["n"], stats["counts"], stats["top"]) == (3, {"yes": 2, "no": 1}, "yes")
    assert answer_vectors([column]).ravel().tolist() == [1.0, 1.0, -1.0, 0.0]
    (held,) = positions([column])
    assert (held.stance, int(held.held.sum())) == ("agree", 2)
    assert len(measures([column])) == 1


def test_a_new_type_is_exported_worded_in_mail_and_answered_on_the_form():
    (cell,) = question_columns([QUESTION], "en")
    assert (cell.heading.label, cell.cell({"mou": "no"})) == ("An MoU?", "no")
    sheet = list(questions_sheet([QUESTION], "en").rows)
    assert [row[4:] for row in sheet] == [["yes", "Yes", "បាទ/ចាស"], ["no", "No", "ទេ"]]
    assert answer_text(QUESTION, "yes", "km") == "បាទ/ចាស"
    form = MultiDict([("q.mou", "no")])
    assert answers_from_form([QUESTION], form, "en") == ({"mou": "no"}, {})
    assert 'value="no" checked' in render_widget("yes_no", QUESTION, {"q.q": "no"})
