"""Responses as a table: one row per network, one column per question or option.

Rows are streamed from the database in batches, so memory stays flat however many
responses a round has. Headers and answers are shown in the reader's language (`labels`
"en" or "km": question texts, option labels, network names and provinces) or as the keys a
program reads ("keys"); each column keeps its key, so a workbook can list them beside the
labels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from consult.domain.responses import latest_submissions
from consult.domain.rounds import get_round
from consult.models import Network, ResponseVersion
from consult.questions import question_type
from consult.questions.base import Kind as Kind
from consult.questions.base import Labels as Labels
from consult.texts import group_label, pick
from consult.texts.places import network_name, province_label

BATCH = 1000
# A cell starting with one of these is a formula to a spreadsheet program; prefixed with an
# apostrophe it is shown as the text the network wrote (OWASP's advice on CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

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


def spreadsheet_text(cell: str) -> str:
    """Text a spreadsheet program shows as it is, never runs as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


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
    """The columns each question's type gives it (`consult.questions`): one per question,
    one per option for multi-choice and ranking questions. A chosen option or statement
    position shows its label unless `labels` is "keys"; numbers stay numbers. Unanswered
    questions are empty cells."""
    return [
        Column(Heading(cell.key, cell.label, cell.kind), cell.cell)
        for question in questionnaire
        for cell in question_type(question["type"]).export_cells(question, labels)
    ]


def option_labels(question: Mapping[str, Any], language: str) -> dict[Any, str]:
    """What a reader calls each answer a question takes: its options, or the words of a
    statement or five-point scale."""
    return question_type(question["type"]).answer_labels(question, language)


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
            Network.name_km,
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
                name_km,
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
                network_name({"name": name, "name_km": name_km}, labels),
                acronym,
                group_label("kind", kind, labels) if named else kind,
                province_label(province, labels) or None,
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
