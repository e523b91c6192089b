"""A full summary recompute at 1,000, 10,000 and 100,000 responses, against pandas.

Synthetic, seeded rounds of 20 questions of every type (two of them free text; one text
answer in ten is in Khmer). Both sides start from the same rows, as the database query
returns them: a Respondent (network id, kind, MoU, answers dict) per network. The summary
computes its statistics, breakdowns by kind and MoU, opinion groups and common response.
The pandas baseline builds its DataFrame and computes the same per-question distributions
overall and by kind and MoU: less work (no opinion groups, no common response). Themes are
timed on their own, outside the ratio. Each measurement runs in a fresh process; its peak
memory is how much the process's peak resident size grew during the measurement.
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any

import numpy as np

from bench.process import measure_in_subprocess, peak_mib, report
from consult.analysis.columns import Respondent, build_columns
from consult.analysis.groups import opinion_groups
from consult.analysis.summary import AnalysisSettings, compare, named_groupings, summarize
from consult.analysis.themes import Text, segment_khmer, themes

SIZES = (1_000, 10_000, 100_000)
SEED = 20261125
KINDS = ("umbrella", "provincial", "thematic")
ENGLISH = (
    "donor funding is declining",
    "coordination with the province is weak",
    "the NGO law registration takes too long",
    "we need training for young staff",
    "CCC meetings help us share information",
    "rice farmers lost their harvest to floods",
    "core funding ends next year",
)
KHMER = (
    "ថវិកាពីម្ចាស់ជំនួយថយចុះ",
    "ការសម្របសម្រួលជាមួយខេត្តខ្សោយ",
    "ត្រូវការវគ្គបណ្តុះបណ្តាលសម្រាប់បុគ្គលិក",
    "កិច្ចប្រជុំ CCC ជួយចែករំលែកព័ត៌មាន",
)


def _options(prefix: str, count: int) -> list[dict[str, Any]]:
    return [{"key": f"{prefix}{i}", "text": {"en": f"{prefix} {i}"}} for i in range(count)]


def questionnaire() -> list[dict[str, Any]]:
    """20 questions: 3 single, 3 multi, 4 likert, 2 rating, 2 number, 2 ranking, 2 statement,
    2 text."""
    layout = (
        [("single_choice", {"options": _options("s", 4)})] * 3
        + [("multi_choice", {"options": _options("m", 5)})] * 3
        + [("likert", {})] * 4
        + [("rating", {"scale": 10})] * 2
        + [("number", {})] * 2
        + [("ranking", {"options": _options("r", 4)})] * 2
        + [("statement", {})] * 2
        + [("text", {})] * 2
    )
    return [
        {"key": f"q{i:02d}", "type": kind, "text": {"en": f"Question {i}"}, **extra}
        for i, (kind, extra) in enumerate(layout)
    ]


def rows(count: int, seed: int = SEED) -> list[Respondent]:
    """One respondent per network, in two camps that lean opposite ways."""
    rng = random.Random(seed)
    questions = questionnaire()
    return [
        Respondent(
            i, rng.choice(KINDS), rng.random() < 0.4, _answers(rng, questions, rng.random() < 0.6)
        )
        for i in range(1, count + 1)
    ]


def _answers(rng: random.Random, questions: list[dict[str, Any]], camp: bool) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for question in questions:
        if rng.random() < 0.05:
            continue  # unanswered
        kind, key = question["type"], question["key"]
        keys = [option["key"] for option in question.get("options", [])]
        if kind == "single_choice":
            answers[key] = keys[0] if camp and rng.random() < 0.7 else rng.choice(keys)
        elif kind == "multi_choice":
            answers[key] = rng.sample(keys, rng.randint(1, 3))
        elif kind == "likert":
            answers[key] = rng.choice((4, 5) if camp else (1, 2, 3))
        elif kind == "rating":
            answers[key] = rng.randint(6, 10) if camp else rng.randint(1, 7)
        elif kind == "number":
            answers[key] = rng.randint(0, 500)
        elif kind == "ranking":
            answers[key] = rng.sample(keys, len(keys))
        elif kind == "statement":
            answers[key] = (
                "agree" if camp and rng.random() < 0.8 else rng.choice(("disagree", "pass"))
            )
        else:
            pool = KHMER if rng.random() < 0.1 else ENGLISH
            answers[key] = " ".join(rng.sample(pool, 2))
    return answers


def run_summary(data: list[Respondent]) -> dict[str, Any]:
    settings = AnalysisSettings(with_themes=False)
    return summarize(questionnaire(), data, invited=len(data), settings=settings)


def run_pandas(data: list[Respondent]) -> dict[str, Any]:
    """Per-question distributions, overall and by kind and MoU, the idiomatic pandas way."""
    import pandas as pd

    frame = pd.DataFrame([respondent.answers for respondent in data])
    frame["_kind"] = [respondent.kind for respondent in data]
    frame["_mou"] = [respondent.mou for respondent in data]
    result: dict[str, Any] = {}
    for question in questionnaire():
        key, kind = question["key"], question["type"]
        if kind == "text":
            continue
        column = frame[[key, "_kind", "_mou"]].dropna(subset=[key])
        if kind in ("multi_choice", "ranking"):
            column = column.explode(key)
            if kind == "ranking":
                column["_position"] = column.groupby(level=0).cumcount()
        result[key] = {}
        for grouping in (None, "_kind", "_mou"):
            if kind == "number":
                grouped = column.groupby(grouping)[key] if grouping else column[key]
                result[key][grouping] = grouped.describe()
            elif kind == "ranking":
                by = [grouping, key] if grouping else [key]
                result[key][grouping] = column.groupby(by)["_position"].agg(["mean", "count"])
            else:
                grouped = column.groupby(grouping)[key] if grouping else column[key]
                result[key][grouping] = grouped.value_counts(normalize=kind != "multi_choice")
    return result


def run_themes(data: list[Respondent]) -> int:
    found = 0
    for question in questionnaire():
        if question["type"] == "text":
            key = question["key"]
            texts = [Text(r.network_id, r.answers[key]) for r in data if key in r.answers]
            found += len(themes(texts))
    return found


def run_groups(networks: int, statements: int) -> int:
    rng = np.random.default_rng(SEED)
    camps = rng.integers(0, 3, networks)
    leaning = rng.choice([-1.0, 0.0, 1.0], size=(3, statements))
    votes = np.where(rng.random((networks, statements)) < 0.7, leaning[camps], 0.0)
    found = opinion_groups(votes, 5, AnalysisSettings().opinion_silhouette)
    return 0 if found.labels is None else int(found.labels.max()) + 1


def calibration_share(size: int) -> None:
    """A whole recompute, and within it the calibrated common response: intervals, the
    exact tests with their false discovery rate, the veto by named groups."""
    data = sorted(rows(size), key=lambda respondent: respondent.network_id)
    run_summary(rows(50))
    started = time.perf_counter()
    run_summary(data)
    whole = time.perf_counter() - started
    settings = AnalysisSettings()
    started = time.perf_counter()
    columns = build_columns(questionnaire(), data)
    lens = named_groupings(data, ("kind", "mou"), settings.min_group_size)
    compare(columns, lens, None, settings)
    report({"whole": whole, "calibration": time.perf_counter() - started})


def khmer_answers(count: int, seed: int = SEED) -> list[Text]:
    """Khmer answers of six words each, all different: the worst case for segmentation."""
    rng = random.Random(seed)
    vocabulary = [word for phrase in KHMER for word in segment_khmer(phrase.replace(" CCC", ""))]
    return [Text(i, "".join(rng.choices(vocabulary, k=6))) for i in range(count)]


def live_themes(count: int) -> None:
    """Themes of `count` distinct Khmer answers, then again with 1% more: a live recompute."""
    answers = khmer_answers(count + count // 100)
    themes(answers[:50])
    segment_khmer.cache_clear()
    started = time.perf_counter()
    themes(answers[:count])
    first = time.perf_counter() - started
    started = time.perf_counter()
    themes(answers)
    report({"first": first, "again": time.perf_counter() - started})


def measure(variant: str, size: int) -> None:
    """One measurement in this process; prints seconds and peak memory growth as JSON."""
    if variant == "live-themes":
        live_themes(size)
        return
    if variant == "calibration":
        calibration_share(size)
        return
    if variant == "groups":
        run_groups(50, 50)  # warm up outside the measurement
        before, started = peak_mib(), time.perf_counter()
        found = run_groups(size, 50)
    else:
        data = rows(size)
        work = {"summary": run_summary, "pandas": run_pandas, "themes": run_themes}[variant]
        work(rows(50))  # import and warm up outside the measurement
        segment_khmer.cache_clear()  # but segment every Khmer answer in the measurement
        before, started = peak_mib(), time.perf_counter()
        found = work(data)
    seconds = time.perf_counter() - started
    report({"seconds": seconds, "peak_mib": peak_mib() - before, "found": bool(found)})


def main() -> None:
    print("\nsummary recompute, 20 questions of every type (one process per measurement)")
    print(
        f"{'responses':>10} {'summary s':>10} {'pandas s':>9} {'ratio':>6} "
        f"{'summary MiB':>12} {'pandas MiB':>11} {'themes s':>9} {'themes MiB':>11}"
    )
    for size in SIZES:
        summary, baseline, text = (
            measure_in_subprocess("bench.summary", variant, str(size))
            for variant in ("summary", "pandas", "themes")
        )
        print(
            f"{size:>10} {summary['seconds']:>10.2f} {baseline['seconds']:>9.2f} "
            f"{summary['seconds'] / baseline['seconds']:>6.2f} {summary['peak_mib']:>12.1f} "
            f"{baseline['peak_mib']:>11.1f} {text['seconds']:>9.2f} {text['peak_mib']:>11.1f}"
        )
    live = measure_in_subprocess("bench.summary", "live-themes", "10000")
    print(
        f"\nthemes of 10,000 distinct Khmer answers: {live['first']:.2f} s; again with 100 "
        f"more, as a live recompute in the same worker: {live['again']:.2f} s"
    )
    share = measure_in_subprocess("bench.summary", "calibration", "1000")
    print(
        f"\ncommon response at 1,000 answers (positions, intervals, exact tests, FDR; columns "
        f"rebuilt, so an upper bound): {share['calibration']:.3f} s of a "
        f"{share['whole']:.3f} s recompute ({share['calibration'] / share['whole']:.0%})"
    )
    groups = measure_in_subprocess("bench.summary", "groups", "5000")
    print(
        f"\nopinion groups of 5,000 networks x 50 statements: {groups['seconds']:.2f} s "
        f"(Pol.is published 14.8 s for 5,000 x 10)"
    )


if __name__ == "__main__":
    if len(sys.argv) == 3:
        measure(sys.argv[1], int(sys.argv[2]))
    else:
        main()
