"""The networks directory: create, read, update, archive, contacts, filters, pages."""

from __future__ import annotations

import csv

import pytest

from tests.conftest import NETWORKS_CSV

NEW_NETWORK = {
    "name": "Mekong Fisheries Network",
    "name_km": "បណ្តាញជលផលមេគង្គ",
    "acronym": "MFN",
    "kind": "member",
    "province": "Kratie",
    "sectors": ["fisheries", "livelihoods"],
    "mou": True,
    "mou_since": "2024-03-01",
    "language": "km",
    "contacts": [{"name": "ចាន់ សុភា", "email": "Sophea@Example.org", "language": "km"}],
}


def mentions(row, text):
    """What free-text search looks in: name, acronym, province, contact name and email."""
    fields = ("name", "acronym", "province", "contact_name", "contact_email")
    return any(text in row[field].lower() for field in fields)


def csv_rows():
    with NETWORKS_CSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def directory(imported_directory):
    """The example directory's 34 networks (their import is tested in test_import.py)."""


def listing(client, headers, query=""):
    size = "" if "page_size" in query else "page_size=200&"
    response = client.get(f"/api/v1/networks?{size}{query}", headers=headers)
    assert response.status_code == 200, response.json
    return response.json


def test_create_and_read_keep_every_field_and_khmer_intact(client, admin, viewer):
    created = client.post("/api/v1/networks", json=NEW_NETWORK, headers=admin)
    assert created.status_code == 201
    network = client.get(f"/api/v1/networks/{created.json['id']}", headers=viewer).json
    expected = {k: v for k, v in NEW_NETWORK.items() if k != "contacts"}
    assert {k: network[k] for k in expected} == expected
    assert network["contacts"][0]["email"] == "sophea@example.org"
    assert network["contacts"][0]["name"] == "ចាន់ សុភា"
    assert network["archived"] is False


def test_a_name_is_taken_whatever_its_case_and_spacing(client, admin):
    client.post("/api/v1/networks", json=NEW_NETWORK, headers=admin)
    again = client.post(
        "/api/v1/networks",
        json={**NEW_NETWORK, "name": "  mekong   FISHERIES network ", "contacts": []},
        headers=admin,
    )
    assert again.status_code == 409
    assert "name" in again.json["errors"]


def test_patch_changes_only_what_it_names(client, admin):
    network_id = client.post("/api/v1/networks", json=NEW_NETWORK, headers=admin).json["id"]
    patched = client.patch(
        f"/api/v1/networks/{network_id}", json={"province": "Stung Treng"}, headers=admin
    )
    assert patched.status_code == 200
    assert patched.json["province"] == "Stung Treng"
    assert patched.json["sectors"] == NEW_NETWORK["sectors"]


def test_delete_archives_and_patch_restores(client, admin):
    network_id = client.post("/api/v1/networks", json=NEW_NETWORK, headers=admin).json["id"]
    archived = client.delete(f"/api/v1/networks/{network_id}", headers=admin)
    assert archived.status_code == 200 and archived.json["archived"] is True
    assert listing(client, admin)["total"] == 0
    assert listing(client, admin, "include_archived=true")["total"] == 1
    assert client.get(f"/api/v1/networks/{network_id}", headers=admin).status_code == 200
    restored = client.patch(
        f"/api/v1/networks/{network_id}", json={"archived": False}, headers=admin
    )
    assert restored.json["archived"] is False
    assert listing(client, admin)["total"] == 1


def test_contacts_are_added_changed_and_removed(client, admin):
    network_id = client.post("/api/v1/networks", json=NEW_NETWORK, headers=admin).json["id"]
    url = f"/api/v1/networks/{network_id}/contacts"
    added = client.post(url, json={"name": "Dara", "email": "dara@example.org"}, headers=admin)
    assert added.status_code == 201 and added.json["language"] == "en"
    duplicate = client.post(url, json={"name": "X", "email": "DARA@example.org"}, headers=admin)
    assert duplicate.status_code == 409 and "email" in duplicate.json["errors"]
    changed = client.patch(f"{url}/{added.json['id']}", json={"language": "km"}, headers=admin)
    assert changed.json["language"] == "km"
    assert client.delete(f"{url}/{added.json['id']}", headers=admin).status_code == 204
    contacts = client.get(f"/api/v1/networks/{network_id}", headers=admin).json["contacts"]
    assert [c["email"] for c in contacts] == ["sophea@example.org"]


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        ("kind=umbrella", lambda row: row["kind"] == "umbrella"),
        ("kind=provincial", lambda row: row["kind"] == "provincial"),
        ("province=phnom%20penh", lambda row: row["province"] == "Phnom Penh"),
        ("sector=health", lambda row: "health" in row["sectors"].split(";")),
        ("sector=Advocacy", lambda row: "advocacy" in row["sectors"].split(";")),
        ("mou=true", lambda row: row["mou"] == "yes"),
        (
            "mou=false&kind=provincial",
            lambda row: row["mou"] == "no" and row["kind"] == "provincial",
        ),
        ("q=knn", lambda row: mentions(row, "knn")),
        ("q=battambang", lambda row: mentions(row, "battambang")),
        ("q=ngof.example", lambda row: mentions(row, "ngof.example")),
        ("q=100%25", lambda row: False),
    ],
)
def test_filters_return_exactly_the_matching_networks(client, viewer, directory, query, keep):
    expected = sorted(row["name"] for row in csv_rows() if keep(row))
    found = listing(client, viewer, query)
    assert sorted(item["name"] for item in found["items"]) == expected
    assert found["total"] == len(expected)


def test_khmer_name_is_found_by_free_text(client, admin):
    client.post("/api/v1/networks", json=NEW_NETWORK, headers=admin)
    found = listing(client, admin, "q=ជលផល")
    assert [item["acronym"] for item in found["items"]] == ["MFN"]


def test_pages_cover_the_directory_once_in_name_order(client, viewer, directory):
    names = []
    for page in (1, 2, 3, 4):
        body = listing(client, viewer, f"page={page}&page_size=10")
        assert body["total"] == 34 and body["page"] == page and body["page_size"] == 10
        names += [item["name"] for item in body["items"]]
    assert len(names) == 34 and names == sorted(names, key=str.casefold)
    beyond = listing(client, viewer, "page=9&page_size=10")
    assert beyond["items"] == [] and beyond["total"] == 34


def test_page_size_over_the_limit_is_refused_naming_it(client, viewer):
    response = client.get("/api/v1/networks?page_size=201", headers=viewer)
    assert response.status_code == 422 and "page_size" in response.json["errors"]
