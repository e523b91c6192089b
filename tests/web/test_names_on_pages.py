"""The networks' pages name networks, provinces and sectors in the reader's language."""

from __future__ import annotations

import copy

from markupsafe import escape

from consult.domain.summary_export import summary_table
from consult.models import Summary
from tests.web.conftest import khmer_token
from tests.web.test_report_charts import SUMMARY, render
from tests.web.test_results_page import publish

KHMER_NAME = "បណ្តាញអង្គការមិនមែនរដ្ឋាភិបាលបាត់ដំបង"


def _by_province_and_sector() -> dict:
    data = copy.deepcopy(SUMMARY)
    data["participation"]["province"] = {
        "Battambang": {"invited": 3, "answered": 2},
        "Atlantis": {"invited": 1, "answered": 1},
    }
    data["participation"]["sector:health"] = {
        "health": {"invited": 4, "answered": 3},
        "other": {"invited": 30, "answered": 25},
    }
    members = data["questions"][5]["breakdowns"]
    members["province"] = {"Battambang": {"n": 2, "mean": 40.0}, "Atlantis": {"n": 1, "mean": 9.0}}
    members["sector:health"] = {"health": {"n": 3, "mean": 30.0}, "other": {"n": 25, "mean": 60.0}}
    return data


def test_the_khmer_report_names_provinces_and_sectors_in_khmer(app):
    page = render(app, "km", _by_province_and_sector())
    assert "បាត់ដំបង" in page and "Battambang" not in page
    assert "តាមវិស័យ៖ សុខាភិបាល" in page and "វិស័យផ្សេងទៀត" in page
    assert "sector:health" not in page
    assert "Atlantis" in page, "a province the table does not know is shown as stored"
    english = render(app, "en", _by_province_and_sector())
    assert "Battambang" in english and "By sector: health" in english


def test_the_khmer_summary_export_names_provinces_and_sectors_in_khmer():
    summary = Summary(version=1, final=False, data=_by_province_and_sector())
    khmer = [row[3:5] for row in summary_table(summary, "km").rows]
    assert ["ខេត្ត", "បាត់ដំបង"] in khmer and ["ខេត្ត", "Atlantis"] in khmer
    assert ["វិស័យ៖ សុខាភិបាល", "វិស័យផ្សេងទៀត"] in khmer
    english = [row[3:5] for row in summary_table(summary, "en").rows]
    assert ["province", "Battambang"] in english and ["sector: health", "health"] in english
    keys = [row[3:5] for row in summary_table(summary, "keys").rows]
    assert ["sector:health", "other"] in keys


def _name_in_khmer(client, admin, network_id: int) -> str:
    named = client.patch(
        f"/api/v1/networks/{network_id}", json={"name_km": KHMER_NAME}, headers=admin
    )
    assert named.status_code == 200
    return named.json["name"]


def test_the_form_answers_for_the_network_by_its_khmer_name(client, admin, launched_round):
    token = khmer_token(launched_round)
    network = next(i["network"] for i in launched_round.invitations if i["token"] == token)
    english = _name_in_khmer(client, admin, network["id"])
    khmer = client.get(f"/r/{token}?lang=km").get_data(as_text=True)
    assert f"ឆ្លើយក្នុងនាម {KHMER_NAME}" in khmer and escape(english) not in khmer
    assert f"Answering for {escape(english)}" in client.get(f"/r/{token}?lang=en").get_data(
        as_text=True
    )


def test_the_khmer_results_page_lists_networks_by_their_khmer_names(
    app, client, admin, answered_round
):
    network = answered_round.invitations[0]["network"]
    english = _name_in_khmer(client, admin, network["id"])
    page = publish(app, client, admin, answered_round, show_names=True)
    khmer = client.get(f"{page}?lang=km").get_data(as_text=True)
    assert f"<li>{KHMER_NAME}</li>" in khmer and f"<li>{escape(english)}</li>" not in khmer
    assert f"<li>{escape(english)}</li>" in client.get(f"{page}?lang=en").get_data(as_text=True)
