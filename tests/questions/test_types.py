"""Each question type, through every hook the layers above call."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from jinja2 import Environment, FunctionLoader
from werkzeug.datastructures import MultiDict

from consult.domain.response_checks import check_answers
from consult.questions import QUESTION_TYPES, question_type
from consult.questions.base import field_name
from consult.texts import t
from consult.web.forms import answers_from_form, form_values, widget_source

BILINGUAL = {"en": "Which?", "km": "មួយណា?"}
OPTIONS = [
    {"key": "a", "text": {"en": "Alpha", "km": "អាល់ហ្វា"}},
    {"key": "b", "text": {"en": "Beta", "km": "បេតា"}},
]
# A question of every type and an answer to it, as the API takes it.
EXAMPLES: dict[str, tuple[dict[str, Any], Any]] = {
    "single_choice": ({"options": OPTIONS}, "b"),
    "multi_choice": ({"options": OPTIONS}, ["a", "b"]),
    "likert": ({}, 4),
    "rating": ({"scale": 7}, 6),
    "number": ({"min": 0, "max": 100}, 42),
    "text": ({"max_length": 100}, "More training"),
    "ranking": ({"options": OPTIONS}, ["b", "a"]),
    "statement": ({}, "disagree"),
}
WRONG = {
    "single_choice": ("c", "not_an_option", {"value": "'c'"}),
    "multi_choice": (["a", "a"], "chosen_twice", {}),
    "likert": (6, "likert", {}),
    "rating": (8, "rating", {"scale": 7}),
    "number": (101, "above_max", {"bound": 100}),
    "text": ("x" * 101, "too_long", {"limit": 100, "given": 101}),
    "ranking": (["a"], "rank_every", {}),
    "statement": ("maybe", "statement", {}),
}


def question_of(kind: str) -> dict[str, Any]:
    settings, _ = EXAMPLES[kind]
    return {"key": "q", "type": kind, "text": BILINGUAL, "required": True, **settings}


def render_widget(kind: str, question: dict[str, Any], values: dict[str, Any]) -> str:
    env = Environment(loader=FunctionLoader(widget_source), autoescape=True)
    env.globals.update(t=t, field_name=field_name)
    localized = {
        **question,
        "text": question["text"]["en"],
        "options": [
            {"key": o["key"], "text": o["text"]["en"]} for o in question.get("options", [])
        ],
    }
    return env.get_template(f"question/{kind}.html").render(
        q=localized, name=field_name("q"), values=values, language="en"
    )


def test_every_type_has_an_example_and_the_registry_names_them_all():
    assert set(QUESTION_TYPES) == set(EXAMPLES) == set(WRONG)
    assert all(question_type(name).name == name for name in QUESTION_TYPES)


@pytest.mark.parametrize("kind", EXAMPLES)
def test_an_answer_is_accepted_and_a_wrong_one_refused_in_both_languages(kind):
    question, (_, answer) = question_of(kind), EXAMPLES[kind]
    assert check_answers([question], {"q": answer}, complete=True) == {}
    wrong, key, values = WRONG[kind]
    for language in ("en", "km"):
        refused = check_answers([question], {"q": wrong}, complete=True, language=language)
        assert refused == {"q": [t(key, language, **values)]}


@pytest.mark.parametrize("kind", EXAMPLES)
def test_the_form_gives_back_the_answer_its_controls_show(kind):
    question, (_, answer) = question_of(kind), EXAMPLES[kind]
    shown = form_values([question], {"q": answer})
    form = MultiDict([(name, value) for name, values in shown.items() for value in
                      (values if isinstance(values, list) else [values])])  # fmt: skip
    assert answers_from_form([question], form, "en") == ({"q": answer}, {})


@pytest.mark.parametrize("kind", EXAMPLES)
def test_the_widget_shows_the_saved_answer(kind):
    question, (_, answer) = question_of(kind), EXAMPLES[kind]
    html = render_widget(kind, question, form_values([question], {"q": answer}))
    assert 'name="q.q' in html
    shown = {"multi_choice": "checked", "ranking": "selected", "number": 'value="42"',
             "text": "More training"}.get(kind, "checked")  # fmt: skip
    assert shown in html


@pytest.mark.parametrize("kind", EXAMPLES)
def test_columns_statistics_and_mail_wording_agree_on_an_answer(kind):
    kind_of = question_type(kind)
    question, (_, answer) = question_of(kind), EXAMPLES[kind]
    column = kind_of.column(question, [answer, None])
    stats = kind_of.statistics(column, np.array([True, True]))
    assert stats["n"] == 1
    features = kind_of.features(column)
    assert features is None or features.shape[0] == 2
    assert kind_of.answer_text(question, answer, "en")
    assert all(stance.answered.tolist() == [True, False] for stance in kind_of.stances(column))


def test_mail_wording_uses_option_texts_scale_words_and_ranks():
    wording = {
        kind: question_type(kind).answer_text(question_of(kind), EXAMPLES[kind][1], "en")
        for kind in ("single_choice", "multi_choice", "ranking", "likert", "statement")
    }
    assert wording == {
        "single_choice": "Beta",
        "multi_choice": "Alpha, Beta",
        "ranking": "1. Beta, 2. Alpha",
        "likert": "4 (Agree)",
        "statement": "Disagree",
    }


def test_export_cells_label_choices_and_keep_scales_as_numbers():
    cells = {
        kind: question_type(kind).export_cells(question_of(kind), "en")
        for kind in ("single_choice", "ranking", "likert")
    }
    assert [cell.cell({"q": "b"}) for cell in cells["single_choice"]] == ["Beta"]
    assert [(c.label, c.cell({"q": ["b", "a"]})) for c in cells["ranking"]] == [
        ("Which? — Alpha", 2),
        ("Which? — Beta", 1),
    ]
    assert [(c.kind, c.cell({"q": 4})) for c in cells["likert"]] == [("number", 4)]
