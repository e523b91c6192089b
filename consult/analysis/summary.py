"""A round's summary from its questionnaire and its networks' latest submissions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from consult.analysis.columns import Column, Respondent, build_columns
from consult.analysis.common import common_response, positions
from consult.analysis.groups import answer_vectors, group_name, opinion_groups
from consult.analysis.narrative import narrative
from consult.analysis.stats import number, question_stats
from consult.analysis.themes import Text, themes

MAX_LISTED_MEMBERS = 500


@dataclass(frozen=True)
class AnalysisSettings:
    """The thresholds of the common response; the defaults are the product's."""

    common_share: float = 2 / 3
    division_gap: float = 0.30
    min_group_size: int = 3
    min_networks_for_groups: int = 8
    with_themes: bool = True


@threadpool_limits.wrap(limits=1)
def summarize(
    questionnaire: Sequence[Mapping[str, Any]],
    respondents: Sequence[Respondent],
    *,
    invited: int,
    settings: AnalysisSettings | None = None,
) -> dict[str, Any]:
    """Per-question statistics, breakdowns, opinion groups, themes and the common response.

    The result is plain JSON-ready data; the same input gives the same output, byte for byte.
    One thread for BLAS and OpenMP: the matrices are small, and on a 2-core worker running
    two tasks their threads only wait for each other (k-means ran four times slower).
    """
    settings = settings or AnalysisSettings()
    ordered = sorted(respondents, key=lambda respondent: respondent.network_id)
    columns = build_columns(questionnaire, ordered)
    everyone = np.ones(len(ordered), dtype=bool)
    groupings = _attribute_groupings(ordered)
    labels = opinion_groups(
        answer_vectors(columns), settings.min_group_size, settings.min_networks_for_groups
    )
    if labels is not None:
        groupings["opinion"] = {group_name(i): labels == i for i in range(int(labels.max()) + 1)}

    questions = []
    all_themes: list[dict[str, Any]] = []
    for column in columns:
        entry: dict[str, Any] = {
            "key": column.question["key"],
            "type": column.kind,
            "text": column.question["text"],
            "stats": question_stats(column, everyone),
        }
        if column.kind == "text":
            entry["themes"] = _themes(column, ordered) if settings.with_themes else []
            all_themes += entry["themes"]
        else:
            entry["breakdowns"] = {
                grouping: {group: question_stats(column, rows) for group, rows in groups.items()}
                for grouping, groups in groupings.items()
            }
        questions.append(entry)

    response = common_response(
        positions(columns),
        groupings,
        share=settings.common_share,
        gap=settings.division_gap,
        min_group=settings.min_group_size,
    )
    all_themes.sort(key=lambda theme: -int(theme["count"]))
    return {
        "response_count": len(ordered),
        "invited": invited,
        "response_rate": number(len(ordered) / invited) if invited else None,
        "groups": {
            grouping: {group: _group(rows, ordered) for group, rows in groups.items()}
            for grouping, groups in groupings.items()
        },
        "questions": questions,
        "common_response": {
            **response,
            "narrative": narrative(
                len(ordered), invited, response["common"], response["divisions"], all_themes
            ),
        },
        "settings": asdict(settings),
    }


def _themes(column: Column, respondents: Sequence[Respondent]) -> list[dict[str, Any]]:
    writers = column.text_rows.tolist()
    return themes(
        [
            Text(respondents[row].network_id, text)
            for row, text in zip(writers, column.texts, strict=True)
        ]
    )


def _attribute_groupings(respondents: Sequence[Respondent]) -> dict[str, dict[str, np.ndarray]]:
    kinds = np.array([respondent.kind for respondent in respondents], dtype=object)
    mou = np.array([respondent.mou for respondent in respondents], dtype=bool)
    return {
        "kind": {kind: kinds == kind for kind in sorted(set(kinds.tolist()))},
        "mou": {name: rows for name, rows in (("mou", mou), ("no_mou", ~mou)) if rows.any()},
    }


def _group(rows: np.ndarray, respondents: Sequence[Respondent]) -> dict[str, Any]:
    size = int(rows.sum())
    group: dict[str, Any] = {"size": size}
    if size <= MAX_LISTED_MEMBERS:
        group["networks"] = [respondents[i].network_id for i in np.flatnonzero(rows)]
    return group
