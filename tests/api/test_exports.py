"""Exports: one row per network, one column per question or option, Khmer intact."""

from __future__ import annotations

import csv
import io

import openpyxl

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
    response = client.get(f"/api/v1/rounds/{launched_round.id}/responses.csv", headers=admin)
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
    response = client.get(f"/api/v1/rounds/{launched_round.id}/responses.xlsx", headers=admin)
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.get_data()), read_only=True).active
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
    text = client.get(f"/api/v1/rounds/{launched_round.id}/responses.csv", headers=admin)
    row = next(csv.DictReader(io.StringIO(text.get_data(as_text=True).lstrip("\ufeff"))))
    assert row["challenges"] == "'" + answers["challenges"]


def test_export_of_an_unknown_round_is_a_json_404(client, admin):
    response = client.get("/api/v1/rounds/999/responses.csv", headers=admin)
    assert response.status_code == 404 and response.json["code"] == "not_found"
