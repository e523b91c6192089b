"""The directory in the console: networks searched as the API lists them, edited through the
API's schemas (422 next to the field), contacts, archive and restore, and a CSV import seen
before it is saved. Viewers read; every write needs staff and a CSRF token."""

from __future__ import annotations

import base64
import io
import re

import pytest
from sqlalchemy import func, select

from consult.domain import networks
from consult.domain.network_import import import_networks
from consult.models import AuditEntry, Contact, Network
from consult.schemas.networks import NetworkCsvRowSchema
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS
from tests.console.conftest import csrf_of, post, signed_in

KHMER_CSV = (
    "name,name_km,acronym,kind,province,sectors,mou,language,contact_name,contact_email\n"
    "Tonle Sap Fisheries Network,បណ្តាញជលផលបឹងទន្លេសាប,TSFN,provincial,Siem Reap,"
    "fisheries;education,yes,km,សុខ ដារា,dara@tsfn.example.org\n"
).encode()


@pytest.fixture
def directory(database, imported_directory) -> None:
    """The example directory and a network named in Khmer."""
    with database.session() as session:
        import_networks(session, KHMER_CSV, NetworkCsvRowSchema())


def network_id(database, name: str) -> int:
    with database.session() as session:
        found = networks.find_by_name(session, name)
        assert found is not None
        return found.id


def actions(database) -> list[tuple[str, str]]:
    """What was done in the console (the API's own audit lines and signing in left out)."""
    with database.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        return [
            (e.action, e.target)
            for e in entries
            if e.actor.startswith("user:") and e.action not in ("sign-in", "sign-out")
        ]


def upload(client, data: bytes, from_page: str = "/staff/networks/import"):
    token = csrf_of(client.get(from_page).data)
    return client.post(
        "/staff/networks/import/preview",
        data={"csrf_token": token, "file": (io.BytesIO(data), "networks.csv")},
        content_type="multipart/form-data",
    )


def test_the_listing_filters_as_the_api_does(client, accounts, directory, database, admin):
    signed_in(client, accounts["viewer"].email)
    for query in ("kind=provincial", "q=tonle", "mou=true", "province=Phnom+Penh", ""):
        api = client.get(f"/api/v1/networks?{query}&page_size=200", headers=admin).json
        page = client.get(f"/staff/networks?{query}")
        assert page.status_code == 200
        listed = re.findall(r'href="/staff/networks/(\d+)"', page.text)
        assert sorted(map(int, listed)) == sorted(n["id"] for n in api["items"][:25])
        assert f"Networks found: {api['total']}." in page.text


def test_pages_follow_each_other_and_keep_the_filter(client, accounts, directory):
    signed_in(client, accounts["viewer"].email)
    first = client.get("/staff/networks")
    assert "Page 1 of 2." in first.text
    assert 'href="/staff/networks?page=2"' in first.text
    second = client.get("/staff/networks?kind=provincial&page=2")
    assert second.status_code == 200 and "No network matches." in second.text
    assert "kind=provincial&amp;page=1" in second.text


def test_a_bad_filter_is_refused_next_to_its_field(client, accounts, directory):
    signed_in(client, accounts["viewer"].email)
    refused = client.get("/staff/networks?kind=ministry&page=0")
    assert refused.status_code == 422
    assert 'id="kind-error"' in refused.text and 'id="page-error"' not in refused.text
    assert 'aria-invalid="true" aria-describedby="kind-error"' in refused.text


def test_khmer_names_are_shown_intact(client, accounts, directory, database):
    signed_in(client, accounts["viewer"].email)
    name_km = "បណ្តាញជលផលបឹងទន្លេសាប"
    assert name_km in client.get("/staff/networks?q=tsfn").text
    page = client.get(f"/staff/networks/{network_id(database, 'Tonle Sap Fisheries Network')}")
    assert name_km in page.text and "សុខ ដារា" in page.text


def edit_form(**changes: str) -> dict[str, str]:
    form = {
        "name": "Tonle Sap Fisheries Network",
        "name_km": "បណ្តាញជលផលបឹងទន្លេសាប",
        "acronym": "TSFN",
        "kind": "provincial",
        "province": "Siem Reap",
        "sectors": "fisheries\neducation",
        "mou": "true",
        "mou_since": "",
        "language": "km",
    }
    return {**form, **changes}


def test_staff_edit_a_network_and_the_audit_names_what_changed(
    client, accounts, directory, database
):
    signed_in(client, accounts["staff"].email)
    tonle = network_id(database, "Tonle Sap Fisheries Network")
    page = f"/staff/networks/{tonle}"
    changed = post(client, page, edit_form(province="Kep", sectors="fisheries; tourism"), page)
    assert changed.status_code == 303 and changed.headers["Location"] == page
    with database.session() as session:
        network = session.get(Network, tonle)
        assert (network.province, network.sector_names) == ("Kep", ["fisheries", "tourism"])
        assert network.name_km == "បណ្តាញជលផលបឹងទន្លេសាប"
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "network-edit")).one()
        assert audit.actor == "user:staff@ccc.example.org"
        assert audit.details == {"network_id": tonle, "changed": ["province", "sectors"]}
    assert post(client, page, edit_form(province="Kep", sectors="fisheries\ntourism"), page)
    assert actions(database) == [("network-edit", "Tonle Sap Fisheries Network")], (
        "no change, no line"
    )


@pytest.mark.parametrize(
    ("changes", "field", "status"),
    [
        ({"name": "  "}, "name", 422),
        ({"kind": "ministry"}, "kind", 422),
        ({"acronym": "A" * 31}, "acronym", 422),
        ({"mou_since": "2021-02-30"}, "mou_since", 422),
        ({"language": "fr"}, "language", 422),
        ({"name": "ngo forum on  CAMBODIA"}, "name", 409),
    ],
)
def test_a_refused_edit_names_its_field_and_saves_nothing(
    client, accounts, directory, database, changes, field, status
):
    signed_in(client, accounts["staff"].email)
    tonle = network_id(database, "Tonle Sap Fisheries Network")
    page = f"/staff/networks/{tonle}"
    refused = post(client, page, edit_form(province="Kep", **changes), page)
    assert refused.status_code == status
    assert f'id="{field}-error"' in refused.text
    assert "Nothing was saved" in refused.text
    assert 'value="Kep"' in refused.text, "the form keeps what was typed"
    with database.session() as session:
        assert session.get(Network, tonle).province == "Siem Reap"
    assert actions(database) == []


def test_contacts_are_added_changed_and_removed(client, accounts, directory, database):
    signed_in(client, accounts["staff"].email)
    tonle = network_id(database, "Tonle Sap Fisheries Network")
    page = f"/staff/networks/{tonle}"
    added = post(
        client,
        f"{page}/contacts",
        {"name": "Chan Sophea", "email": " Sophea@TSFN.example.org", "language": "en"},
        page,
    )
    assert added.status_code == 303
    with database.session() as session:
        contact = session.scalars(select(Contact).where(Contact.name == "Chan Sophea")).one()
        assert contact.email == "sophea@tsfn.example.org"
        contact_id = contact.id
    changed = post(
        client,
        f"{page}/contacts/{contact_id}",
        {"name": "Chan Sophea", "email": "sophea@tsfn.example.org", "language": "km"},
        page,
    )
    assert changed.status_code == 303
    removed = post(client, f"{page}/contacts/{contact_id}/remove", {"confirmed": "yes"}, page)
    assert removed.status_code == 303
    with database.session() as session:
        assert session.get(Contact, contact_id) is None
        details = session.scalars(
            select(AuditEntry.details).where(AuditEntry.action.like("contact-%"))
        ).all()
        assert all(d["contact"] == "sophea@tsfn.example.org" for d in details)
    assert [action for action, _ in actions(database)] == [
        "contact-add",
        "contact-edit",
        "contact-remove",
    ]


@pytest.mark.parametrize(
    ("form", "field", "status"),
    [
        ({"name": "X", "email": "not-an-address", "language": "en"}, "email", 422),
        ({"name": "", "email": "x@tsfn.example.org", "language": "en"}, "name", 422),
        ({"name": "X", "email": "x@tsfn.example.org", "language": "de"}, "language", 422),
        ({"name": "X", "email": "DARA@tsfn.example.org", "language": "en"}, "email", 409),
    ],
)
def test_a_refused_contact_names_its_field(
    client, accounts, directory, database, form, field, status
):
    signed_in(client, accounts["staff"].email)
    tonle = network_id(database, "Tonle Sap Fisheries Network")
    page = f"/staff/networks/{tonle}"
    refused = post(client, f"{page}/contacts", form, page)
    assert refused.status_code == status
    assert f'id="contact-new-{field}-error"' in refused.text
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Contact).where(
            Contact.network_id == tonle)) == 1  # fmt: skip
    assert actions(database) == []


def test_archive_and_restore(client, accounts, directory, database):
    signed_in(client, accounts["staff"].email)
    tonle = network_id(database, "Tonle Sap Fisheries Network")
    page = f"/staff/networks/{tonle}"
    assert post(client, f"{page}/archive", {"confirmed": "yes"}, page).status_code == 303
    assert "Tonle Sap Fisheries Network" not in client.get("/staff/networks?q=tonle").text
    assert (
        "Tonle Sap Fisheries Network"
        in client.get("/staff/networks?q=tonle&include_archived=true").text
    )
    assert "Restore this network" in client.get(page).text
    assert post(client, f"{page}/restore", {}, page).status_code == 303
    with database.session() as session:
        assert session.get(Network, tonle).archived_at is None
    assert actions(database) == [
        ("network-archive", "Tonle Sap Fisheries Network"),
        ("network-restore", "Tonle Sap Fisheries Network"),
    ]


def test_an_unknown_network_or_contact_is_a_404_page(client, accounts, directory, database):
    signed_in(client, accounts["staff"].email)
    assert client.get("/staff/networks/9999").status_code == 404
    tonle = network_id(database, "Tonle Sap Fisheries Network")
    page = f"/staff/networks/{tonle}"
    missing = post(client, f"{page}/contacts/9999/remove", {}, page)
    assert missing.status_code == 404 and "has no contact 9999" in missing.text


def test_the_preview_saves_nothing_and_counts_as_the_api_dry_run(
    client, accounts, database, networks_csv, admin
):
    signed_in(client, accounts["staff"].email)
    with database.session() as session:
        import_networks(session, KHMER_CSV, NetworkCsvRowSchema())
        session.commit()
    edited = networks_csv.replace(b"climate;environment", b"climate") + (
        b"Broken Row,,ministry,,,,en,,\n"
    )
    preview = upload(client, edited)
    assert preview.status_code == 200
    api = client.post(
        "/api/v1/networks/import?dry_run=true",
        data=edited,
        headers={**admin, "Content-Type": "text/csv"},
    ).json
    assert (
        f"Of {api['rows']} rows, this file would create {api['created']} networks, "
        f"update {api['updated']} and leave {api['unchanged']} as they are; "
        f"{len(api['errors'])} rows would be skipped." in preview.text
    )
    assert "Kind: Must be one of" in preview.text
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Network)) == 1
    assert actions(database) == []
    confirmed = post(client, "/staff/networks/import", {"upload": hidden_upload(preview.text)})
    assert confirmed.status_code == 303
    done = client.get(confirmed.headers["Location"])
    assert f"Imported {api['rows']} rows: {api['created']} networks created" in done.text
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Network)) == 1 + api["created"]
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "directory-import"))
        assert audit.one().details["created"] == api["created"]
    again = upload(client, networks_csv)
    assert "create 0 networks, update 1 and leave" in again.text
    assert "changed: sectors" in again.text, "the row that would change says what"


def hidden_upload(html: str) -> str:
    found = re.search(r'name="upload" value="([^"]*)"', html)
    assert found
    return found.group(1)


def test_a_file_that_is_not_a_directory_is_refused_before_anything(client, accounts, database):
    signed_in(client, accounts["staff"].email)
    for data, says in (
        (b"\xff\xfe not utf-8", "Not UTF-8"),
        (b"title,when\nx,y\n", "missing column &#39;name&#39;"),
        (b"", "Choose a CSV file."),
    ):
        refused = upload(client, data)
        assert refused.status_code == 422 and says in refused.text
        assert 'id="file-error"' in refused.text
    garbled = post(client, "/staff/networks/import", {"upload": "not base64!"})
    assert garbled.status_code == 422
    broken = post(client, "/staff/networks/import", {"upload": base64.b64encode(b"x").decode()})
    assert broken.status_code == 422
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Network)) == 0
    assert actions(database) == []


def test_a_viewer_reads_but_every_write_is_a_403_page(client, accounts, directory, database):
    signed_in(client, accounts["viewer"].email)
    tonle = network_id(database, "Tonle Sap Fisheries Network")
    page = f"/staff/networks/{tonle}"
    shown = client.get(page)
    assert shown.status_code == 200 and "Save the network" not in shown.text
    assert client.get("/staff/networks/import").status_code == 403
    writes = [
        (page, edit_form(province="Kep")),
        (f"{page}/archive", {}),
        (f"{page}/restore", {}),
        (f"{page}/contacts", {"name": "X", "email": "x@tsfn.example.org", "language": "en"}),
        (f"{page}/contacts/1", {"name": "X"}),
        (f"{page}/contacts/1/remove", {}),
        ("/staff/networks/import", {"upload": base64.b64encode(KHMER_CSV).decode()}),
    ]
    for path, form in writes:
        refused = post(client, path, form, page)
        assert refused.status_code == 403 and "This needs the staff role" in refused.text
    assert upload(client, KHMER_CSV, page).status_code == 403
    with database.session() as session:
        network = session.get(Network, tonle)
        assert network.province == "Siem Reap" and network.archived_at is None
        assert len(network.contacts) == 1
    assert actions(database) == []


def test_every_write_without_its_token_is_refused(client, accounts, directory, database):
    signed_in(client, accounts["staff"].email)
    tonle = network_id(database, "Tonle Sap Fisheries Network")
    page = f"/staff/networks/{tonle}"
    for path in (
        page,
        f"{page}/archive",
        f"{page}/restore",
        f"{page}/contacts",
        f"{page}/contacts/1",
        f"{page}/contacts/1/remove",
        "/staff/networks/import/preview",
        "/staff/networks/import",
    ):
        assert client.post(path, data=edit_form(province="Kep")).status_code == 400, path
    with database.session() as session:
        assert session.get(Network, tonle).province == "Siem Reap"
    assert actions(database) == []


def test_a_networks_page_lists_its_answers_across_rounds(
    client, accounts, launched_round, sample_round
):
    first, second = launched_round.invitations[:2]
    for members in (40, 42):
        answers = {**SAMPLE_ANSWERS, "members": members}
        body = {"answers": answers, "submitted_by": FOCAL_POINT}
        assert client.post(f"/api/v1/respond/{first['token']}", json=body).status_code == 200
    signed_in(client, accounts["viewer"].email)
    page = client.get(f"/staff/networks/{first['network']['id']}").text
    row = page.split(f'id="answer-{launched_round.id}"')[1].split("</tr>")[0]
    response_page = f"/staff/rounds/{launched_round.id}/responses/{first['network']['id']}"
    assert f'href="{response_page}">{sample_round["title"]["en"]}</a>' in row
    assert "2 of 2 saved" in row and "submitted" in row
    assert client.get(response_page).status_code == 200
    silent = client.get(f"/staff/networks/{second['network']['id']}").text
    assert "This network has not answered any round yet." in silent
    post(client, "/staff/language", {"language": "km", "next": "/staff/"})
    khmer = client.get(f"/staff/networks/{first['network']['id']}").text
    assert "ចម្លើយក្នុងជុំនានា" in khmer and sample_round["title"]["km"] in khmer
