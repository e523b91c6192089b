"""A summary as a long table: one row per number, for spreadsheets."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from consult.models import Summary

HEADER = ["question", "type", "grouping", "group", "measure", "key", "value"]


def summary_table(summary: Summary) -> tuple[list[str], Iterator[list[Any]]]:
    """Every statistic of every question, overall and by group."""

    def rows() -> Iterator[list[Any]]:
        for question in summary.data["questions"]:
            key, kind = question["key"], question["type"]
            yield from _flatten(key, kind, "all", "all", question["stats"])
            for grouping, groups in question.get("breakdowns", {}).items():
                for group, stats in groups.items():
                    yield from _flatten(key, kind, grouping, group, stats)

    return HEADER, rows()


def _flatten(
    key: str, kind: str, grouping: str, group: str, stats: Mapping[str, Any]
) -> Iterator[list[Any]]:
    for measure, value in stats.items():
        if isinstance(value, Mapping):
            for item, number in value.items():
                yield [key, kind, grouping, group, measure, item, number]
        elif isinstance(value, list):
            yield [key, kind, grouping, group, measure, "", " > ".join(map(str, value))]
        else:
            yield [key, kind, grouping, group, measure, "", value]
