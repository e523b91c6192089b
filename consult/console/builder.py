"""The round builder: a draft round's texts, questions, audience, dates and reminders as one
plain form, and a preview of the network's form as a network will see it.

It works without JavaScript: every button sends the whole form, and says what to do with it
(`do`: save, add a question, move or remove one, ...). Only `save` keeps anything; the
other buttons show the page again with the change made. A save goes through the API's own
schema (RoundCreateSchema / RoundUpdateSchema) and domain functions (rounds.create_round /
update_round), so no rule of a round is written twice; what they refuse is shown beside the
field it concerns, with everything staff typed kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask import flash, render_template, request
from marshmallow import ValidationError
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from consult.console.blueprint import Errors, MenuEntry, back_to, console, language, page, record
from consult.domain import rounds
from consult.domain.answering import form_view
from consult.domain.audience import networks_in
from consult.domain.errors import DomainError, Invalid, status_of
from consult.i18n import LANGUAGES, text
from consult.models import NETWORK_KINDS, Network, Round
from consult.questions import QUESTION_TYPES
from consult.runtime import current_runtime
from consult.schemas.questionnaire import question_name
from consult.schemas.refusals import messages_in
from consult.schemas.rounds import AudienceSchema, RoundCreateSchema, RoundUpdateSchema
from consult.session import request_session
from consult.web.form import render_form
from consult.web.locale import local_time

NAV = [MenuEntry(20, "console.new_round", "nav_new_round", "staff")]
# Settings typed as numbers; the schema reads them (and says what is wrong with them).
NUMBER_SETTINGS = ("scale", "min", "max", "min_picks", "max_picks", "max_length")
AUDIENCE_WAYS = ("all", "filter", "networks")
DATETIME_LOCAL = "%Y-%m-%dT%H:%M"
QUESTION_FIELD = re.compile(r"^questions\.(\d+)\.type$")
OPTION_FIELD = re.compile(r"^questions\.(\d+)\.options\.(\d+)\.key$")


def _pair(form: MultiDict[str, str], name: str) -> dict[str, str]:
    return {code: form.get(f"{name}.{code}", "") for code in LANGUAGES}


def _blank_pair() -> dict[str, str]:
    return dict.fromkeys(LANGUAGES, "")


def _next_key(prefix: str, taken: list[str]) -> str:
    """The first of q1, q2, ... (or o1, o2, ...) not used yet: staff may rename it."""
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _new_option(question: dict[str, Any]) -> dict[str, Any]:
    keys = [option["key"] for option in question["options"]]
    return {"key": _next_key("o", keys), "text": _blank_pair()}


def _fit_type(question: dict[str, Any]) -> None:
    """A question of a type with options starts with the two it needs at least."""
    kind = QUESTION_TYPES.get(question["type"])
    if kind and "options" in kind.settings:
        while len(question["options"]) < 2:
            question["options"].append(_new_option(question))


def _new_question(kind: str, questions: list[dict[str, Any]]) -> dict[str, Any]:
    question: dict[str, Any] = {
        "key": _next_key("q", [q["key"] for q in questions]),
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


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime(DATETIME_LOCAL) if moment else ""


def _moment(raw: str, zone: ZoneInfo) -> str | None:
    """A datetime-local value, read in the body's time zone, as the API takes it (with its
    offset); what cannot be read goes on as typed, for the schema to say why."""
    if not raw.strip():
        return None
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError:
        return raw
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).isoformat()


def _number_or_raw(raw: str) -> int | str:
    return int(raw) if raw.isdecimal() and len(raw) <= 9 else raw


@dataclass
class Builder:
    """The builder's form as staff typed it: what the page shows, and the API body it makes."""

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

    @classmethod
    def of_round(cls, round_: Round, zone: ZoneInfo) -> Builder:
        audience = round_.audience
        way = (
            "all" if audience.get("all") else "networks" if "network_ids" in audience else "filter"
        )
        mou = audience.get("mou")
        questions = []
        for saved in round_.questionnaire:
            question = _new_question(saved["type"], [])
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
            opens_at=_local(round_.opens_at, zone),
            closes_at=_local(round_.closes_at, zone),
            reminders=", ".join(str(day) for day in round_.reminders_days_before_close),
        )

    @classmethod
    def of_form(cls, form: MultiDict[str, str]) -> Builder:
        positions = sorted(int(m[1]) for name in form if (m := QUESTION_FIELD.match(name)))
        questions = []
        for position in positions:
            name = f"questions.{position}"
            question = _new_question(form.get(f"{name}.type", ""), [])
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
        )

    def apply(self, action: str, new_type: str) -> None:
        """Make the change a button asks for: add, move or remove a question or an option."""
        verb, _, where = action.partition(".")
        places = [int(part) for part in where.split(".") if part.isdecimal()]
        questions = self.questions
        if verb == "add" and new_type in QUESTION_TYPES:
            questions.append(_new_question(new_type, questions))
        elif places and places[0] < len(questions):
            at = places[0]
            if verb in ("up", "down", "remove"):
                _move(questions, at, verb)
            elif verb == "add_option":
                questions[at]["options"].append(_new_option(questions[at]))
            elif verb.startswith("option_") and len(places) == 2:
                options = questions[at]["options"]
                if places[1] < len(options):
                    _move(options, places[1], verb.removeprefix("option_"))

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
    """The schema's or the domain's errors by the builder's field names: a question, which
    the API's errors name by its key, becomes its place on the page (questions.2.text)."""
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


@dataclass
class Audience:
    """Who a launch would invite now: the same domain function as the launch."""

    networks: list[Network]
    problem: str = ""

    @property
    def without_mail(self) -> list[Network]:
        return [network for network in self.networks if not network.contacts]


def _audience_of(builder: Builder) -> Audience | None:
    try:
        chosen = AudienceSchema().load(builder.audience_body())
    except ValidationError:
        return None
    try:
        return Audience(networks_in(request_session(), chosen))
    except Invalid as exc:
        return Audience([], exc.message)


def _render(
    builder: Builder, round_: Round | None, errors: Errors, status: int = 200, changed: bool = False
) -> tuple[str, int]:
    directory = networks_in(request_session(), {"all": True})
    provinces = sorted(
        {n.province for n in directory if n.province} | set(builder.audience["provinces"])
    )
    sectors = sorted(
        {s.name for n in directory for s in n.sectors} | set(builder.audience["sectors"])
    )
    html = render_template(
        "console/builder.html",
        builder=builder,
        round=round_,
        errors=errors,
        changed=changed,
        types=list(QUESTION_TYPES),
        settings_of={name: kind.settings for name, kind in QUESTION_TYPES.items()},
        kinds=NETWORK_KINDS,
        provinces=provinces,
        sectors=sectors,
        directory=directory,
        audience=_audience_of(builder),
        zone=current_runtime().settings.timezone,
        where=where,
        anchor=anchor,
    )
    return html, status


def _save(builder: Builder, round_: Round | None) -> Response | tuple[str, int]:
    """Check the body with the API's schema, save it with the API's domain function."""
    session, zone = request_session(), current_runtime().settings.zone
    body = builder.body(zone)
    for name in ("opens_at", "closes_at"):
        kept = getattr(round_, name, None)
        if kept and getattr(builder, name) == _local(kept, zone):
            body[name] = kept.isoformat()  # as stored, to the second: the form shows minutes
    schema = RoundCreateSchema() if round_ is None else RoundUpdateSchema()
    try:
        fields = schema.load(body)
        if round_ is None:
            round_ = rounds.create_round(session, fields)
            record("create-round", f"round:{round_.id}")
        else:
            before = {name: getattr(round_, name) for name in rounds.ROUND_FIELDS}
            round_ = rounds.update_round(session, round_.id, fields)
            changed = [name for name, was in before.items() if getattr(round_, name) != was]
            record("update-round", f"round:{round_.id}", changed=changed)
    except ValidationError as exc:
        session.rollback()
        errors = field_errors(messages_in(exc.messages, language()), body["questions"])
        return _render(builder, round_, errors, 422)
    except DomainError as exc:
        session.rollback()
        errors = field_errors(exc.errors_in(language()), body["questions"]) or {
            "_form": [exc.message_in(language())]
        }
        return _render(builder, round_, errors, status_of(exc))
    session.commit()
    flash("builder_saved")
    return back_to("console.edit_round", round_id=round_.id)


def _handle(builder: Builder, round_: Round | None) -> Response | tuple[str, int]:
    action = request.form.get("do", "save")
    if action == "save":
        return _save(builder, round_)
    builder.apply(action, request.form.get("new_type", ""))
    return _render(builder, round_, {}, changed=True)


@console.route("/rounds/new", methods=["GET", "POST"])
@page("staff")
def new_round() -> Response | tuple[str, int]:
    if request.method == "GET":
        return _render(Builder(), None, {})
    return _handle(Builder.of_form(request.form), None)


@console.route("/rounds/<int:round_id>/edit", methods=["GET", "POST"])
@page("staff")
def edit_round(round_id: int) -> Response | tuple[str, int]:
    round_ = rounds.get_round(request_session(), round_id)
    if round_.status != "draft":
        launched = local_time(round_.launched_at) if round_.launched_at else ""
        page_ = render_template("console/builder_launched.html", round=round_, launched=launched)
        return page_, 200 if request.method == "GET" else 409
    if request.method == "GET":
        return _render(Builder.of_round(round_, current_runtime().settings.zone), round_, {})
    return _handle(Builder.of_form(request.form), round_)


@console.route("/rounds/<int:round_id>/preview")
@page("viewer")
def preview_round(round_id: int) -> str:
    """The network's form, in the language asked for, as a network will see it; its buttons
    are off and the page takes no POST, so nothing can be sent from it."""
    round_ = rounds.get_round(request_session(), round_id)
    asked = request.args.get("lang", "")
    shown = asked if asked in LANGUAGES else language()
    network = {"name": text("builder_preview_network", shown), "name_km": None, "language": shown}
    return render_form(
        form_view(round_, network, None, shown),
        {},
        {},
        template="console/builder_preview.html",
        preview=True,
    )


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
    **{name: f"builder_{name}" for name in (*NUMBER_SETTINGS, "integer", "required")},
}


def where(path: str, language: str) -> str:
    """A field of the builder as a person names it: "Question 3, option 2, Key"."""
    parts = path.split(".")
    said = []
    if parts[0] == "questions" and len(parts) > 1 and parts[1].isdecimal():
        said.append(text("builder_question_n", language, n=int(parts[1]) + 1))
        parts = parts[2:]
        if parts[:1] == ["options"] and len(parts) > 1 and parts[1].isdecimal():
            said.append(text("builder_option_n", language, n=int(parts[1]) + 1))
            parts = parts[2:]
    if parts:
        label = FIELD_LABELS.get(parts[0])
        said.append(text(label, language) if label else ".".join(parts))
    return ", ".join(said)


def anchor(path: str) -> str:
    """The id of a field on the page: the error summary links to it."""
    return "f-" + re.sub(r"[^A-Za-z0-9_-]", "-", path)


TEXTS: dict[str, dict[str, str]] = {
    "nav_new_round": {"en": "New round", "km": "ជុំថ្មី"},
    "builder_new": {"en": "New round", "km": "ជុំពិគ្រោះយោបល់ថ្មី"},
    "builder_edit": {"en": "Draft round: {title}", "km": "ជុំពិគ្រោះយោបល់ព្រាង៖ {title}"},
    "builder_saved": {"en": "The round is saved.", "km": "ជុំពិគ្រោះយោបល់ត្រូវបានរក្សាទុកហើយ។"},
    "builder_changed": {
        "en": "Changed on this page only: press Save to keep it.",
        "km": "បានផ្លាស់ប្តូរតែនៅលើទំព័រនេះប៉ុណ្ណោះ៖ សូមចុច «រក្សាទុក» ដើម្បីរក្សាវាទុក។",
    },
    "builder_save": {"en": "Save", "km": "រក្សាទុក"},
    "builder_not_saved": {
        "en": "The round was not saved. Check these fields:",
        "km": "ជុំពិគ្រោះយោបល់មិនត្រូវបានរក្សាទុកទេ។ សូមពិនិត្យវាលទាំងនេះ៖",
    },
    "builder_about": {"en": "About the round", "km": "អំពីជុំពិគ្រោះយោបល់"},
    "builder_title": {"en": "Title", "km": "ចំណងជើង"},
    "builder_purpose": {"en": "Purpose", "km": "គោលបំណង"},
    "builder_in_en": {"en": "In English", "km": "ជាភាសាអង់គ្លេស"},
    "builder_in_km": {"en": "In Khmer", "km": "ជាភាសាខ្មែរ"},
    "builder_both_hint": {
        "en": "Write each text in both languages; a network reads the other one where a "
        "translation is missing.",
        "km": "សូមសរសេរអត្ថបទនីមួយៗជាពីរភាសា។ បើខ្វះការបកប្រែ បណ្តាញនឹងអានជាភាសាមួយទៀត។",
    },
    "builder_questions": {"en": "Questions", "km": "សំណួរ"},
    "builder_no_questions": {
        "en": "No question yet: add the first one below.",
        "km": "មិនទាន់មានសំណួរទេ៖ សូមបន្ថែមសំណួរដំបូងខាងក្រោម។",
    },
    "builder_question_n": {"en": "Question {n}", "km": "សំណួរទី {n}"},
    "builder_option_n": {"en": "Option {n}", "km": "ជម្រើសទី {n}"},
    "builder_key": {
        "en": "Key (in exports: lower-case letters, digits and _)",
        "km": "កូនសោ (ក្នុងឯកសារនាំចេញ៖ អក្សរឡាតាំងតូច លេខ និង _)",
    },
    "builder_type": {"en": "Type", "km": "ប្រភេទ"},
    "builder_change_type": {"en": "Change the type", "km": "ប្តូរប្រភេទ"},
    "builder_text": {"en": "Question text", "km": "អត្ថបទសំណួរ"},
    "builder_help": {"en": "Help (optional)", "km": "ការណែនាំ (ស្រេចចិត្ត)"},
    "builder_required": {"en": "Networks must answer it", "km": "បណ្តាញត្រូវតែឆ្លើយ"},
    "builder_options": {"en": "Options", "km": "ជម្រើស"},
    "builder_option_text": {"en": "Option text", "km": "អត្ថបទជម្រើស"},
    "builder_add_option": {"en": "Add an option", "km": "បន្ថែមជម្រើស"},
    "builder_up": {"en": "Move up", "km": "ផ្លាស់ឡើងលើ"},
    "builder_down": {"en": "Move down", "km": "ផ្លាស់ចុះក្រោម"},
    "builder_remove": {"en": "Remove", "km": "លុបចេញ"},
    "builder_add_question": {"en": "Add the question", "km": "បន្ថែមសំណួរ"},
    "builder_new_type": {"en": "Type of a new question", "km": "ប្រភេទសំណួរថ្មី"},
    "builder_type_single_choice": {"en": "One choice", "km": "ជ្រើសរើសចម្លើយមួយ"},
    "builder_type_multi_choice": {"en": "Several choices", "km": "ជ្រើសរើសចម្លើយច្រើន"},
    "builder_type_likert": {
        "en": "Agreement (5 points)",
        "km": "កម្រិតនៃការយល់ស្រប (៥ កម្រិត)",
    },
    "builder_type_rating": {"en": "Rating (1 to N)", "km": "ការដាក់ពិន្ទុ (១ ដល់ N)"},
    "builder_type_number": {"en": "Number", "km": "ចំនួន"},
    "builder_type_text": {"en": "Written answer", "km": "ចម្លើយជាអត្ថបទ"},
    "builder_type_ranking": {"en": "Ranking", "km": "ការរៀបតាមលំដាប់"},
    "builder_type_statement": {
        "en": "Statement (agree / disagree / pass)",
        "km": "សេចក្តីថ្លែង (យល់ស្រប / មិនយល់ស្រប / រំលង)",
    },
    "builder_scale": {"en": "Points on the scale (2 to 10)", "km": "ចំនួនពិន្ទុ (២ ដល់ ១០)"},
    "builder_min": {"en": "Lowest number allowed", "km": "ចំនួនទាបបំផុតដែលអនុញ្ញាត"},
    "builder_max": {"en": "Highest number allowed", "km": "ចំនួនខ្ពស់បំផុតដែលអនុញ្ញាត"},
    "builder_integer": {"en": "Whole numbers only", "km": "តែចំនួនគត់ប៉ុណ្ណោះ"},
    "builder_min_picks": {"en": "Fewest choices", "km": "ចំនួនជម្រើសតិចបំផុត"},
    "builder_max_picks": {"en": "Most choices", "km": "ចំនួនជម្រើសច្រើនបំផុត"},
    "builder_max_length": {
        "en": "Longest answer (characters)",
        "km": "ចម្លើយវែងបំផុត (ចំនួនតួអក្សរ)",
    },
    "builder_audience": {"en": "Who is invited", "km": "អ្នកដែលត្រូវបានអញ្ជើញ"},
    "builder_audience_way": {"en": "Invite", "km": "អញ្ជើញ"},
    "builder_way_all": {"en": "Every network in the directory", "km": "បណ្តាញទាំងអស់ក្នុងបញ្ជី"},
    "builder_way_filter": {
        "en": "The networks that match these choices",
        "km": "បណ្តាញដែលត្រូវនឹងជម្រើសទាំងនេះ",
    },
    "builder_way_networks": {
        "en": "The networks picked one by one",
        "km": "បណ្តាញដែលបានជ្រើសរើសម្តងមួយៗ",
    },
    "builder_filter_hint": {
        "en": "Any ticked value of a part matches; the parts combine (e.g. provincial and MoU).",
        "km": "តម្លៃណាមួយដែលបានគូសក្នុងផ្នែកមួយគឺត្រូវ; ផ្នែកនានាផ្សំគ្នា (ឧ. ខេត្ត និង MoU)។",
    },
    "builder_kinds": {"en": "Kind", "km": "ប្រភេទ"},
    "builder_provinces": {"en": "Province", "km": "ខេត្ត"},
    "builder_sectors": {"en": "Sector", "km": "វិស័យ"},
    "builder_mou": {"en": "Memorandum of understanding", "km": "អនុស្សរណៈនៃការយោគយល់ (MoU)"},
    "builder_mou_any": {"en": "With or without", "km": "មាន ឬគ្មាន"},
    "builder_mou_yes": {"en": "MoU partners only", "km": "តែដៃគូ MoU ប៉ុណ្ណោះ"},
    "builder_mou_no": {"en": "Not MoU partners only", "km": "តែអ្នកមិនមែនដៃគូ MoU ប៉ុណ្ណោះ"},
    "builder_pick": {"en": "Pick networks ({count})", "km": "ជ្រើសរើសបណ្តាញ ({count})"},
    "builder_show_audience": {
        "en": "Show who would be invited",
        "km": "បង្ហាញអ្នកដែលនឹងត្រូវបានអញ្ជើញ",
    },
    "builder_invited": {
        "en": "{count} networks would be invited if the round were launched now.",
        "km": "បណ្តាញចំនួន {count} នឹងត្រូវបានអញ្ជើញ ប្រសិនបើជុំនេះចាប់ផ្តើមឥឡូវនេះ។",
    },
    "builder_without_mail": {
        "en": "{count} of them have no mail address: hand them their link yourself after launch.",
        "km": "{count} ក្នុងចំណោមនោះគ្មានអាសយដ្ឋានអ៊ីមែលទេ៖ សូមប្រគល់តំណរបស់ពួកគេដោយខ្លួនឯងក្រោយពេលចាប់ផ្តើម។",
    },
    "builder_no_mail": {"en": "no mail address", "km": "គ្មានអាសយដ្ឋានអ៊ីមែល"},
    "builder_invited_list": {"en": "The networks ({count})", "km": "បញ្ជីបណ្តាញ ({count})"},
    "builder_audience_unset": {
        "en": "Choose the audience to see who would be invited.",
        "km": "សូមជ្រើសរើសអ្នកចូលរួម ដើម្បីមើលអ្នកដែលនឹងត្រូវបានអញ្ជើញ។",
    },
    "builder_dates": {"en": "Dates and reminders", "km": "កាលបរិច្ឆេទ និងការរំលឹក"},
    "builder_zone": {"en": "Times are in {zone}.", "km": "ម៉ោងគិតតាមតំបន់ {zone}។"},
    "builder_opens": {
        "en": "Opens (leave blank to open at launch)",
        "km": "បើក (ទុកទទេ ដើម្បីបើកនៅពេលចាប់ផ្តើម)",
    },
    "builder_closes": {"en": "Closes", "km": "បិទ"},
    "builder_reminders": {
        "en": "Reminders: days before closing (e.g. 7, 1)",
        "km": "ការរំលឹក៖ ចំនួនថ្ងៃមុនពេលបិទ (ឧ. 7, 1)",
    },
    "builder_reminders_hint": {
        "en": "Networks that have not answered are reminded on these days; blank: no reminder.",
        "km": "បណ្តាញដែលមិនទាន់ឆ្លើយនឹងត្រូវបានរំលឹកនៅថ្ងៃទាំងនេះ; ទុកទទេ៖ គ្មានការរំលឹក។",
    },
    "builder_event": {"en": "Calendar event", "km": "ព្រឹត្តិការណ៍ក្នុងប្រតិទិន"},
    "builder_preview_en": {"en": "Preview in English", "km": "មើលជាមុនជាភាសាអង់គ្លេស"},
    "builder_preview_km": {"en": "Preview in Khmer", "km": "មើលជាមុនជាភាសាខ្មែរ"},
    "builder_to_round": {
        "en": "The round's page: launch it from there",
        "km": "ទំព័ររបស់ជុំ៖ ចាប់ផ្តើមវាពីទីនោះ",
    },
    "builder_preview_saved": {
        "en": "The preview shows the round as last saved.",
        "km": "ការមើលជាមុនបង្ហាញជុំពិគ្រោះយោបល់ដូចដែលបានរក្សាទុកចុងក្រោយ។",
    },
    "builder_preview_notice": {
        "en": "Preview: the form as networks will see it. Nothing can be sent from here.",
        "km": "ការមើលជាមុន៖ ទម្រង់ដូចដែលបណ្តាញនឹងឃើញ។ មិនអាចផ្ញើអ្វីពីទីនេះបានទេ។",
    },
    "builder_preview_network": {"en": "your network", "km": "បណ្តាញរបស់អ្នក"},
    "builder_back": {"en": "Back to the round builder", "km": "ត្រឡប់ទៅការរៀបចំជុំពិគ្រោះយោបល់"},
    "builder_launched_title": {
        "en": "This round can no longer be edited",
        "km": "ជុំពិគ្រោះយោបល់នេះមិនអាចកែប្រែបានទៀតទេ",
    },
    "builder_launched": {
        "en": "It was launched on {date}: its questions, texts and audience are frozen, so "
        "every answer refers to the same text.",
        "km": "វាត្រូវបានចាប់ផ្តើមនៅ {date}៖ សំណួរ អត្ថបទ និងអ្នកចូលរួមរបស់វាត្រូវបានបង្កក "
        "ដូច្នេះចម្លើយទាំងអស់សំដៅលើអត្ថបទតែមួយ។",
    },
}
