"""Every XLSX export opened by a real spreadsheet program: LibreOffice converts it, and the
Khmer headers and cells, and the dates as dates, survive the round trip."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from tests.api.test_exports import KHMER_ANSWERS, submit_two
from tests.services import service_missing

CONVERT_SECONDS = 120


def converted(workbook: bytes, folder: Path) -> openpyxl.Workbook:
    """The workbook as LibreOffice reads and writes it back (xlsx to xlsx, every sheet)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        service_missing("LibreOffice", "no soffice on PATH; apt-get install libreoffice-calc-nogui")
    source = folder / "export.xlsx"
    source.write_bytes(workbook)
    # A profile of its own: a LibreOffice another process is running cannot block this one.
    subprocess.run(
        [
            str(soffice),
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(folder / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=CONVERT_SECONDS,
    )
    return openpyxl.load_workbook(folder / "out" / "export.xlsx")


@pytest.mark.parametrize("language", ["en", "km"])
def test_libreoffice_reads_the_responses_with_khmer_and_dates_intact(
    client, admin, launched_round, sample_round, app, tmp_path, language
):
    submit_two(client, launched_round)
    url = f"/api/v1/rounds/{launched_round.id}/responses.xlsx?labels={language}"
    workbook = converted(client.get(url, headers=admin).get_data(), tmp_path)
    assert workbook.sheetnames == ["Responses", "Questions", "Keys"]
    sheet = workbook["Responses"]
    header = [cell.value for cell in sheet[1]]
    texts = {question["key"]: question["text"][language] for question in sample_round["questions"]}
    assert texts["challenges"] in header and texts["coop_level"] in header
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)]
    assert KHMER_ANSWERS["challenges"] in {row[texts["challenges"]] for row in rows}
    submitted = rows[0][header[7]]
    assert isinstance(submitted, datetime), f"{header[7]} is {submitted!r}, not a date"
    zone = app.extensions["consult"].settings.zone
    assert abs(submitted - datetime.now(zone).replace(tzinfo=None)) < timedelta(minutes=5)
    # The filter survives; the frozen row does not (headless LibreOffice writes no view
    # settings), so it is checked on the workbook as sent in test_exports.py.
    assert sheet.auto_filter.ref
    questions = [row for row in workbook["Questions"].iter_rows(values_only=True)]
    khmer = next(q for q in sample_round["questions"] if q["key"] == "challenges")["text"]["km"]
    assert any(row[3] == khmer for row in questions), "the Khmer question text survives"


@pytest.mark.parametrize("language", ["en", "km"])
def test_libreoffice_reads_the_summary_sheets_with_khmer_intact(
    client, viewer, answered_round, tmp_path, language
):
    url = f"/api/v1/rounds/{answered_round.id}/summary.xlsx?labels={language}"
    workbook = converted(client.get(url, headers=viewer).get_data(), tmp_path)
    assert workbook.sheetnames == [
        "Common response", "Divisions", "Statistics", "Themes", "Questions", "Keys",
    ]  # fmt: skip
    common = list(workbook["Common response"].iter_rows(values_only=True))
    assert common[0][-1] == {"en": "Text (Khmer)", "km": "អត្ថបទ (ខ្មែរ)"}[language]
    assert common[0][2] == {"en": "Grouped by", "km": "ដាក់ជាក្រុមតាម"}[language]
    everyone = {"en": "All networks", "km": "បណ្តាញទាំងអស់"}[language]
    assert len(common) == 5 and all(row[2] == everyone for row in common[1:])
    assert any(row[-1].endswith("យល់ស្រប") for row in common[1:])
    themes = [row for row in workbook["Themes"].iter_rows(2, values_only=True)]
    assert any("សម្របសម្រួល" in str(row[6]) for row in themes), "Khmer quotes survive"
