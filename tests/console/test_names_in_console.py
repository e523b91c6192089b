"""A Khmer-reading account sees networks by their Khmer names, and provinces and sectors in
Khmer; an English-reading one sees them as stored."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from consult.models import User
from tests.console.conftest import signed_in
from tests.console.test_networks import directory, network_id  # noqa: F401  (a fixture)

KHMER_NAME = "បណ្តាញជលផលបឹងទន្លេសាប"


def reads_khmer(database, email: str) -> None:
    with database.session() as session:
        session.execute(update(User).where(User.email == email).values(language="km"))
        session.commit()


@pytest.mark.usefixtures("directory")
def test_the_khmer_directory_names_networks_provinces_and_sectors(client, accounts, database):
    viewer = accounts["viewer"].email
    reads_khmer(database, viewer)
    signed_in(client, viewer)
    listing = client.get("/staff/networks?q=tsfn").text
    network = network_id(database, "Tonle Sap Fisheries Network")
    assert f'href="/staff/networks/{network}">{KHMER_NAME}</a>' in listing
    assert "<td>សៀមរាប</td>" in listing and "Siem Reap" not in listing
    assert '<div lang="en">Tonle Sap Fisheries Network</div>' in listing, "the other name below"
    page = client.get(f"/staff/networks/{network}").text
    assert f"<title>{KHMER_NAME}" in page
    assert "សៀមរាប" in page and "ជលផល, ការអប់រំ" in page
    unknown = client.get("/staff/networks?q=phnom").text
    assert "<td>ភ្នំពេញ</td>" in unknown


@pytest.mark.usefixtures("directory")
def test_the_english_directory_shows_them_as_stored(client, accounts, database):
    signed_in(client, accounts["viewer"].email)
    network = network_id(database, "Tonle Sap Fisheries Network")
    listing = client.get("/staff/networks?q=tsfn").text
    assert f'href="/staff/networks/{network}">Tonle Sap Fisheries Network</a>' in listing
    assert f'<div lang="km">{KHMER_NAME}</div>' in listing and "<td>Siem Reap</td>" in listing
    page = client.get(f"/staff/networks/{network}").text
    assert "Siem Reap" in page and "fisheries, education" in page


@pytest.mark.usefixtures("directory")
def test_a_khmer_reader_filters_the_directory_by_a_province_or_sector_in_khmer(
    client, accounts, database, admin
):
    viewer = accounts["viewer"].email
    reads_khmer(database, viewer)
    signed_in(client, viewer)
    network = network_id(database, "Tonle Sap Fisheries Network")
    for query in ("province=សៀមរាប", "province=Siemreap", "sector=ជលផល"):
        assert f'href="/staff/networks/{network}"' in client.get(f"/staff/networks?{query}").text
    api = client.get("/api/v1/networks?province=ភ្នំពេញ&page_size=200", headers=admin).json
    assert api["total"] == 10, "the ten networks stored in Phnom Penh"
