"""A summary as tables for spreadsheets: one row per number, the common response first.

Each row says which section it belongs to (common, division, statistic, theme) and carries
the English and Khmer text of the question or position, so a filter in Excel is enough to
read it in either language. The CSV is one long table; a workbook gives each section a
sheet named for what it holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from consult.domain.exports import Kind, Labels, Sheet, heading_language, headings
from consult.models import Summary
from consult.texts import GROUPINGS, LANGUAGES, group_label, t
from consult.texts.places import sector_label

COLUMNS: tuple[tuple[str, Kind, dict[str, str]], ...] = (
    ("section", "short", {"en": "Section", "km": "ផ្នែក"}),
    ("question", "short", {"en": "Question key", "km": "កូដសំណួរ"}),
    ("type", "short", {"en": "Type", "km": "ប្រភេទ"}),
    ("grouping", "short", {"en": "Grouped by", "km": "ដាក់ជាក្រុមតាម"}),
    ("group", "short", {"en": "Group", "km": "ក្រុម"}),
    ("measure", "short", {"en": "Measure", "km": "រង្វាស់"}),
    ("key", "short", {"en": "Option or item", "km": "ជម្រើស ឬធាតុ"}),
    ("value", "short", {"en": "Value", "km": "តម្លៃ"}),
    ("text_en", "text", {"en": "Text (English)", "km": "អត្ថបទ (អង់គ្លេស)"}),
    ("text_km", "text", {"en": "Text (Khmer)", "km": "អត្ថបទ (ខ្មែរ)"}),
)
# Sheet names stay English in both languages: a formula or script that names a sheet
# works on every copy of the workbook. The section column is translated.
SECTIONS: dict[str, tuple[str, dict[str, str]]] = {
    "common": ("Common response", {"en": "Common response", "km": "ចម្លើយរួម"}),
    "division": ("Divisions", {"en": "Divisions", "km": "ចំណុចខុសគ្នា"}),
    "statistic": ("Statistics", {"en": "Statistics", "km": "ស្ថិតិ"}),
    "theme": ("Themes", {"en": "Themes", "km": "ប្រធានបទ"}),
}
EVERYONE = {"en": "All networks", "km": "បណ្តាញទាំងអស់"}


def summary_table(summary: Summary, labels: Labels) -> Sheet:
    """The common response, the divisions, then every statistic and theme by question."""
    return Sheet("Summary", headings(COLUMNS, labels), _labelled(_rows(summary.data), labels))


def summary_sheets(summary: Summary, labels: Labels) -> list[Sheet]:
    """The same rows as `summary_table`, a sheet per section (the section column dropped)."""
    by_section: dict[str, list[list[Any]]] = {section: [] for section in SECTIONS}
    for row in _rows(summary.data):
        by_section[row[0]].append(row)
    header = headings(COLUMNS, labels)[1:]
    return [
        Sheet(name, header, [_label(row, labels)[1:] for row in by_section[section]])
        for section, (name, _) in SECTIONS.items()
    ]


def _labelled(rows: Iterator[list[Any]], labels: Labels) -> Iterator[list[Any]]:
    return (_label(row, labels) for row in rows)


def _label(row: list[Any], labels: Labels) -> list[Any]:
    """Section, grouping and group in the reader's language; keys left as they are."""
    if labels == "keys":
        return row
    language = heading_language(labels)
    section, question, kind, grouping, group, *rest = row
    return [
        SECTIONS[section][1][language],
        question,
        kind,
        _grouping(grouping, language),
        EVERYONE[language] if group == "all" else group_label(grouping, group, language),
        *rest,
    ]  # fmt: skip


def _grouping(grouping: str, language: str) -> str:
    """A grouping by name ("network kind", "sector: health"); one we cannot name, as it is."""
    if grouping == "all":
        return EVERYONE[language]
    if grouping.startswith("sector:"):
        sector = sector_label(grouping.removeprefix("sector:"), language)
        return t("name_sector_grouping", language, sector=sector)
    return GROUPINGS.get(grouping, {}).get(language, grouping)


def _rows(data: Mapping[str, Any]) -> Iterator[list[Any]]:
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
        terms = " / ".join(", ".join(theme["label"][language]) for language in LANGUAGES)
        quotes = " | ".join(
            quote["text"] for language in LANGUAGES for quote in theme["quotes"][language]
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
