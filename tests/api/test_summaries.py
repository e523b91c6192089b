"""The summary API: the common response of a scripted round, versions, report, CSV, XLSX."""

from __future__ import annotations

import csv
import io
import re

import pytest
from openpyxl import load_workbook

from consult.models.networks import NETWORK_KINDS
from consult.texts import GROUPS, group_label
from tests.scripted import compute


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
    assert all(c["status"] == "common" and not c["tentative"] for c in response["common"])
    donors = next(c for c in response["common"] if c["question"] == "donor_role")
    assert (donors["held"], donors["n"]) == (34, 34) and donors["interval"][0] > 0.9
    assert donors["groups"]["kind"] == {
        "provincial": {"held": 24, "n": 24},
        "umbrella": {"held": 10, "n": 10},
    }

    divided = {d["question"]: d for d in response["divisions"]}
    assert set(divided) == {"coop_level", "collab_areas"}, "one entry per question"
    coop = divided["coop_level"]
    assert coop["grouping"] == "kind" and coop["gap"] == 1.0
    kind_split = next(s for s in coop["splits"] if s["grouping"] == "kind")
    assert kind_split["groups"]["umbrella"] == {"held": 10, "n": 10, "share": 1.0}
    assert kind_split["groups"]["provincial"] == {"held": 0, "n": 24, "share": 0.0}
    assert kind_split["q_value"] <= 0.05 and kind_split["test"] == "fisher"
    financial = divided["collab_areas"]["splits"][0]
    assert (financial["grouping"], financial["option"]) == ("mou", "financial")
    assert response["tests"]["count"] > 0

    coop_position = next(p for p in response["positions"] if p["question"] == "coop_level")
    assert coop_position["stance"] == "disagree" and coop_position["status"] == "majority"
    assert coop_position["opposed_by"] == [
        {"grouping": "kind", "group": "umbrella", "held": 0, "n": 10}
    ]

    assert summary["response_count"] == 34 and summary["data"]["response_rate"] == 1.0
    opinion = summary["data"]["opinion_groups"]
    assert opinion["shown"] and len(opinion["groups"]) >= 2, "the scripted camps are distinct"
    assert all(group["size"] >= 5 and group["distinctive"] for group in opinion["groups"])
    english = response["narrative"]["en"]
    assert english.startswith("34 of 34 invited networks answered")
    assert "agree that “Donors should require coordination" in english
    assert "Networks are divided on “Cooperation among CSOs" in english
    assert "យល់ស្របថា «ម្ចាស់ជំនួយ" in response["narrative"]["km"]


def test_breakdowns_and_themes_follow_the_script(client, admin, answered_round):
    data = client.get(f"/api/v1/rounds/{answered_round.id}/summary", headers=admin).json["data"]
    questions = {q["key"]: q for q in data["questions"]}
    coop = questions["coop_level"]["breakdowns"]["kind"]
    assert coop["umbrella"]["mean"] == 5 and coop["provincial"]["mean"] == 1
    assert questions["collab_areas"]["breakdowns"]["mou"]["no_mou"]["shares"]["financial"] == 0
    terms = {
        term
        for theme in questions["challenges"]["themes"]
        for language in ("en", "km")
        for term in theme["label"][language]
    }
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


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("en", ["Umbrella networks", "Provincial networks", "MoU partners", "Not MoU partners"]),
        ("km", ["បណ្តាញឆ័ត្រ", "បណ្តាញខេត្ត", "ដៃគូ MoU", "មិនមែនដៃគូ MoU"]),
    ],
)
def test_report_names_the_groups_in_the_readers_language_not_by_code(
    client, viewer, answered_round, lang, labels
):
    page = client.get(
        f"/api/v1/rounds/{answered_round.id}/summary/report?lang={lang}", headers=viewer
    )
    cells = re.findall(r"<td>([^<]*)</td>", page.get_data(as_text=True))
    for label in labels:
        assert label in cells, label
    codes = {"umbrella", "provincial", "member", "mou", "no_mou"}
    assert codes.isdisjoint(cells)
    assert "no_mou" not in page.get_data(as_text=True)
    headers = set(re.findall(r"<th>([^<]*)</th>", page.get_data(as_text=True)))
    english = {"lowest", "median", "highest", "total", "networks"}
    assert english <= headers if lang == "en" else english.isdisjoint(headers)
    assert ("មេដ្យាន" in headers) == (lang == "km")


def test_every_group_the_analysis_codes_has_a_name_in_both_languages():
    assert set(GROUPS["kind"]) == set(NETWORK_KINDS)
    assert set(GROUPS["mou"]) == {"mou", "no_mou"}
    for labels in GROUPS.values():
        for label in labels.values():
            assert set(label) == {"en", "km"} and all(label.values())
    assert group_label("opinion", "A", "km") == "A"
    assert group_label("province", "Battambang", "en") == "Battambang"


def test_summary_csv_and_xlsx_hold_the_same_rows_with_khmer_intact(client, viewer, answered_round):
    base = f"/api/v1/rounds/{answered_round.id}/summary"
    as_csv = client.get(f"{base}.csv?labels=km", headers=viewer)
    assert as_csv.status_code == 200
    text = as_csv.get_data().decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    workbook = load_workbook(io.BytesIO(client.get(f"{base}.xlsx?labels=km", headers=viewer).data))
    sections = ["Common response", "Divisions", "Statistics", "Themes"]
    assert workbook.sheetnames == [*sections, "Questions", "Keys"]
    sheets = [
        [
            [("" if c is None else str(c)) for c in row]
            for row in workbook[name].iter_rows(values_only=True)
        ]
        for name in sections
    ]
    assert all(sheet[0] == header[1:] for sheet in sheets), "the section column is the sheet"
    assert header[:2] == ["ផ្នែក", "កូដសំណួរ"]
    in_sheets = [row for sheet in sheets for row in sheet[1:]]
    assert len(rows) == len(in_sheets) > 34
    assert [_cells(row[1:]) for row in rows] == [_cells(row) for row in in_sheets]
    assert any("សម្របសម្រួល" in cell for row in rows for cell in row)


def _cells(row: list[str]) -> list[object]:
    """A row with numbers compared as numbers: Excel keeps 1.0 as 1."""
    return [float(cell) if re.fullmatch(r"-?[\d.]+(e-?\d+)?", cell) else cell for cell in row]


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
    url = f"/api/v1/rounds/{answered_round.id}/summary.csv?labels=keys"
    rows = list(csv.DictReader(io.StringIO(client.get(url, headers=viewer).text.lstrip("\ufeff"))))
    sections = [row["section"] for row in rows]
    assert sections[: sections.index("division")] == ["common"] * 4
    assert set(sections) == {"common", "division", "statistic", "theme"}
    donor = next(
        row for row in rows if row["section"] == "common" and row["question"] == "donor_role"
    )
    assert donor["value"] == "1.0" and donor["text_km"].endswith("យល់ស្រប")
