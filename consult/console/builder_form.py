"""The round builder's form: what staff typed, the change a button asks for, the API body it
makes, and the export column codes it fills in from the English text.

Everything lives in the form itself (no draft on the server until Save): the questions that
are not open for editing travel as hidden fields, so a refused save or a move keeps every
word typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from werkzeug.datastructures import MultiDict

from consult.console.forms import Errors
from consult.models import Round
from consult.questions import QUESTION_TYPES
from consult.schemas.questionnaire import question_name
from consult.texts import LANGUAGES, t
from consult.texts.times import input_value, with_zone

# Settings typed as numbers; the schema reads them (and says what is wrong with them).
NUMBER_SETTINGS = ("scale", "min", "max", "min_picks", "max_picks", "max_length")
QUESTION_FIELD = re.compile(r"^questions\.(\d+)\.type$")
OPTION_FIELD = re.compile(r"^questions\.(\d+)\.options\.(\d+)\.key$")
# Words that say little in a column code: "Young people are heard in planning" makes
# young_people_heard_planning.
LITTLE_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "is", "are", "be"}
    | {"by", "with", "what", "which", "who", "how", "do", "does", "our", "your", "their"}
    | {"its", "this", "that", "these", "those"}
)
CODE_WORDS = 4
CODE_LENGTH = 40


def _pair(form: MultiDict[str, str], name: str) -> dict[str, str]:
    return {code: form.get(f"{name}.{code}", "") for code in LANGUAGES}


def _blank_pair() -> dict[str, str]:
    return dict.fromkeys(LANGUAGES, "")


def column_code(english: str, taken: set[str], fallback: str) -> str:
    """An export column code made from the English text, as the schema's key rule wants it
    (ASCII lower case, digits and _, starting with a letter), not one of `taken`.

    Staff think in questions, not codes: a Khmer-only text or one with no Latin letter gets
    `fallback` (q1, o2, ...) instead.
    """
    plain = unicodedata.normalize("NFKD", english).encode("ascii", "ignore").decode().lower()
    words = [word for word in re.findall(r"[a-z0-9]+", plain) if word not in LITTLE_WORDS]
    code = "_".join(words[:CODE_WORDS])[:CODE_LENGTH].strip("_") or fallback
    if not code[0].isalpha():
        code = f"{fallback[0]}_{code}"
    found, number = code, 2
    while found in taken:
        found, number = f"{code}_{number}", number + 1
    return found


def _fill_codes(items: list[dict[str, Any]], prefix: str) -> None:
    """Give each item without a code one from its English text; a code once set is kept."""
    taken = {item["key"] for item in items if item["key"]}
    for place, item in enumerate(items, start=1):
        if not item["key"]:
            item["key"] = column_code(item["text"].get("en", ""), taken, f"{prefix}{place}")
            taken.add(item["key"])


def _new_option() -> dict[str, Any]:
    return {"key": "", "text": _blank_pair()}


def _fit_type(question: dict[str, Any]) -> None:
    """A question of a type with options starts with the two it needs at least."""
    kind = QUESTION_TYPES.get(question["type"])
    if kind and "options" in kind.settings:
        while len(question["options"]) < 2:
            question["options"].append(_new_option())


def _new_question(kind: str) -> dict[str, Any]:
    question: dict[str, Any] = {
        "key": "",
        "type": kind,
        "text": _blank_pair(),
        "help": _blank_pair(),
        "required": True,
        "options": [],
        "integer": False,
        **dict.fromkeys(NUMBER_SETTINGS, ""),
    }
    _fit_type(question)
    return question


def _moment(raw: str, zone: ZoneInfo) -> str | None:
    """A datetime-local value as the API takes it; an empty box is no date."""
    return with_zone(raw, zone) if raw.strip() else None


def _number_or_raw(raw: str) -> int | str:
    return int(raw) if raw.isdecimal() and len(raw) <= 9 else raw


def _place(raw: str) -> int | None:
    return int(raw) if raw.isdecimal() and len(raw) <= 4 else None


@dataclass
class Builder:
    """The builder's form as staff typed it: what the page shows, and the API body it makes.
    `open` is the place of the one question shown for editing (None: all are summaries)."""

    title: dict[str, str] = field(default_factory=_blank_pair)
    purpose: dict[str, str] = field(default_factory=_blank_pair)
    questions: list[dict[str, Any]] = field(default_factory=list)
    audience: dict[str, Any] = field(
        default_factory=lambda: {
            "way": "filter",
            "kinds": [],
            "provinces": [],
            "sectors": [],
            "mou": "",
            "network_ids": [],
        }
    )
    opens_at: str = ""
    closes_at: str = ""
    reminders: str = "7, 1"
    open: int | None = None

    @classmethod
    def of_round(cls, round_: Round, zone: ZoneInfo) -> Builder:
        audience = round_.audience
        way = (
            "all" if audience.get("all") else "networks" if "network_ids" in audience else "filter"
        )
        mou = audience.get("mou")
        questions = []
        for saved in round_.questionnaire:
            question = _new_question(saved["type"])
            question.update(
                key=saved["key"],
                text={**_blank_pair(), **saved["text"]},
                help={**_blank_pair(), **saved.get("help", {})},
                required=saved.get("required", True),
                integer=bool(saved.get("integer")),
                options=[
                    {"key": option["key"], "text": {**_blank_pair(), **option["text"]}}
                    for option in saved.get("options", [])
                ],
            )
            for name in NUMBER_SETTINGS:
                question[name] = "" if saved.get(name) is None else str(saved[name])
            questions.append(question)
        return cls(
            title={**_blank_pair(), **round_.title},
            purpose={**_blank_pair(), **round_.purpose},
            questions=questions,
            audience={
                "way": way,
                "kinds": list(audience.get("kinds", [])),
                "provinces": list(audience.get("provinces", [])),
                "sectors": list(audience.get("sectors", [])),
                "mou": "" if mou is None else ("yes" if mou else "no"),
                "network_ids": [str(n) for n in audience.get("network_ids", [])],
            },
            opens_at=input_value(round_.opens_at, zone),
            closes_at=input_value(round_.closes_at, zone),
            reminders=", ".join(str(day) for day in round_.reminders_days_before_close),
        )

    @classmethod
    def of_form(cls, form: MultiDict[str, str]) -> Builder:
        positions = sorted(int(m[1]) for name in form if (m := QUESTION_FIELD.match(name)))
        questions = []
        for position in positions:
            name = f"questions.{position}"
            question = _new_question(form.get(f"{name}.type", ""))
            option_places = sorted(
                int(m[2])
                for key in form
                if (m := OPTION_FIELD.match(key)) and int(m[1]) == position
            )
            question.update(
                key=form.get(f"{name}.key", "").strip(),
                text=_pair(form, f"{name}.text"),
                help=_pair(form, f"{name}.help"),
                required=f"{name}.required" in form,
                integer=f"{name}.integer" in form,
                options=[
                    {
                        "key": form.get(f"{name}.options.{place}.key", "").strip(),
                        "text": _pair(form, f"{name}.options.{place}.text"),
                    }
                    for place in option_places
                ],
            )
            for setting in NUMBER_SETTINGS:
                question[setting] = form.get(f"{name}.{setting}", "").strip()
            _fit_type(question)
            questions.append(question)
        opened = _place(form.get("open", ""))
        return cls(
            title=_pair(form, "title"),
            purpose=_pair(form, "purpose"),
            questions=questions,
            audience={
                "way": form.get("audience.way", ""),
                "kinds": form.getlist("audience.kinds"),
                "provinces": form.getlist("audience.provinces"),
                "sectors": form.getlist("audience.sectors"),
                "mou": form.get("audience.mou", ""),
                "network_ids": form.getlist("audience.network_ids"),
            },
            opens_at=form.get("opens_at", ""),
            closes_at=form.get("closes_at", ""),
            reminders=form.get("reminders_days_before_close", ""),
            open=opened if opened is not None and opened < len(questions) else None,
        )

    def apply(self, action: str, new_type: str) -> str:
        """Make the change a button asks for: open, add, move or remove a question or an
        option. The question open for editing stays open wherever it moves.

        Returns the id of the control to focus next, so that someone on a keyboard or a
        screen reader stays with the question they moved when the questions are put back.
        """
        verb, _, where = action.partition(".")
        places = [int(part) for part in where.split(".") if part.isdecimal()]
        questions = self.questions
        opened = questions[self.open] if self.open is not None else None
        if verb == "add" and new_type in QUESTION_TYPES:
            opened = acted = _new_question(new_type)
            questions.append(acted)
        elif places and places[0] < len(questions):
            at = places[0]
            acted = questions[at]
            if verb in ("up", "down", "remove"):
                _move(questions, at, verb)
            else:
                opened = acted  # edit, change the type, or work on its options
            if verb == "add_option":
                acted["options"].append(_new_option())
            elif verb.startswith("option_") and len(places) == 2:
                options = acted["options"]
                if places[1] < len(options):
                    _move(options, places[1], verb.removeprefix("option_"))
        else:
            return ""
        self.open = next((at for at, q in enumerate(questions) if q is opened), None)
        return self._focus(verb, next((at for at, q in enumerate(questions) if q is acted), None))

    def _focus(self, verb: str, place: int | None) -> str:
        if place is None:
            return "new_type"  # the question was removed
        if verb in ("up", "down"):
            last = len(self.questions) - 1
            if last == 0:
                return tool_id(f"remove.{place}")
            if (verb, place) in (("up", 0), ("down", last)):
                verb = "down" if verb == "up" else "up"  # that button is gone at the end
            return tool_id(f"{verb}.{place}")
        if verb == "add_option" or verb.startswith("option_"):
            return tool_id(f"add_option.{place}")
        return f"{anchor(f'questions.{place}.text')}-en"

    def fill_codes(self) -> None:
        """Export column codes for the questions and options that have none yet."""
        _fill_codes(self.questions, "q")
        for question in self.questions:
            _fill_codes(question["options"], "o")

    def audience_body(self) -> dict[str, Any]:
        chosen = self.audience
        if chosen["way"] == "all":
            return {"all": True}
        if chosen["way"] == "networks":
            picked = [_number_or_raw(raw) for raw in chosen["network_ids"]]
            return {"network_ids": picked} if picked else {}
        if chosen["way"] != "filter":
            return {}
        body: dict[str, Any] = {
            part: chosen[part] for part in ("kinds", "provinces", "sectors") if chosen[part]
        }
        if chosen["mou"] in ("yes", "no"):
            body["mou"] = chosen["mou"] == "yes"
        return body

    def body(self, zone: ZoneInfo) -> dict[str, Any]:
        """The round as the API's POST/PATCH body: what the same schema then checks."""
        days = [part for part in re.split(r"[\s,;]+", self.reminders.strip()) if part]
        return {
            "title": self.title,
            "purpose": self.purpose,
            "questions": [_question_body(question) for question in self.questions],
            "audience": self.audience_body(),
            "opens_at": _moment(self.opens_at, zone),
            "closes_at": _moment(self.closes_at, zone),
            "reminders_days_before_close": [_number_or_raw(day) for day in days],
        }


def _move(items: list[Any], at: int, verb: str) -> None:
    if verb == "remove":
        del items[at]
    elif verb == "up" and at > 0:
        items[at - 1], items[at] = items[at], items[at - 1]
    elif verb == "down" and at + 1 < len(items):
        items[at + 1], items[at] = items[at], items[at + 1]


def _question_body(question: dict[str, Any]) -> dict[str, Any]:
    """A question as the API takes it: the settings of its type, those staff filled in."""
    kind = QUESTION_TYPES.get(question["type"])
    settings = kind.settings if kind else frozenset()
    body: dict[str, Any] = {
        "key": question["key"],
        "type": question["type"],
        "text": question["text"],
        "required": question["required"],
    }
    if any(part.strip() for part in question["help"].values()):
        body["help"] = question["help"]
    if "options" in settings:
        body["options"] = [
            {"key": option["key"], "text": option["text"]} for option in question["options"]
        ]
    for name in NUMBER_SETTINGS:
        if name in settings and question[name]:
            body[name] = question[name]
    if "integer" in settings and question["integer"]:
        body["integer"] = True
    return body


def _paths(messages: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], list[str]]]:
    """marshmallow's nested messages as (path, messages) pairs."""
    if isinstance(messages, dict):
        found = []
        for name, inner in messages.items():
            found += _paths(inner, (*prefix, str(name)))
        return found
    if isinstance(messages, list) and all(isinstance(item, str) for item in messages):
        return [(prefix, messages)]
    return [(prefix, [str(messages)])]


def field_errors(messages: Any, questions: list[dict[str, Any]]) -> Errors:
    """The schema's or the domain's refusals, said already, by the builder's field names: a
    question, which the API's errors name by its key, becomes its place on the page
    (questions.2.text)."""
    places: dict[str, int] = {}
    for place, question in enumerate(questions):
        places.setdefault(question_name(question, place + 1), place)
    errors: Errors = {}
    for path, problems in _paths(messages):
        parts = list(path)
        if len(parts) == 1:
            parts = parts[0].split(".")  # a domain error names its field "audience.network_ids"
        if len(parts) > 1 and parts[0] == "questions" and parts[1] in places:
            parts[1] = str(places[parts[1]])
        if parts and parts[-1] == "_schema":
            parts.pop()
        if len(parts) > 1 and parts[-1].isdecimal() and parts[-2] not in ("questions", "options"):
            parts.pop()  # an item of a list typed in one field: reminders_days_before_close.1
        errors.setdefault(".".join(parts) or "_form", []).extend(problems)
    return errors


# What each field is called where the error summary names it.
FIELD_LABELS = {
    "title": "builder_title",
    "purpose": "builder_purpose",
    "questions": "builder_questions",
    "audience": "builder_audience",
    "opens_at": "builder_opens",
    "closes_at": "builder_closes",
    "reminders_days_before_close": "builder_reminders",
    "event_id": "builder_event",
    "text": "builder_text",
    "help": "builder_help",
    "key": "builder_key",
    "type": "builder_type",
    "options": "builder_options",
    "kinds": "builder_kinds",
    "provinces": "builder_provinces",
    "sectors": "builder_sectors",
    "mou": "builder_mou",
    "network_ids": "builder_way_networks",
    **{name: f"builder_{name}" for name in (*NUMBER_SETTINGS, "integer", "required")},
}


def where(path: str, language: str) -> str:
    """A field of the builder as a person names it: "Question 3, option 2, export column
    code"; a part with no label is left out rather than shown as the API names it."""
    parts = path.split(".")
    said = []
    if parts[0] == "questions" and len(parts) > 1 and parts[1].isdecimal():
        said.append(t("builder_question_n", language, n=int(parts[1]) + 1))
        parts = parts[2:]
        if parts[:1] == ["options"] and len(parts) > 1 and parts[1].isdecimal():
            said.append(t("builder_option_n", language, n=int(parts[1]) + 1))
            parts = parts[2:]
    labels = [FIELD_LABELS[part] for part in parts if part in FIELD_LABELS]
    if labels:
        said.append(t(labels[-1], language))
    return ", ".join(said)


def anchor(path: str) -> str:
    """The id of a field on the page: the error summary links to it."""
    return "f-" + re.sub(r"[^A-Za-z0-9_-]", "-", path)


def tool_id(action: str) -> str:
    """The id of the button that sends `action` (`do`)."""
    return "do-" + action.replace(".", "-")


def has_problem(errors: Errors, path: str) -> bool:
    """Whether a field or anything inside it was refused: such a question is shown open."""
    return any(found == path or found.startswith(f"{path}.") for found in errors)
