"""Responses as a table: one row per network, one column per question or option.

Rows are streamed from the database in batches, so memory stays flat however many
responses a round has.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from consult.domain.responses import latest_submissions
from consult.domain.rounds import get_round
from consult.models import Network, ResponseVersion

BATCH = 1000
NETWORK_COLUMNS = (
    "network_id",
    "network",
    "acronym",
    "kind",
    "province",
    "mou",
    "version",
    "submitted_at",
    "submitted_by_name",
    "submitted_by_role",
    "submitted_by_email",
    "language",
)


@dataclass(frozen=True)
class Column:
    header: str
    cell: Callable[[dict[str, Any]], Any]


def question_columns(questionnaire: list[dict[str, Any]]) -> list[Column]:
    """A column per question; multi-choice and ranking questions get one per option.

    multi_choice: 1 if picked, 0 if not; ranking: the option's rank (1 = first).
    Unanswered questions are empty cells.
    """
    columns: list[Column] = []
    for question in questionnaire:
        key, kind = question["key"], question["type"]
        if kind in ("multi_choice", "ranking"):
            for option in question["options"]:
                cell = (
                    _picked(key, option["key"])
                    if kind == "multi_choice"
                    else _rank(key, option["key"])
                )
                columns.append(Column(f"{key}:{option['key']}", cell))
        else:
            columns.append(Column(key, _value(key)))
    return columns


def _value(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda answers: answers.get(key)


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


def export_table(
    session: Session, round_id: int, zone: ZoneInfo
) -> tuple[list[str], Iterator[list[Any]]]:
    """The header and a stream of rows of the latest submission of every network."""
    round_ = get_round(session, round_id)
    columns = question_columns(round_.questionnaire)
    header = [*NETWORK_COLUMNS, *(column.header for column in columns)]
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
                kind,
                province,
                "yes" if mou else "no",
                number,
                _local(at, zone),
                signer.get("name"),
                signer.get("role"),
                signer.get("email"),
                language,
                *(column.cell(answers) for column in columns),
            ]

    return header, rows()


def _local(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).isoformat(timespec="seconds")
