"""A summary as a long table for spreadsheets: one row per number, the common response first.

Each row says which section it belongs to (common, division, statistic, theme) and carries
the English and Khmer text of the question or position, so a filter in Excel is enough to
read it in either language.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from consult.models import Summary

HEADER = [
    "section",
    "question",
    "type",
    "grouping",
    "group",
    "measure",
    "key",
    "value",
    "text_en",
    "text_km",
]


def summary_table(summary: Summary) -> tuple[list[str], Iterator[list[Any]]]:
    """The common response, the divisions, then every statistic and theme by question."""
    data = summary.data

    def rows() -> Iterator[list[Any]]:
        kinds = {question["key"]: question["type"] for question in data["questions"]}
        response = data["common_response"]
        for position in response["common"]:
            yield _position_row("common", position, kinds, "all", "all", position["share"])
        for division in response["divisions"]:
            for split in division["splits"]:
                for group, counts in split["groups"].items():
                    row = {**split, "question": division["question"]}
                    yield _position_row(
                        "division", row, kinds, split["grouping"], group, counts["share"]
                    )
        for question in data["questions"]:
            yield from _question_rows(question)

    return HEADER, rows()


def _position_row(
    section: str,
    position: Mapping[str, Any],
    kinds: Mapping[str, str],
    grouping: str,
    group: str,
    share: float,
) -> list[Any]:
    label = position["label"]
    return [
        section,
        position["question"],
        kinds.get(position["question"], ""),
        grouping,
        group,
        position["stance"],
        position["option"] or "",
        share,
        label.get("en", ""),
        label.get("km", ""),
    ]


def _question_rows(question: Mapping[str, Any]) -> Iterator[list[Any]]:
    key, kind, text = question["key"], question["type"], question["text"]
    start = [key, kind]
    end = [text.get("en", ""), text.get("km", "")]
    for row in _flatten(question["stats"]):
        yield ["statistic", *start, "all", "all", *row, *end]
    for grouping, groups in question.get("breakdowns", {}).items():
        for group, stats in groups.items():
            for row in _flatten(stats):
                yield ["statistic", *start, grouping, group, *row, *end]
    for theme in question.get("themes", []):
        terms = " / ".join(", ".join(theme["label"][language]) for language in ("en", "km"))
        quotes = " | ".join(
            quote["text"] for language in ("en", "km") for quote in theme["quotes"][language]
        )
        for measure, value in (("answers", theme["count"]), ("quotes", quotes)):
            yield ["theme", *start, "all", "all", measure, terms, value, *end]


def _flatten(stats: Mapping[str, Any]) -> Iterator[list[Any]]:
    for measure, value in stats.items():
        if isinstance(value, Mapping):
            for item, number in value.items():
                yield [measure, item, number]
        elif isinstance(value, list):
            yield [measure, "", " > ".join(map(str, value))]
        else:
            yield [measure, "", value]
