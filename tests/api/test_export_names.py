"""A Khmer export names each network by its Khmer name and its province in Khmer; the
English and keys exports keep them as stored."""

from __future__ import annotations

import csv
import io

import pytest

from tests.api.test_exports import submit_two

KHMER_NAME = "បណ្តាញអង្គការមិនមែនរដ្ឋាភិបាលបាត់ដំបង"
ENGLISH_NAME = "Battambang NGO Network"


def rows_of(client, admin, round_id: int, labels: str) -> list[dict[str, str]]:
    url = f"/api/v1/rounds/{round_id}/responses.csv?labels={labels}"
    text = client.get(url, headers=admin).get_data().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("labels", "columns", "name", "province"),
    [
        ("km", ("បណ្តាញ", "ខេត្ត"), KHMER_NAME, "បាត់ដំបង"),
        ("en", ("Network", "Province"), ENGLISH_NAME, "Battambang"),
        ("keys", ("network", "province"), ENGLISH_NAME, "Battambang"),
    ],
)
def test_an_export_names_networks_and_provinces_in_its_labels_language(
    client, admin, launched_round, labels, columns, name, province
):
    bnn = next(
        i["network"]["id"] for i in launched_round.invitations if i["network"]["acronym"] == "BNN"
    )
    named = client.patch(f"/api/v1/networks/{bnn}", json={"name_km": KHMER_NAME}, headers=admin)
    assert named.status_code == 200
    submit_two(client, launched_round)
    network_column, province_column = columns
    rows = {row[network_column]: row for row in rows_of(client, admin, launched_round.id, labels)}
    assert rows[name][province_column] == province
    assert len(rows) == 2, "the other network that answered is listed too"
