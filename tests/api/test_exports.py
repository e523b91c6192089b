"""Exports: one row per network, one column per question or option, Khmer intact."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import openpyxl
import pytest

from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS

KHMER_ANSWERS = {
    **SAMPLE_ANSWERS,
    "coop_level": 2,
    "collab_areas": ["financial"],
    "donor_role": "disagree",
    "mechanism": "mou",
    "priorities": ["space", "capacity", "funding"],
    "members": 7,
    "challenges": "ខ្វះថវិកា និងការសម្របសម្រួល",
}


def submit_two(client, launched_round):
    for acronym, answers in (("CCNC", SAMPLE_ANSWERS), ("BNN", KHMER_ANSWERS)):
        body = {"answers": answers, "submitted_by": FOCAL_POINT}
        token = launched_round.token_of(acronym)
        assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    client.put(
        f"/api/v1/respond/{launched_round.token_of('NGOF')}", json={"answers": {"members": 3}}
    )


def expected_cells(answers):
    return {
        "coop_level": answers["coop_level"],
        "donor_role": answers["donor_role"],
        "mechanism": answers["mechanism"],
        "members": answers["members"],
        "challenges": answers["challenges"],
        **{
            f"collab_areas:{option}": int(option in answers["collab_areas"])
            for option in ("technical", "institutional", "financial", "advocacy", "resources")
        },
        **{
            f"priorities:{option}": answers["priorities"].index(option) + 1
            for option in ("funding", "capacity", "space")
        },
    }


def test_csv_has_a_bom_and_cells_that_match_the_submissions(client, admin, launched_round):
    submit_two(client, launched_round)
    response = client.get(
        f"/api/v1/rounds/{launched_round.id}/responses.csv?labels=keys", headers=admin
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    raw = response.get_data()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [row["acronym"] for row in rows] == ["BNN", "CCNC"], "drafts are not exported"
    by_acronym = {row["acronym"]: row for row in rows}
    for acronym, answers in (("CCNC", SAMPLE_ANSWERS), ("BNN", KHMER_ANSWERS)):
        row = by_acronym[acronym]
        for column, value in expected_cells(answers).items():
            assert row[column] == str(value), (acronym, column)
        assert row["submitted_by_email"] == FOCAL_POINT["email"]
        assert row["version"] == "1"


def test_xlsx_cells_match_the_submissions(client, admin, launched_round):
    submit_two(client, launched_round)
    response = client.get(
        f"/api/v1/rounds/{launched_round.id}/responses.xlsx?labels=keys", headers=admin
    )
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.get_data()), read_only=True)["Responses"]
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert len(rows) == 2
    by_acronym = {row[header.index("acronym")]: dict(zip(header, row, strict=True)) for row in rows}
    for acronym, answers in (("CCNC", SAMPLE_ANSWERS), ("BNN", KHMER_ANSWERS)):
        for column, value in expected_cells(answers).items():
            assert by_acronym[acronym][column] == value, (acronym, column)


def test_csv_neutralises_a_formula_but_keeps_its_text(client, admin, launched_round):
    answers = {**SAMPLE_ANSWERS, "challenges": '=HYPERLINK("http://evil")'}
    token = launched_round.token_of("CCNC")
    client.post(f"/api/v1/respond/{token}", json={"answers": answers, "submitted_by": FOCAL_POINT})
    text = client.get(
        f"/api/v1/rounds/{launched_round.id}/responses.csv?labels=keys", headers=admin
    )
    row = next(csv.DictReader(io.StringIO(text.get_data(as_text=True).lstrip("\ufeff"))))
    assert row["challenges"] == "'" + answers["challenges"]


def test_export_of_an_unknown_round_is_a_json_404(client, admin):
    response = client.get("/api/v1/rounds/999/responses.csv", headers=admin)
    assert response.status_code == 404 and response.json["code"] == "not_found"


def _question(sample_round, key):
    return next(q for q in sample_round["questions"] if q["key"] == key)


@pytest.mark.parametrize("language", ["en", "km"])
def test_labels_put_question_texts_and_option_labels_in_headers_and_cells(
    client, admin, launched_round, sample_round, language
):
    submit_two(client, launched_round)
    url = f"/api/v1/rounds/{launched_round.id}/responses.csv?labels={language}"
    text = client.get(url, headers=admin).get_data().decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    coop, areas, mechanism = (
        _question(sample_round, key) for key in ("coop_level", "collab_areas", "mechanism")
    )
    assert coop["text"][language] in header
    technical = f"{areas['text'][language]} — {areas['options'][0]['text'][language]}"
    assert technical in header, "a multi_choice option column is 'Question — Option'"
    assert not any(":" in cell for cell in header[12:]), "no keys in a labelled header"
    cells = [dict(zip(header, row, strict=True)) for row in rows]
    labels = {option["key"]: option["text"][language] for option in mechanism["options"]}
    assert sorted(row[mechanism["text"][language]] for row in cells) == sorted(
        [labels["mou"], labels["working_group"]]
    ), "a chosen option shows its label"
    assert {row[coop["text"][language]] for row in cells} == {"2", "4"}, "numbers stay numbers"


def test_labels_default_to_the_language_the_requester_prefers(client, admin, launched_round):
    url = f"/api/v1/rounds/{launched_round.id}/responses.csv"
    header = client.get(url, headers=admin).get_data().decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Network ID,Network,")
    khmer = {**admin, "Accept-Language": "km-KH,km;q=0.9,en;q=0.5"}
    header = client.get(url, headers=khmer).get_data().decode("utf-8-sig").splitlines()[0]
    assert header.startswith("លេខសម្គាល់បណ្តាញ,បណ្តាញ,")
    bad = client.get(f"{url}?labels=fr", headers=admin)
    assert bad.status_code == 422 and "labels" in bad.json["errors"]


def test_csv_times_are_iso_8601_on_the_body_clock(client, admin, launched_round, app):
    submit_two(client, launched_round)
    url = f"/api/v1/rounds/{launched_round.id}/responses.csv?labels=keys"
    rows = list(csv.DictReader(io.StringIO(client.get(url, headers=admin).text.lstrip("\ufeff"))))
    moment = datetime.fromisoformat(rows[0]["submitted_at"])
    zone = app.extensions["consult"].settings.zone
    assert moment.utcoffset() == datetime.now(zone).utcoffset()
    assert abs(moment - datetime.now(UTC)) < timedelta(minutes=5)


def test_xlsx_has_frozen_filtered_sized_sheets_real_dates_and_the_questions(
    client, admin, launched_round, sample_round, app
):
    submit_two(client, launched_round)
    url = f"/api/v1/rounds/{launched_round.id}/responses.xlsx?labels=km"
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(url, headers=admin).get_data()))
    assert workbook.sheetnames == ["Responses", "Questions", "Keys"]
    sheet = workbook["Responses"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:Y3"
    assert sheet.column_dimensions["B"].width > 30, "network names are wide"
    header = [cell.value for cell in sheet[1]]
    submitted = sheet.cell(2, header.index("ពេលដាក់ស្នើ") + 1).value
    assert isinstance(submitted, datetime) and submitted.tzinfo is None
    zone = app.extensions["consult"].settings.zone
    assert abs(submitted - datetime.now(zone).replace(tzinfo=None)) < timedelta(minutes=5)
    keys = {row[2]: row[3] for row in workbook["Keys"].iter_rows(min_row=2, values_only=True)}
    areas = _question(sample_round, "collab_areas")
    assert keys[f"{areas['text']['km']} — {areas['options'][0]['text']['km']}"] == (
        "collab_areas:technical"
    )
    questions = list(workbook["Questions"].iter_rows(values_only=True))
    assert questions[0][:4] == ("កូដសំណួរ", "ប្រភេទ", "សំណួរ (អង់គ្លេស)", "សំណួរ (ខ្មែរ)")
    technical = next(row for row in questions if row[4] == "technical")
    assert technical[:6] == (
        "collab_areas",
        "multi_choice",
        areas["text"]["en"],
        areas["text"]["km"],
        "technical",
        "Technical expertise",
    )
    assert ("donor_role", None, None, None, "pass", "Pass / unsure", "រំលង / មិនប្រាកដ") in questions
