"""The glossary over HTTP: viewers read it, staff add and delete their own pairs, and a pair
staff add decides which theme answers fall in."""

from __future__ import annotations

import pytest

from consult.analysis.glossary import shipped_pairs
from consult.analysis.themes import Text, find_themes
from consult.domain.glossary import glossary_pairs
from tests.conftest import bearer

URL = "/api/v1/glossary"
IRRIGATION = {"en": "irrigation", "km": "ធារាសាស្ត្រ"}


@pytest.fixture
def staff(keys: dict[str, str]) -> dict[str, str]:
    return bearer(keys["staff"])


def test_viewers_read_staff_add_and_delete_their_own_pairs(client, viewer, staff):
    assert client.post(URL, json=IRRIGATION, headers=viewer).status_code == 403
    assert client.get(URL).status_code == 401
    added = client.post(URL, json=IRRIGATION, headers=staff)
    assert added.status_code == 201, added.json
    assert added.json["source"] == "staff" and added.json["created_by"] == "test staff"
    assert added.json["km"] == "ធារាសាស្ត្រ"

    listed = client.get(f"{URL}?page_size=200&page=2", headers=viewer).json
    assert listed["total"] == len(shipped_pairs()) + 1
    assert listed["items"][-1]["id"] == added.json["id"]
    first = client.get(f"{URL}?page_size=1", headers=viewer).json["items"][0]
    assert first["source"] == "shipped" and first["id"] is None
    found = client.get(f"{URL}?q=ថវិកា", headers=viewer).json["items"]
    assert {"en": "budget", "km": "ថវិកា"} in [{"en": i["en"], "km": i["km"]} for i in found]
    mine = client.get(f"{URL}?source=staff", headers=viewer).json
    assert mine["total"] == 1 and mine["items"][0]["en"] == "irrigation"

    term = f"{URL}/{added.json['id']}"
    assert client.delete(term, headers=viewer).status_code == 403
    assert client.delete(term, headers=staff).status_code == 204
    assert client.delete(term, headers=staff).status_code == 404
    assert client.get(f"{URL}?source=staff", headers=viewer).json["total"] == 0


@pytest.mark.parametrize(
    ("body", "field", "status"),
    [
        ({"en": "irrigation"}, "km", 422),
        ({"en": "", "km": "ធារាសាស្ត្រ"}, "en", 422),
        ({"en": "   ", "km": "ធារាសាស្ត្រ"}, "en", 422),
        ({"en": "irrigation", "km": "x" * 101}, "km", 422),
        ('{"en": "irrigation", "km": "\\ud800"}', "km", 422),  # a lone surrogate
        ({"en": "irrigation", "km": "irrigation"}, "km", 422),
        ({"en": "ធារាសាស្ត្រ", "km": "ធារាសាស្ត្រ"}, "en", 422),
        ({"en": "the", "km": "ធារាសាស្ត្រ"}, "en", 422),
        ({"en": "irrigation", "km": "ធារាសាស្ត្រ\x00"}, "km", 422),
        ({"en": 5, "km": "ធារាសាស្ត្រ"}, "en", 422),
        ({**IRRIGATION, "note": "x"}, "note", 422),
        ({"en": "Budget", "km": "ថវិកា"}, "en", 409),
    ],
)
def test_bad_pairs_are_refused_naming_the_field(client, staff, body, field, status):
    if isinstance(body, str):
        reply = client.post(URL, data=body, content_type="application/json", headers=staff)
    else:
        reply = client.post(URL, json=body, headers=staff)
    assert reply.status_code == status, reply.json
    assert set(reply.json) - {"key"} == {"code", "message", "errors"}
    assert field in reply.json["errors"]


def test_a_pair_staff_added_twice_is_a_conflict(client, staff):
    assert client.post(URL, json=IRRIGATION, headers=staff).status_code == 201
    again = client.post(URL, json={"en": " Irrigation ", "km": "ធារាសាស្ត្រ"}, headers=staff)
    assert again.status_code == 409 and "staff" in again.json["message"]


def test_a_staff_pair_changes_which_theme_answers_fall_in(app, client, staff):
    english = ["Irrigation canals are dry", "Repair irrigation canals", "Irrigation pumps broke"]
    khmer = ["ប្រព័ន្ធធារាសាស្ត្រខូចខាត", "ជួសជុលប្រឡាយធារាសាស្ត្រ", "ធារាសាស្ត្រខ្វះទឹក"]
    others = [
        "Donor funding cuts hurt our budget",
        "Funding from donors is declining",
        "ថវិកាពីម្ចាស់ជំនួយថយចុះ",
        "ម្ចាស់ជំនួយកាត់បន្ថយថវិកា",
        "Roads to the villages are far and broken",
        "ផ្លូវទៅភូមិឆ្ងាយ ហើយខូច",
    ]
    texts = [Text(i + 1, answer) for i, answer in enumerate([*english, *khmer, *others])]

    def irrigation_together() -> bool:
        with app.extensions["consult"].database.session() as session:
            pairs = glossary_pairs(session)
        return any(set(range(6)) <= set(theme.members) for theme in find_themes(texts, pairs))

    assert not irrigation_together()
    assert client.post(URL, json=IRRIGATION, headers=staff).status_code == 201
    assert irrigation_together()
