"""The summary API: the common response of a scripted round, versions, report, CSV, XLSX."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from consult.analysis.summary import AnalysisSettings
from consult.db import utcnow
from consult.domain import summaries
from tests.conftest import FOCAL_POINT

ENGLISH_CHALLENGES = [
    "Donor funding is declining and the CCC network needs core funding",
    "Core funding from donors ends next year",
    "We lack funding for advocacy staff",
]
KHMER_CHALLENGES = [
    "ការសម្របសម្រួលជាមួយអាជ្ញាធរខេត្តខ្សោយ",
    "កិច្ចប្រជុំសម្របសម្រួលជាមួយខេត្តកម្រណាស់",
    "ត្រូវការការសម្របសម្រួលប្រចាំខែជាមួយខេត្ត",
]


def scripted_answers(network: dict, index: int, dissenters: set[str]) -> dict:
    """The script: what every network holds, and where umbrella/provincial and MoU differ.

    Common by design: donor_role agree, funding ranked first, working group chosen (all but
    two networks, each in a large group), technical collaboration chosen.
    Divided by design: coop_level by kind (umbrella 5, provincial 1) and financial
    collaboration by MoU partnership (every partner, no one else).
    """
    umbrella = network["kind"] == "umbrella"
    dissenter = network["acronym"] in dissenters
    areas = ["technical", "financial"] if network["mou"] else ["technical"]
    texts = ENGLISH_CHALLENGES if umbrella else KHMER_CHALLENGES
    return {
        "coop_level": 5 if umbrella else 1,
        "collab_areas": areas,
        "donor_role": "agree",
        "mechanism": ("forum" if umbrella else "mou") if dissenter else "working_group",
        "priorities": ["funding", "capacity", "space"]
        if index % 2
        else ["funding", "space", "capacity"],
        "members": 10 + index,
        "challenges": texts[index % len(texts)],
    }


def pick_dissenters(invitations: list[dict]) -> set[str]:
    """One umbrella and one provincial network, both without an MoU (the larger groups)."""
    chosen = set()
    for kind in ("umbrella", "provincial"):
        network = next(
            i["network"]
            for i in invitations
            if i["network"]["kind"] == kind and not i["network"]["mou"]
        )
        chosen.add(network["acronym"])
    return chosen


def answer_all(client, launched_round) -> None:
    dissenters = pick_dissenters(launched_round.invitations)
    for index, invitation in enumerate(launched_round.invitations):
        body = {
            "answers": scripted_answers(invitation["network"], index, dissenters),
            "submitted_by": FOCAL_POINT,
        }
        reply = client.post(f"/api/v1/respond/{invitation['token']}", json=body)
        assert reply.status_code == 200, reply.json


def compute(app, round_id: int, final: bool = False) -> int:
    """What the recompute task does, in the test's process (the worker test runs the task)."""
    with app.extensions["consult"].database.session() as session:
        return summaries.compute_summary(
            session, round_id, utcnow(), AnalysisSettings(), final=final
        ).version


@pytest.fixture
def answered_round(app, client, launched_round):
    answer_all(client, launched_round)
    compute(app, launched_round.id)
    return launched_round


def test_the_common_response_names_what_the_script_made_common_and_divided(
    client, admin, answered_round
):
    summary = client.get(f"/api/v1/rounds/{answered_round.id}/summary", headers=admin).json
    response = summary["data"]["common_response"]

    common = {(c["question"], c["stance"], c["option"]) for c in response["common"]}
    assert common == {
        ("donor_role", "agree", None),
        ("priorities", "first", "funding"),
        ("mechanism", "chose", "working_group"),
        ("collab_areas", "chose", "technical"),
    }
    divisions = {
        (d["question"], d["stance"], d["option"], d["grouping"]) for d in response["divisions"]
    }
    assert divisions == {
        ("coop_level", "agree", None, "kind"),
        ("coop_level", "disagree", None, "kind"),
        ("collab_areas", "chose", "financial", "mou"),
    }
    coop = next(d for d in response["divisions"] if d["stance"] == "agree")
    assert coop["groups"] == {"provincial": 0.0, "umbrella": 1.0} and coop["gap"] == 1.0

    assert summary["response_count"] == 34 and summary["data"]["response_rate"] == 1.0
    assert len(summary["data"]["groups"]["opinion"]) >= 2, "the scripted camps form opinion groups"
    english = response["narrative"]["en"]
    assert english.startswith("34 of 34 networks answered (100%).")
    assert "stand together" in english and "divided" in english
    assert "ការ" in response["narrative"]["km"]


def test_breakdowns_and_themes_follow_the_script(client, admin, answered_round):
    data = client.get(f"/api/v1/rounds/{answered_round.id}/summary", headers=admin).json["data"]
    questions = {q["key"]: q for q in data["questions"]}
    coop = questions["coop_level"]["breakdowns"]["kind"]
    assert coop["umbrella"]["mean"] == 5 and coop["provincial"]["mean"] == 1
    assert questions["collab_areas"]["breakdowns"]["mou"]["no_mou"]["shares"]["financial"] == 0
    terms = {term for theme in questions["challenges"]["themes"] for term in theme["label"]}
    assert "funding" in terms and "សម្របសម្រួល" in terms


def test_versions_stay_and_an_earlier_one_can_be_read(app, client, admin, answered_round):
    url = f"/api/v1/rounds/{answered_round.id}/summary"
    assert compute(app, answered_round.id, final=True) == 2
    latest = client.get(url, headers=admin).json
    first = client.get(f"{url}?version=1", headers=admin).json
    assert (latest["version"], latest["final"]) == (2, True)
    assert (first["version"], first["final"]) == (1, False)
    assert first["questionnaire_sha256"] == latest["questionnaire_sha256"]
    missing = client.get(f"{url}?version=9", headers=admin)
    assert missing.status_code == 404 and missing.json["code"] == "not_found"


def test_no_summary_yet_and_unknown_round_are_404(client, admin, launched_round):
    assert (
        client.get(f"/api/v1/rounds/{launched_round.id}/summary", headers=admin).status_code == 404
    )
    assert client.get("/api/v1/rounds/999/summary", headers=admin).status_code == 404
    bad = client.get(f"/api/v1/rounds/{launched_round.id}/summary?version=zero", headers=admin)
    assert bad.status_code in (400, 422) and "version" in str(bad.json)


@pytest.mark.parametrize(
    ("lang", "headings"),
    [
        ("en", ["Common response", "Where the networks stand together", "Where they are divided"]),
        ("km", ["ការឆ្លើយតបរួម", "កន្លែងដែលបណ្តាញមានជំហររួម", "សំណួរនីមួយៗ"]),
    ],
)
def test_report_is_html_with_charts_in_either_language(
    client, viewer, answered_round, lang, headings
):
    page = client.get(
        f"/api/v1/rounds/{answered_round.id}/summary/report?lang={lang}", headers=viewer
    )
    assert page.status_code == 200 and page.content_type.startswith("text/html")
    html = page.get_data(as_text=True)
    for heading in headings:
        assert heading in html
    assert "<svg" in html and "<script" not in html
    assert f'lang="{lang}"' in html


def test_summary_csv_and_xlsx_hold_the_same_rows_with_khmer_intact(client, viewer, answered_round):
    base = f"/api/v1/rounds/{answered_round.id}/summary"
    as_csv = client.get(f"{base}.csv", headers=viewer)
    assert as_csv.status_code == 200
    text = as_csv.get_data().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    workbook = load_workbook(io.BytesIO(client.get(f"{base}.xlsx", headers=viewer).data))
    sheet = [
        [("" if c is None else str(c)) for c in row]
        for row in workbook.active.iter_rows(values_only=True)
    ]
    assert len(rows) == len(sheet) > 34
    assert rows[0] == sheet[0]
    assert any("សម្របសម្រួល" in cell for row in rows for cell in row)


def test_recompute_is_for_staff_and_returns_a_task_to_follow(client, admin, viewer, launched_round):
    url = f"/api/v1/rounds/{launched_round.id}/summary/recompute"
    assert client.post(url, headers=viewer).status_code == 403
    accepted = client.post(url, headers=admin)
    assert accepted.status_code == 202 and accepted.json["state"] == "PENDING"
    task = client.get(f"/api/v1/tasks/{accepted.json['task_id']}", headers=viewer)
    assert task.status_code == 200 and task.json["task_id"] == accepted.json["task_id"]
    assert client.post("/api/v1/rounds/999/summary/recompute", headers=admin).status_code == 404


def test_summary_table_starts_with_the_common_response_in_both_languages(
    client, viewer, answered_round
):
    text = client.get(f"/api/v1/rounds/{answered_round.id}/summary.csv", headers=viewer)
    rows = list(csv.DictReader(io.StringIO(text.get_data().decode("utf-8-sig"))))
    sections = [row["section"] for row in rows]
    assert sections[: sections.index("division")] == ["common"] * 4
    assert set(sections) == {"common", "division", "statistic", "theme"}
    donor = next(
        row for row in rows if row["section"] == "common" and row["question"] == "donor_role"
    )
    assert donor["value"] == "1.0" and donor["text_km"].endswith("យល់ស្រប")
