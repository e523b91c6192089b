"""A round's summary from its questionnaire and its networks' latest submissions."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

import numpy as np
from threadpoolctl import threadpool_limits

from consult.analysis.columns import Member, Respondent, build_columns
from consult.analysis.common import CommonRule, assess, common_positions
from consult.analysis.divisions import divisions
from consult.analysis.groups import answer_vectors, describe, group_name, opinion_groups
from consult.analysis.narrative import Facts, narrative
from consult.analysis.positions import every_position, measures, positions
from consult.analysis.stats import question_stats
from consult.analysis.themes import Text, themes
from consult.questions.arrays import Column, number

MAX_LISTED_MEMBERS = 500
# Always broken down in the question detail, whatever the lens: they are cheap and staff ask.
DESCRIBED = ("kind", "mou")

F = TypeVar("F", bound=Callable[..., Any])
# threadpoolctl ships no types; its decorator keeps the function's signature.
_single_threaded: Callable[[F], F] = threadpool_limits.wrap(limits=1)


@dataclass(frozen=True)
class AnalysisSettings:
    """The thresholds of the common response; the defaults are the product's (docs/reference.md)."""

    common_share: float = 2 / 3
    common_floor: float = 0.6
    confidence: float = 0.95
    division_gap: float = 0.30
    false_discovery_rate: float = 0.05
    min_group_size: int = 5
    solid_answers: int = 20
    solid_group: int = 10
    opinion_silhouette: float = 0.6
    low_participation: float = 0.5
    with_themes: bool = True


@_single_threaded
def summarize(
    questionnaire: Sequence[Mapping[str, Any]],
    respondents: Sequence[Respondent],
    *,
    invited: Sequence[Member] | int,
    lens: Sequence[str] = ("kind",),
    settings: AnalysisSettings | None = None,
    glossary: Sequence[tuple[str, str]] = (),
) -> dict[str, Any]:
    """Per-question statistics, breakdowns, opinion groups, themes and the common response.

    `invited` is every invited network (for participation by group), or only their number.
    `lens` names the groupings the common response compares: kind, mou, province, sector.
    The result is plain JSON-ready data; the same input gives the same output, byte for byte.
    One thread for BLAS and OpenMP: the matrices are small, and on a 2-core worker running
    two tasks their threads only wait for each other (k-means ran four times slower).
    """
    settings = settings or AnalysisSettings()
    ordered = sorted(respondents, key=lambda respondent: respondent.network_id)
    columns = build_columns(questionnaire, ordered)
    described = named_groupings(
        ordered, [*dict.fromkeys([*DESCRIBED, *lens])], settings.min_group_size
    )
    lens_groups = {name: groups for name, groups in described.items() if name.split(":")[0] in lens}
    clustering = opinion_groups(
        answer_vectors(columns), settings.min_group_size, settings.opinion_silhouette
    )
    opinion = None
    if clustering.shown and clustering.labels is not None:
        labels = clustering.labels
        opinion = {group_name(i): labels == i for i in range(int(labels.max()) + 1)}
    breakdowns = {**described, **({"opinion": opinion} if opinion else {})}

    questions = []
    themes_by_question: dict[str, list[dict[str, Any]]] = {}
    everyone = np.ones(len(ordered), dtype=bool)
    for column in columns:
        entry: dict[str, Any] = {
            "key": column.question["key"],
            "type": column.kind,
            "text": column.question["text"],
            "stats": question_stats(column, everyone),
        }
        if column.kind == "text":
            found = _themes(column, ordered, glossary) if settings.with_themes else []
            entry["themes"] = themes_by_question[column.question["key"]] = found
        else:
            entry["breakdowns"] = {
                grouping: {group: question_stats(column, rows) for group, rows in groups.items()}
                for grouping, groups in breakdowns.items()
            }
        questions.append(entry)

    assessed, divided, tests = compare(columns, lens_groups, opinion, settings)
    participation = _participation(ordered, invited, lens, settings.min_group_size)
    caveats = [
        {"grouping": grouping, "group": group, **counts}
        for grouping, groups in participation.items()
        for group, counts in groups.items()
        if counts["invited"] >= settings.min_group_size
        and counts["answered"] < settings.low_participation * counts["invited"]
    ]
    invited_count = invited if isinstance(invited, int) else len(invited)
    common = common_positions(assessed)
    told = narrative(
        Facts(
            answered=len(ordered),
            invited=invited_count,
            participation=participation,
            caveats=caveats,
            positions=assessed,
            common=common,
            divisions=divided,
            themes=themes_by_question,
            questionnaire=questionnaire,
        )
    )
    return {
        "response_count": len(ordered),
        "invited": invited_count,
        "response_rate": number(len(ordered) / invited_count) if invited_count else None,
        "lens": list(lens),
        "participation": participation,
        "groups": {
            grouping: {group: _group(rows, ordered) for group, rows in groups.items()}
            for grouping, groups in described.items()
        },
        "opinion_groups": {
            "shown": clustering.shown,
            "reason": clustering.reason,
            "silhouette": number(clustering.silhouette),
            "threshold": settings.opinion_silhouette,
            "groups": describe(clustering, ordered, every_position(columns)),
        },
        "questions": questions,
        "common_response": {
            "positions": assessed,
            "common": common,
            "divisions": divided,
            "tests": {
                "count": tests,
                "fdr": settings.false_discovery_rate,
                "method": "Fisher's exact test; Benjamini-Hochberg over the round's tests",
            },
            "caveats": caveats,
            **told,
        },
        "settings": asdict(settings),
    }


def compare(
    columns: Sequence[Column],
    lens: Mapping[str, Mapping[str, np.ndarray]],
    opinion: Mapping[str, np.ndarray] | None,
    settings: AnalysisSettings,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """The calibrated part of a summary: every position assessed, the divisions, and the
    number of tests the false discovery rate was controlled over."""
    rule = CommonRule(
        settings.common_share,
        settings.common_floor,
        settings.confidence,
        settings.min_group_size,
        settings.solid_answers,
    )
    divided, tests = divisions(
        measures(columns),
        lens,
        gap=settings.division_gap,
        fdr=settings.false_discovery_rate,
        min_group=settings.min_group_size,
        solid_group=settings.solid_group,
    )
    return assess(positions(columns), lens, opinion, rule), divided, tests


def named_groupings(
    members: Sequence[Member], lens: Sequence[str], min_group: int
) -> dict[str, dict[str, np.ndarray]]:
    """The groups of each named grouping as row masks over `members`.

    Sectors overlap (a network works in several), so each sector big enough to compare
    becomes a grouping of its own: its networks against the others.
    """
    found: dict[str, dict[str, np.ndarray]] = {}
    for grouping in lens:
        if grouping == "sector":
            found |= _sectors(members, min_group)
            continue
        values = np.array([_value(member, grouping) for member in members], dtype=str)
        names, index = np.unique(values, return_inverse=True)
        found[grouping] = {str(name): index == i for i, name in enumerate(names)}
    return found


def _value(member: Member, grouping: str) -> str:
    if grouping == "mou":
        return "mou" if member.mou else "no_mou"
    if grouping == "province":
        return member.province or "—"
    return str(getattr(member, grouping))


def _sectors(members: Sequence[Member], min_group: int) -> dict[str, dict[str, np.ndarray]]:
    names = sorted({sector for member in members for sector in member.sectors})
    found = {}
    seen: set[bytes] = set()  # a sector that splits the networks as another one does is one
    for name in names:
        rows = np.array([name in member.sectors for member in members], dtype=bool)
        if rows.sum() >= min_group and not {rows.tobytes(), (~rows).tobytes()} & seen:
            seen.add(rows.tobytes())
            found[f"sector:{name}"] = {name: rows, "other": ~rows}
    return found


def _participation(
    respondents: Sequence[Respondent],
    invited: Sequence[Member] | int,
    lens: Sequence[str],
    min_group: int,
) -> dict[str, dict[str, dict[str, int]]]:
    """Invited and answered per group of the lens (empty when only a count was given)."""
    if isinstance(invited, int):
        return {}
    asked = named_groupings(invited, lens, min_group)
    answered = named_groupings(respondents, lens, 0)  # every sector: counted, not compared
    return {
        grouping: {
            group: {
                "invited": int(rows.sum()),
                "answered": int(answered.get(grouping, {}).get(group, np.zeros(0)).sum()),
            }
            for group, rows in groups.items()
        }
        for grouping, groups in asked.items()
    }


def _themes(
    column: Column, respondents: Sequence[Respondent], glossary: Sequence[tuple[str, str]]
) -> list[dict[str, Any]]:
    writers = column.text_rows.tolist()
    return themes(
        [
            Text(respondents[row].network_id, text)
            for row, text in zip(writers, column.texts, strict=True)
        ],
        glossary,
    )


def _group(rows: np.ndarray, respondents: Sequence[Respondent]) -> dict[str, Any]:
    size = int(rows.sum())
    group: dict[str, Any] = {"size": size}
    if size <= MAX_LISTED_MEMBERS:
        group["networks"] = [respondents[int(i)].network_id for i in np.flatnonzero(rows)]
    return group
