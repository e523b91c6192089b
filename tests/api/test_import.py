"""POST /networks/import: the directory CSV, idempotent, precise about bad rows."""

from __future__ import annotations

import pytest

HEADER = "name,acronym,kind,province,sectors,mou,language,contact_name,contact_email\n"


def import_csv(client, admin, data: bytes, query: str = "", content_type: str = "text/csv"):
    return client.post(
        f"/api/v1/networks/import{query}",
        data=data,
        headers={**admin, "Content-Type": content_type},
    )


def total(client, admin):
    return client.get("/api/v1/networks", headers=admin).json["total"]


def test_example_directory_imports_34_networks_as_a_multipart_upload(client, admin, networks_csv):
    from io import BytesIO

    response = client.post(
        "/api/v1/networks/import",
        data={"file": (BytesIO(networks_csv), "networks.csv")},
        headers=admin,
        content_type="multipart/form-data",
    )
    assert response.status_code == 200
    assert response.json == {
        "rows": 34,
        "created": 34,
        "updated": 0,
        "unchanged": 0,
        "errors": [],
        "dry_run": False,
    }
    assert total(client, admin) == 34


def test_reimport_changes_nothing_though_acronyms_repeat(client, admin, networks_csv):
    import_csv(client, admin, networks_csv)
    again = import_csv(client, admin, networks_csv).json
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 34)
    knn = client.get("/api/v1/networks?q=knn&page_size=50", headers=admin).json["items"]
    assert sorted(n["province"] for n in knn if n["acronym"] == "KNN") == [
        "Kampot",
        "Kandal",
        "Kep",
        "Kratie",
    ]
    assert total(client, admin) == 34


def test_a_changed_row_counts_as_updated(client, admin, networks_csv):
    import_csv(client, admin, networks_csv)
    text = networks_csv.decode()
    changed = text.replace(
        "Kampot NGO Network,KNN,provincial,Kampot,organizational development;advocacy,yes",
        "Kampot NGO Network,KNN,provincial,Kampot,organizational development;advocacy,no",
    )
    assert changed != text
    report = import_csv(client, admin, changed.encode()).json
    assert (report["updated"], report["unchanged"]) == (1, 33)
    kampot = client.get("/api/v1/networks?q=kampot%20ngo", headers=admin).json["items"][0]
    assert kampot["mou"] is False


def test_bad_rows_are_named_by_line_and_the_good_ones_imported(client, admin):
    rows = [
        "Good Network,GN,member,Kampot,health,yes,en,Focal,focal@good.example.org",  # line 2
        "Bad Kind,BK,federation,Kampot,,no,en,,",  # line 3
        "Bad Email,BE,member,Kep,,no,en,Someone,not-an-email",  # line 4
        "Bad Mou,BM,member,Kep,,maybe,en,,",  # line 5
        "Too,Many,member,Kep,,no,en,,,extra",  # line 6
        ",NN,member,Kep,,no,en,,",  # line 7
        "good network,GN2,member,Kep,,no,km,,",  # line 8: repeats line 2
        '"Quoted, With Comma",QWC,umbrella,"Phnom Penh","a;b",no,km,,',  # line 9
    ]
    report = import_csv(client, admin, (HEADER + "\n".join(rows) + "\n").encode()).json
    assert report["created"] == 2
    problems = {error["line"]: error["errors"] for error in report["errors"]}
    assert set(problems) == {3, 4, 5, 6, 7, 8}
    assert "kind" in problems[3]
    assert "contact_email" in problems[4]
    assert "mou" in problems[5]
    assert "row" in problems[6]
    assert "name" in problems[7]
    assert problems[8] == {"name": ["Repeats line 2."]}
    names = {n["name"] for n in client.get("/api/v1/networks", headers=admin).json["items"]}
    assert names == {"Good Network", "Quoted, With Comma"}


def test_dry_run_reports_but_saves_nothing(client, admin, networks_csv):
    report = import_csv(client, admin, networks_csv, "?dry_run=true").json
    assert report["created"] == 34 and report["dry_run"] is True
    assert total(client, admin) == 0


def test_bom_and_khmer_names_are_read_intact(client, admin):
    data = "\ufeffname,name_km,kind\nTakeo Women Network,បណ្តាញស្ត្រីតាកែវ,member\n".encode()
    assert import_csv(client, admin, data).json["created"] == 1
    network = client.get("/api/v1/networks", headers=admin).json["items"][0]
    assert network["name_km"] == "បណ្តាញស្ត្រីតាកែវ"


@pytest.mark.parametrize(
    ("data", "content_type", "status", "field"),
    [
        (b"name,kind\n\xff\xfe broken,member\n", "text/csv", 422, "file"),
        (b"acronym,province\nX,Kep\n", "text/csv", 422, "file"),
        (b"name,kind,colour\nX,member,red\n", "text/csv", 422, "file"),
        (b"name,kind\nX\x00,member\n", "text/csv", 422, "file"),
        (b'{"name": "X"}', "application/json", 415, "Content-Type"),
    ],
    ids=["not-utf8", "missing-columns", "unknown-column", "nul-byte", "json-body"],
)
def test_unusable_files_are_refused_naming_the_problem(
    client, admin, data, content_type, status, field
):
    response = import_csv(client, admin, data, content_type=content_type)
    assert response.status_code == status
    assert field in response.json["errors"]
    assert total(client, admin) == 0


def test_multipart_without_a_file_field_is_refused(client, admin):
    response = client.post(
        "/api/v1/networks/import",
        data={"other": "x"},
        headers=admin,
        content_type="multipart/form-data",
    )
    assert response.status_code == 422 and "file" in response.json["errors"]
