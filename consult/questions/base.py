"""What a question type is: every place a type of question matters, as one class.

A type module subclasses `QuestionType` and overrides what differs for its type; the
defaults here are what a question with one plain answer (a number, a text) does. Nothing
here knows Flask, the database or `analysis/`: every layer above asks the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Literal, NamedTuple, Protocol, TypeVar

import numpy as np

from consult.questions.agreement import tastle_wierman
from consult.questions.arrays import MISSING, Column, codes_of, number
from consult.texts import pick

# A reason an answer is refused: a message key of consult.texts and its values.
Problem = tuple[str, dict[str, Any]]
Question = dict[str, Any]
# What an export column holds, so a spreadsheet can give it a width and a number format.
Kind = Literal["id", "number", "datetime", "short", "text"]
Labels = Literal["en", "km", "keys"]
# Shared by the form widgets that are a row of radio buttons: set `choices` and `labels`
# (the value and the text of each button) before including it.
RADIO_BUTTONS = (
    "{% for choice in choices %}"
    '<label class="opt"><input type="radio" name="{{ name }}" value="{{ choice }}"'
    "{% if values.get(name) == choice %} checked{% endif %}>{{ labels[loop.index0] }}</label>\n"
    "{% endfor %}"
)


class Stance(NamedTuple):
    """One yes/no per network on a question: whether it holds `stance` (on `option`)."""

    stance: str
    option: Mapping[str, Any] | None
    held: np.ndarray
    answered: np.ndarray
    order: tuple[str, ...] = ()  # a ranking's overall order, by Borda points


class ExportCell(NamedTuple):
    """A column of the responses export: its key, its header, what it holds, and its cell."""

    key: str
    label: str
    kind: Kind
    cell: Callable[[Mapping[str, Any]], Any]


class FormData(Protocol):
    """The submitted form, as werkzeug's MultiDict gives it."""

    def get(self, key: str, default: str, /) -> str: ...
    def getlist(self, key: str) -> list[str]: ...


class HasStance(Protocol):
    @property
    def stance(self) -> str: ...
    @property
    def answered(self) -> np.ndarray: ...


Held = TypeVar("Held", bound=HasStance)


def field_name(question_key: str, option_key: str | None = None) -> str:
    """The name of a form control: one per question, or one per option of a ranking."""
    return f"q.{question_key}" if option_key is None else f"q.{question_key}.{option_key}"


def is_blank(value: Any) -> bool:
    return value is None or value == "" or value == []


class QuestionType:
    """The behaviour of one type of question, from its definition to the form and the mail."""

    name: ClassVar[str]
    # Settings a question of this type accepts beyond key, type, text, help and required.
    settings: ClassVar[frozenset[str]] = frozenset()
    # The form control, as Jinja source; it sees `q` (the question in the reader's
    # language), `name` (its field), `values` (what the controls show), `t` and `language`.
    widget: ClassVar[str]
    export_kind: ClassVar[Kind] = "short"

    # The definition, as staff send it (schemas/questionnaire.py)

    def definition_errors(self, question: Question) -> dict[str, list[str]]:
        """Problems of a question's definition beyond the fields' own checks."""
        return {}

    def with_defaults(self, question: Question) -> None:
        """Fill in the settings a question of this type may leave out."""

    # An answer (domain/response_checks.py)

    def problem(self, question: Question, value: Any) -> Problem | None:
        """Why `value` is not an answer to `question`, or None if it is one."""
        raise NotImplementedError

    # Analysis (analysis/): pure numpy over every respondent's answer

    def categories(self, question: Mapping[str, Any]) -> list[str]:
        """The answers counted one by one: options, positions or points; none for the rest."""
        return []

    def column(self, question: Question, values: list[Any]) -> Column:
        """Every respondent's answer as arrays; a value of the wrong type is unanswered."""
        raise NotImplementedError

    def statistics(self, column: Column, rows: np.ndarray) -> dict[str, Any]:
        """The statistics of `column` over the respondents where `rows` is True."""
        raise NotImplementedError

    def features(self, column: Column) -> np.ndarray | None:
        """Respondents by features for opinion groups; None if the type gives none."""
        return None

    def stances(self, column: Column) -> list[Stance]:
        """Every position a network can hold on the question, in order."""
        return []

    def leading(self, candidates: Sequence[Held], counts: Sequence[int]) -> list[Held]:
        """The positions the common response states: the most held one (ties: the first)."""
        return [candidates[int(np.argmax(counts))]]

    def measures(self, candidates: Sequence[Held]) -> list[Held]:
        """The positions divisions between groups are tested on."""
        return list(candidates)

    # The responses export (domain/exports.py)

    def answer_labels(self, question: Mapping[str, Any], language: str) -> dict[Any, str]:
        """What a reader calls each answer the question takes (the Questions sheet)."""
        return {
            option["key"]: pick(option["text"], language) for option in question.get("options", [])
        }

    def export_cells(self, question: Mapping[str, Any], labels: Labels) -> list[ExportCell]:
        """The export's columns for the question: by default one, holding the answer."""
        key = question["key"]
        title = key if labels == "keys" else pick(question["text"], labels)
        names = self.cell_labels(question, labels)
        return [
            ExportCell(
                key,
                title,
                self.export_kind,
                lambda answers: names.get(answers.get(key), answers.get(key)),
            )
        ]

    def cell_labels(self, question: Mapping[str, Any], labels: Labels) -> dict[Any, str]:
        """How an answer is shown in its cell: as itself, unless a type names its answers."""
        return {}

    # Mail (mail/compose.py)

    def answer_text(self, question: Mapping[str, Any], answer: Any, language: str) -> str:
        """A given answer as a person reads it in a mail."""
        return str(answer)

    # The web form (web/forms.py)

    def from_form(
        self, question: Mapping[str, Any], form: FormData, language: str
    ) -> tuple[Any, str | None]:
        """The answer the form holds (None if none) and a problem of form, if any.

        Values are passed on as typed as the form allows so that the same checks as the
        API's decide, with the same messages.
        """
        raw = form.get(field_name(question["key"]), "").strip()
        return (self.typed(raw) if raw else None), None

    def typed(self, raw: str) -> Any:
        """A typed-in value as the answer it stands for; as typed if it stands for none."""
        return raw

    def form_values(self, question: Mapping[str, Any], answer: Any) -> dict[str, Any]:
        """What the form controls show for a saved answer: the inverse of `from_form`."""
        return {field_name(question["key"]): str(answer)}

    def raw_values(self, question: Mapping[str, Any], form: FormData) -> dict[str, Any]:
        """What the person typed, shown back as typed when the form returns with errors."""
        name = field_name(question["key"])
        return {name: form.get(name, "")}


def option_keys(question: Mapping[str, Any]) -> list[str]:
    return [option["key"] for option in question.get("options", [])]


class WithOptions(QuestionType):
    """A type answered from the question's own options: it must list at least two, once."""

    settings: ClassVar[frozenset[str]] = frozenset({"options"})

    def definition_errors(self, question: Question) -> dict[str, list[str]]:
        keys = option_keys(question)
        if "options" not in question:
            return {"options": [f"A {self.name} question needs at least 2 options."]}
        if len(set(keys)) != len(keys):
            return {"options": ["Two options have the same key."]}
        return {}

    def categories(self, question: Mapping[str, Any]) -> list[str]:
        return [option["key"] for option in question["options"]]

    def option_texts(self, question: Mapping[str, Any], language: str) -> dict[str, str]:
        return {o["key"]: pick(o["text"], language) for o in question.get("options", [])}

    def option_columns(
        self, question: Mapping[str, Any], labels: Labels
    ) -> list[tuple[str, str, str]]:
        """(column key, header, option key) of each option's own export column, for the
        types that give every option one: headed "Question — Option"."""
        key = question["key"]
        title = key if labels == "keys" else pick(question["text"], labels)
        columns = []
        for option in question["options"]:
            column = f"{key}:{option['key']}"
            header = column if labels == "keys" else f"{title} — {pick(option['text'], labels)}"
            columns.append((column, header, option["key"]))
        return columns


def agree_only(candidates: Sequence[Held]) -> list[Held]:
    """Divisions on a scale or statement are tested on agreement alone."""
    return [candidate for candidate in candidates if candidate.stance == "agree"]


def whole_number(raw: str) -> int | None:
    """A whole number typed in ASCII or Khmer digits ("១២" is 12); None for anything else,
    superscripts and numbers too long to be an answer included."""
    return int(raw) if raw.isdecimal() and len(raw) <= 9 else None


def whole_number_in(value: Any, low: int, high: int) -> bool:
    """Whether `value` is an int from low to high (True is not 1 here)."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


class Scale(QuestionType):
    """Points 1..n on a scale from disagreement to agreement: a likert or a rating."""

    export_kind: ClassVar[Kind] = "number"

    def column(self, question: Question, values: list[Any]) -> Column:
        categories = self.categories(question)
        index = {i + 1: i for i in range(len(categories))}
        return Column(question, categories, codes=codes_of(values, index, numeric=True))

    def statistics(self, column: Column, rows: np.ndarray) -> dict[str, Any]:
        assert column.codes is not None
        codes = column.codes[rows]
        answered = codes[codes != MISSING]
        size = len(column.categories)
        counts = np.bincount(answered, minlength=size)
        n = len(answered)
        points = np.arange(1, size + 1)
        middle = (size + 1) / 2
        return {
            "n": n,
            "distribution": {
                category: int(counts[i]) for i, category in enumerate(column.categories)
            },
            "mean": number((points * counts).sum() / n) if n else None,
            "median": number(_median_of_counts(points, counts)) if n else None,
            "agree": number(counts[points > middle].sum() / n) if n else None,
            "disagree": number(counts[points < middle].sum() / n) if n else None,
            "consensus": number(tastle_wierman(counts)),
        }

    def features(self, column: Column) -> np.ndarray:
        """-1 (the lowest point) to 1 (the highest), 0 for the middle and for no answer."""
        assert column.codes is not None
        codes = column.codes.astype(np.float64)
        middle = (len(column.categories) - 1) / 2
        scaled = np.where(codes == MISSING, 0.0, (codes - middle) / middle)
        return scaled[:, None]

    def stances(self, column: Column) -> list[Stance]:
        codes = column.codes
        assert codes is not None
        answered = codes != MISSING
        middle = (len(column.categories) - 1) / 2
        agree, disagree = answered & (codes > middle), answered & (codes < middle)
        return [
            Stance("agree", None, agree, answered),
            Stance("disagree", None, disagree, answered),
        ]

    def measures(self, candidates: Sequence[Held]) -> list[Held]:
        return agree_only(candidates)

    def typed(self, raw: str) -> Any:
        whole = whole_number(raw)
        return raw if whole is None else whole


def _median_of_counts(points: np.ndarray, counts: np.ndarray) -> float:
    """The median of a distribution given as counts per point, without sorting the answers."""
    n = int(counts.sum())
    cumulative = np.cumsum(counts)
    low = points[np.searchsorted(cumulative, (n - 1) // 2, side="right")]
    high = points[np.searchsorted(cumulative, n // 2, side="right")]
    return float((low + high) / 2)
