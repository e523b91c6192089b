"""Synthetic rounds with a known truth, for calibrating the common response.

A round has the body's shape: 12 to 60 networks answering, umbrella and provincial
networks roughly 1:2, some invited networks that never answer and some questions skipped.
In a *null* round every network answers from one distribution, drawn afresh per round, so
no difference between groups is real; in a *planted* round one statement is held by 85% of
every group (a true common position) and another splits the kinds 90% against 15% (a true
division of 75 points). The true share of every position is known, so what the engine
reports can be scored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from consult.analysis.columns import Invitee, Respondent

OPTIONS = [{"key": key, "text": {"en": f"Option {key}", "km": f"ជម្រើស {key}"}} for key in "abcd"]


def _question(key: str, kind: str, **extra: object) -> dict:
    return {
        "key": key,
        "type": kind,
        "text": {"en": f"Question {key}", "km": f"សំណួរ {key}"},
        **extra,
    }


QUESTIONNAIRE = [
    _question("s1", "statement"),
    _question("s2", "statement"),
    _question("s3", "statement"),
    _question("l1", "likert"),
    _question("l2", "likert"),
    _question("r1", "rating", scale=5),
    _question("c1", "single_choice", options=OPTIONS[:3]),
    _question("m1", "multi_choice", options=OPTIONS),
    _question("k1", "ranking", options=OPTIONS[:3]),
    _question("n1", "number", min=0, max=100),
]
PLANTED_COMMON = ("s1", "agree", None)
PLANTED_DIVISION = "s2"
SKIP = 0.05  # the share of questions a network leaves unanswered
KINDS = ("umbrella", "provincial")


@dataclass
class SyntheticRound:
    respondents: list[Respondent]
    invited: list[Invitee]
    # The true share of each position (question, stance, option) over all networks.
    truth: dict[tuple[str, str, str | None], float] = field(default_factory=dict)
    planted: bool = False


class Distribution:
    """How one population answers every question, with the true share of each position."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.statements = {key: _statement(rng) for key in ("s1", "s2", "s3")}
        self.scales = {key: _scale(rng) for key in ("l1", "l2", "r1")}
        self.single = rng.dirichlet(rng.uniform(0.5, 3, 3))
        self.multi = rng.uniform(0.1, 0.9, 4)
        self.ranking = rng.lognormal(0, 0.8, 3)

    def answer(self, rng: np.random.Generator) -> dict:
        answers: dict = {}
        for key, shares in self.statements.items():
            answers[key] = ("agree", "disagree", "pass")[rng.choice(3, p=shares)]
        for key, shares in self.scales.items():
            answers[key] = int(rng.choice(5, p=shares)) + 1
        answers["c1"] = "abc"[rng.choice(3, p=self.single)]
        answers["m1"] = [key for key, p in zip("abcd", self.multi, strict=True) if rng.random() < p]
        answers["k1"] = _plackett_luce(rng, self.ranking)
        answers["n1"] = int(rng.integers(0, 101))
        return {key: value for key, value in answers.items() if rng.random() >= SKIP}

    def truth(self) -> dict[tuple[str, str, str | None], float]:
        truth: dict[tuple[str, str, str | None], float] = {}
        for key, (agree, disagree, _) in self.statements.items():
            truth[(key, "agree", None)] = agree
            truth[(key, "disagree", None)] = disagree
        for key, shares in self.scales.items():
            truth[(key, "agree", None)] = shares[3:].sum()
            truth[(key, "disagree", None)] = shares[:2].sum()
        for option, share in zip("abc", self.single, strict=True):
            truth[("c1", "chose", option)] = share
        for option, share in zip("abcd", self.multi, strict=True):
            truth[("m1", "chose", option)] = share
        for option, weight in zip("abc", self.ranking, strict=True):
            truth[("k1", "first", option)] = weight / self.ranking.sum()
        return truth


def _statement(rng: np.random.Generator) -> np.ndarray:
    agree = rng.uniform(0.2, 0.9)
    passed = rng.uniform(0, min(0.15, 1 - agree))
    return np.array([agree, 1 - agree - passed, passed])


def _scale(rng: np.random.Generator) -> np.ndarray:
    agree = rng.uniform(0.15, 0.9)
    disagree = rng.uniform(0, 1 - agree) * 0.8
    neutral = 1 - agree - disagree
    split_agree, split_disagree = rng.uniform(0.2, 0.8, 2)
    return np.array(
        [
            disagree * split_disagree,
            disagree * (1 - split_disagree),
            neutral,
            agree * (1 - split_agree),
            agree * split_agree,
        ]
    )


def _plackett_luce(rng: np.random.Generator, weights: np.ndarray) -> list[str]:
    left = list(range(len(weights)))
    order = []
    while left:
        chances = weights[left] / weights[left].sum()
        order.append(left.pop(int(rng.choice(len(left), p=chances))))
    return ["abc"[i] for i in order]


def synthetic_round(
    seed: int,
    answering: int,
    *,
    planted: bool = False,
    common: float = 0.85,
    division: tuple[float, float] = (0.90, 0.15),
) -> SyntheticRound:
    """`answering` networks, a third umbrella and two thirds provincial, 10-30% more invited."""
    rng = np.random.default_rng(seed)
    umbrella = round(answering / 3)
    kinds = ["umbrella"] * umbrella + ["provincial"] * (answering - umbrella)
    population = Distribution(rng)
    per_kind = {kind: population for kind in KINDS}
    if planted:
        per_kind = {kind: _planted(population, kind, common, division) for kind in KINDS}
    respondents = []
    invited = []
    for index, kind in enumerate(kinds):
        mou = bool(rng.random() < 0.4)
        province = "Phnom Penh" if kind == "umbrella" else f"Province {index}"
        answers = per_kind[kind].answer(rng)
        respondents.append(Respondent(index + 1, kind, mou, answers, "en", province))
        invited.append(Invitee(kind, mou, province))
    silent = round(answering * rng.uniform(0.1, 0.3))
    for index in range(silent):
        kind = KINDS[int(rng.random() < 2 / 3)]
        invited.append(Invitee(kind, bool(rng.random() < 0.4), f"Silent {index}"))
    truth = population.truth()
    if planted:
        shares = {kind: per_kind[kind].truth() for kind in KINDS}
        truth = {
            position: (
                umbrella * shares["umbrella"][position]
                + (answering - umbrella) * shares["provincial"][position]
            )
            / answering
            for position in truth
        }
    return SyntheticRound(respondents, invited, truth, planted)


def _planted(
    population: Distribution, kind: str, common: float, division: tuple[float, float]
) -> Distribution:
    """The population, with s1 held by `common` of everyone and s2 agreed with by
    division[0] of umbrella and division[1] of provincial networks."""
    changed = Distribution.__new__(Distribution)
    changed.__dict__ = {**population.__dict__, "statements": dict(population.statements)}
    changed.statements["s1"] = np.array([common, 0.95 - common, 0.05])
    agree = division[0] if kind == "umbrella" else division[1]
    changed.statements[PLANTED_DIVISION] = np.array([agree, 0.95 - agree, 0.05])
    return changed
