"""The narrative read back: the sample round with scripted answers, a round where nothing is
true, and a round where a group answered too little to speak for."""

from __future__ import annotations

import csv
import json
import re

import pytest

from consult.analysis.columns import Invitee, Respondent
from consult.analysis.narrative import MAX_POINTS
from consult.analysis.summary import AnalysisSettings, summarize
from tests.analysis.synthetic import QUESTIONNAIRE, synthetic_round
from tests.conftest import NETWORKS_CSV, SAMPLE_ROUND
from tests.scripted import scripted_answers

QUOTED = re.compile(r"“[^”]*”|«[^»]*»")
NUMBER = re.compile(r"\d+")


def _sample_round_summary() -> dict:
    questionnaire = json.loads(SAMPLE_ROUND.read_text(encoding="utf-8"))["questions"]
    with NETWORKS_CSV.open(encoding="utf-8") as rows:
        networks = [row for row in csv.DictReader(rows) if row["kind"] != "member"]
    dissenters = {
        next(n["acronym"] for n in networks if n["kind"] == kind and n["mou"] == "no")
        for kind in ("umbrella", "provincial")
    }
    respondents, invited = [], []
    for index, row in enumerate(networks):
        network = {"kind": row["kind"], "mou": row["mou"] == "yes", "acronym": row["acronym"]}
        answers = scripted_answers(network, index, dissenters)
        respondents.append(
            Respondent(index + 1, row["kind"], network["mou"], answers, "en", row["province"])
        )
        invited.append(Invitee(row["kind"], network["mou"], row["province"]))
    return summarize(questionnaire, respondents, invited=invited, lens=("kind", "mou"))


@pytest.fixture(scope="module")
def sample_summary() -> dict:
    return _sample_round_summary()


def _numbers_outside_quotes(text: str) -> list[int]:
    return [int(n) for n in NUMBER.findall(QUOTED.sub("", text))]


def test_every_number_of_the_narrative_is_a_fact_of_its_point(sample_summary):
    points = sample_summary["common_response"]["points"]
    assert 2 <= len(points) <= MAX_POINTS
    for point in points:
        for language in ("en", "km"):
            stated = _numbers_outside_quotes(point["text"][language])
            assert set(stated) <= set(point["facts"].values()), (language, point)


def test_the_facts_are_the_summary_counts(sample_summary):
    response = sample_summary["common_response"]
    positions = {(p["question"], p["option"] or p["stance"]): p for p in response["positions"]}
    divisions = {d["question"]: d for d in response["divisions"]}
    for point in response["points"]:
        facts = point["facts"]
        if point["kind"] == "participation":
            assert facts["answered"] == sample_summary["response_count"] == 34
            assert facts["invited"] == sample_summary["invited"]
        elif point["kind"] == "common":
            for name, value in facts.items():
                if name.startswith("held_"):
                    assert positions[(point["question"], name[5:])]["held"] == value
        elif point["kind"] == "division":
            split = divisions[point["question"]]["splits"][0]
            counted = {(c["held"], c["n"]) for c in split["groups"].values()}
            assert (facts["high_held"], facts["high_n"]) in counted
            assert (facts["low_held"], facts["low_n"]) in counted


def test_no_question_twice_and_no_division_without_its_test(sample_summary):
    response = sample_summary["common_response"]
    named = [p["question"] for p in response["points"] if p["question"]]
    assert len(named) == len(set(named))
    assert len({d["question"] for d in response["divisions"]}) == len(response["divisions"])
    for division in response["divisions"]:
        for split in division["splits"]:
            assert split["q_value"] <= response["tests"]["fdr"]
            assert split["gap"] >= sample_summary["settings"]["division_gap"]
            assert min(g["n"] for g in split["groups"].values()) >= 5
    kinds = [p["kind"] for p in response["points"]]
    assert kinds[0] == "participation" and "common" in kinds and "division" in kinds
    assert kinds.index("common") < kinds.index("division")


def test_a_round_where_nothing_is_true_says_so():
    for seed in range(40):
        synthetic = synthetic_round(seed, 30)
        summary = summarize(
            QUESTIONNAIRE,
            synthetic.respondents,
            invited=synthetic.invited,
            settings=AnalysisSettings(with_themes=False),
        )
        response = summary["common_response"]
        if not response["common"] and not response["divisions"]:
            english = response["narrative"]["en"]
            assert "No position is held by a clear majority" in english
            assert "no division between groups" in english
            assert "គ្មានជំហរណា" in response["narrative"]["km"]
            return
    pytest.fail("no null round without common positions or divisions among 40")


def test_a_group_that_answered_little_gets_a_caveat():
    synthetic = synthetic_round(7, 30)
    umbrella_invited = [Invitee("umbrella", False, "Phnom Penh")] * 20
    summary = summarize(
        QUESTIONNAIRE,
        synthetic.respondents,
        invited=synthetic.invited + umbrella_invited,
        settings=AnalysisSettings(with_themes=False),
    )
    caveats = summary["common_response"]["caveats"]
    assert [(c["group"], c["answered"]) for c in caveats] == [("umbrella", 10)]
    text = summary["common_response"]["narrative"]["en"]
    assert f"Only 10 of {caveats[0]['invited']} umbrella networks answered" in text


def _statement_round(answers: list[tuple[str, str, tuple[str, ...]]], lens: tuple[str, ...]):
    questionnaire = [QUESTIONNAIRE[0]]
    respondents = [
        Respondent(i + 1, kind, False, {"s1": said}, "en", None, sectors)
        for i, (kind, said, sectors) in enumerate(answers)
    ]
    invited = [Invitee(r.kind, r.mou, r.province, r.sectors) for r in respondents]
    return summarize(
        questionnaire,
        respondents,
        invited=invited,
        lens=lens,
        settings=AnalysisSettings(with_themes=False),
    )["common_response"]


def test_a_common_position_that_also_divides_is_not_followed_by_no_division():
    answers = [("umbrella", "agree", ())] * 20 + [("provincial", "agree", ())] * 26
    answers += [("provincial", "disagree", ())] * 14
    response = _statement_round(answers, ("kind",))
    assert response["common"] and response["divisions"]
    english = response["narrative"]["en"]
    assert "On the same question they are divided" in english
    assert "no division" not in english


def test_sector_groups_are_counted_and_named():
    answers = [("provincial", "agree", ("health",))] * 10
    answers += [("provincial", "disagree", ("education",))] * 20
    response = _statement_round(answers, ("sector",))
    assert not response["caveats"], "every invited network answered"
    english = response["narrative"]["en"]
    assert "against 0 of 20 networks in education" in english
    assert "It also divides them by sector" not in english, "health is the same split"
    khmer = response["narrative"]["km"]
    assert "បណ្តាញក្នុងវិស័យការអប់រំ" in khmer and "education" not in khmer
