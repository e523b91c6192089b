"""Responses as a table: one row per network, one column per question or option.

Rows are streamed from the database in batches, so memory stays flat however many
responses a round has. Headers and answers are shown in the reader's language (`labels`
"en" or "km": question texts and option labels) or as the keys a program reads ("keys");
each column keeps its key, so a workbook can list them beside the labels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from consult.domain.responses import latest_submissions
from consult.domain.rounds import get_round
from consult.i18n import group_label, pick, text
from consult.models import Network, ResponseVersion

BATCH = 1000
Labels = Literal["en", "km", "keys"]
# What a column holds, so a spreadsheet can give it a width and a number format.
Kind = Literal["id", "number", "datetime", "short", "text"]

NETWORK_COLUMNS: tuple[tuple[str, Kind, dict[str, str]], ...] = (
    ("network_id", "id", {"en": "Network ID", "km": "លេខសម្គាល់បណ្តាញ"}),
    ("network", "text", {"en": "Network", "km": "បណ្តាញ"}),
    ("acronym", "short", {"en": "Acronym", "km": "អក្សរកាត់"}),
    ("kind", "short", {"en": "Kind of network", "km": "ប្រភេទបណ្តាញ"}),
    ("province", "short", {"en": "Province", "km": "ខេត្ត"}),
    ("mou", "short", {"en": "MoU partner", "km": "ដៃគូ MoU"}),
    ("version", "id", {"en": "Version", "km": "កំណែ"}),
    ("submitted_at", "datetime", {"en": "Submitted at", "km": "ពេលដាក់ស្នើ"}),
    ("submitted_by_name", "short", {"en": "Submitted by", "km": "ដាក់ស្នើដោយ"}),
    ("submitted_by_role", "short", {"en": "Role", "km": "តួនាទី"}),
    ("submitted_by_email", "short", {"en": "Email", "km": "អ៊ីមែល"}),
    ("language", "id", {"en": "Language", "km": "ភាសា"}),
)
YES_NO = {True: {"en": "Yes", "km": "បាទ/ចាស"}, False: {"en": "No", "km": "ទេ"}}
LANGUAGE_NAMES = {"en": {"en": "English", "km": "អង់គ្លេស"}, "km": {"en": "Khmer", "km": "ខ្មែរ"}}
# The Questions sheet: what every question and option key means, in both languages.
QUESTION_COLUMNS: tuple[tuple[str, Kind, dict[str, str]], ...] = (
    ("question", "short", {"en": "Question key", "km": "កូដសំណួរ"}),
    ("type", "short", {"en": "Type", "km": "ប្រភេទ"}),
    ("text_en", "text", {"en": "Question (English)", "km": "សំណួរ (អង់គ្លេស)"}),
    ("text_km", "text", {"en": "Question (Khmer)", "km": "សំណួរ (ខ្មែរ)"}),
    ("option", "short", {"en": "Option key", "km": "កូដជម្រើស"}),
    ("option_en", "short", {"en": "Option (English)", "km": "ជម្រើស (អង់គ្លេស)"}),
    ("option_km", "short", {"en": "Option (Khmer)", "km": "ជម្រើស (ខ្មែរ)"}),
)


@dataclass(frozen=True)
class Heading:
    """A column as a reader sees it (`label`) and as a program reads it (`key`)."""

    key: str
    label: str
    kind: Kind


@dataclass(frozen=True)
class Sheet:
    """One table of an export: a CSV file, or one sheet of a workbook."""

    name: str
    headings: list[Heading]
    rows: Iterable[list[Any]]


@dataclass(frozen=True)
class Column:
    heading: Heading
    cell: Callable[[dict[str, Any]], Any]


def heading_language(labels: Labels) -> str:
    """The language of texts that have no key form (sheet headers): English for "keys"."""
    return "en" if labels == "keys" else labels


def headings(
    columns: Iterable[tuple[str, Kind, Mapping[str, str]]], labels: Labels
) -> list[Heading]:
    return [
        Heading(key, key if labels == "keys" else pick(label, labels), kind)
        for key, kind, label in columns
    ]


def question_columns(questionnaire: list[dict[str, Any]], labels: Labels) -> list[Column]:
    """A column per question; multi-choice and ranking questions get one per option.

    multi_choice: 1 if picked, 0 if not; ranking: the option's rank (1 = first); both are
    headed "Question — Option". A chosen option or statement position shows its label
    unless `labels` is "keys"; numbers stay numbers. Unanswered questions are empty cells.
    """
    columns: list[Column] = []
    for question in questionnaire:
        key, kind = question["key"], question["type"]
        title = key if labels == "keys" else pick(question["text"], labels)
        if kind in ("multi_choice", "ranking"):
            for option in question["options"]:
                header = (
                    f"{key}:{option['key']}"
                    if labels == "keys"
                    else f"{title} — {pick(option['text'], labels)}"
                )
                cell = (
                    _picked(key, option["key"])
                    if kind == "multi_choice"
                    else _rank(key, option["key"])
                )
                columns.append(Column(Heading(f"{key}:{option['key']}", header, "number"), cell))
        else:
            width: Kind = "text" if kind == "text" else "short"
            if kind in ("likert", "rating", "number"):
                width = "number"
            columns.append(Column(Heading(key, title, width), _value(question, labels)))
    return columns


def _value(question: Mapping[str, Any], labels: Labels) -> Callable[[dict[str, Any]], Any]:
    key = question["key"]
    # A scale point stays a number (a programme officer averages it); the Questions sheet
    # names each point.
    labelled = labels != "keys" and question["type"] in ("single_choice", "statement")
    names = option_labels(question, labels) if labelled else {}
    return lambda answers: names.get(answers.get(key), answers.get(key))


def option_labels(question: Mapping[str, Any], language: str) -> dict[Any, str]:
    """What a reader calls each answer a question takes: its options, or the words of a
    statement or five-point scale."""
    kind = question["type"]
    if kind == "statement":
        return {
            position: text(f"statement_{position}", language)
            for position in ("agree", "disagree", "pass")
        }
    if kind == "likert":
        return {point: text(f"likert_{point}", language) for point in range(1, 6)}
    return {option["key"]: pick(option["text"], language) for option in question.get("options", [])}


def _picked(key: str, option: str) -> Callable[[dict[str, Any]], Any]:
    def cell(answers: dict[str, Any]) -> Any:
        picks = answers.get(key)
        return None if picks is None else int(option in picks)

    return cell


def _rank(key: str, option: str) -> Callable[[dict[str, Any]], Any]:
    def cell(answers: dict[str, Any]) -> Any:
        order = answers.get(key)
        return None if not order or option not in order else order.index(option) + 1

    return cell


def export_table(session: Session, round_id: int, zone: ZoneInfo, labels: Labels) -> Sheet:
    """The latest submission of every network, streamed; times in the body's `zone`."""
    round_ = get_round(session, round_id)
    columns = question_columns(round_.questionnaire, labels)
    header = [*headings(NETWORK_COLUMNS, labels), *(column.heading for column in columns)]
    query = (
        latest_submissions(
            round_id,
            Network.id,
            Network.name,
            Network.acronym,
            Network.kind,
            Network.province,
            Network.mou,
            ResponseVersion.number,
            ResponseVersion.created_at,
            ResponseVersion.submitted_by,
            ResponseVersion.language,
            ResponseVersion.answers,
        )
        .order_by(Network.name_key, Network.id)
        .execution_options(yield_per=BATCH)
    )
    named = labels != "keys"

    def rows() -> Iterator[list[Any]]:
        for row in session.execute(query):
            (
                network_id,
                name,
                acronym,
                kind,
                province,
                mou,
                number,
                at,
                signer,
                language,
                answers,
            ) = row
            signer = signer or {}
            yield [
                network_id,
                name,
                acronym,
                group_label("kind", kind, labels) if named else kind,
                province,
                YES_NO[bool(mou)][labels] if named else ("yes" if mou else "no"),
                number,
                local_time(at, zone),
                signer.get("name"),
                signer.get("role"),
                signer.get("email"),
                LANGUAGE_NAMES[language][labels] if named and language in LANGUAGE_NAMES
                else language,
                *(column.cell(answers) for column in columns),
            ]  # fmt: skip

    return Sheet("Responses", header, rows())


def local_time(moment: datetime, zone: ZoneInfo) -> datetime:
    """The moment on the body's clock: CSV shows it with its offset, XLSX as a date-time."""
    return moment.astimezone(zone).replace(microsecond=0)


def questions_sheet(questionnaire: list[dict[str, Any]], labels: Labels) -> Sheet:
    """Every question's key, type and text in both languages, one row per option under it:
    the key to a workbook whose headers are in one language."""

    def rows() -> Iterator[list[Any]]:
        for question in questionnaire:
            key, kind, words = question["key"], question["type"], question["text"]
            start = [key, kind, words.get("en", ""), words.get("km", "")]
            english, khmer = option_labels(question, "en"), option_labels(question, "km")
            if not english:
                yield [*start, None, None, None]
            for number, option in enumerate(english):
                # The question's text only on its first row, its key on every row: a
                # filter on the key still finds every option.
                first = start if number == 0 else [key, None, None, None]
                yield [*first, option, english[option], khmer[option]]

    return Sheet("Questions", headings(QUESTION_COLUMNS, labels), rows())
