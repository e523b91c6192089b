"""The shipped names: every province and sector of the sample directory reads in Khmer."""

from __future__ import annotations

import csv
from pathlib import Path
from types import SimpleNamespace

from consult.texts import CATALOG, LANGUAGES, group_label, t
from consult.texts.places import (
    PLACES,
    VARIANTS,
    _folded,
    network_name,
    province_label,
    sector_label,
    spellings,
)

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "networks.csv"


def _khmer(value: str) -> bool:
    return any("\u1780" <= char <= "\u17ff" for char in value)


def _sample() -> list[dict[str, str]]:
    with SAMPLE.open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows))


def test_every_name_has_both_languages_and_is_reachable_by_text() -> None:
    for key, entry in PLACES.items():
        assert key.startswith("name_")
        assert set(entry) == set(LANGUAGES) and all(entry.values()), key
        assert _khmer(entry["km"]), key
        assert CATALOG[key] is entry
    assert set(VARIANTS) <= set(PLACES)


def test_no_spelling_names_two_places_or_sectors() -> None:
    named: dict[str, str] = {}
    for key, entry in PLACES.items():
        for spelling in {_folded(s) for s in (*entry.values(), *VARIANTS.get(key, ()))}:
            assert named.setdefault(spelling, key) == key, (spelling, key, named[spelling])


def test_the_table_holds_the_capital_and_the_24_provinces() -> None:
    assert len([key for key in PLACES if key.startswith("name_province_")]) == 25


def test_every_province_and_sector_of_the_sample_directory_reads_in_khmer() -> None:
    for row in _sample():
        assert _khmer(province_label(row["province"], "km")), row["province"]
        for sector in row["sectors"].split(";"):
            assert _khmer(sector_label(sector, "km")), sector


def test_common_spellings_read_as_the_same_province() -> None:
    assert province_label("Phnom Penh", "km") == "ភ្នំពេញ"
    assert province_label("siem reap", "km") == "សៀមរាប"
    assert province_label("Sihanoukville", "km") == province_label("Preah Sihanouk", "km")
    assert province_label("Tbong Khmum", "km") == province_label("Tboung Khmum", "km")
    assert province_label("Mondul Kiri", "km") == "មណ្ឌលគិរី"


def test_a_filter_finds_a_province_or_sector_by_any_of_its_spellings() -> None:
    assert {"siem reap", "siemreap", "សៀមរាប"} <= spellings("សៀមរាប")
    assert "preah sihanouk" in spellings("Sihanoukville ")
    assert "education" in spellings("ការអប់រំ")
    assert spellings(" Atlantis") == {"atlantis"}


def test_english_readers_and_unknown_values_see_them_as_stored() -> None:
    assert province_label("Sihanoukville", "en") == "Sihanoukville"
    assert province_label("Atlantis", "km") == "Atlantis"
    assert sector_label("basket weaving", "km") == "basket weaving"
    assert province_label(None, "km") == ""
    assert sector_label("Phnom Penh", "km") == "Phnom Penh"  # a province is no sector


def test_a_khmer_reader_gets_the_networks_khmer_name_where_it_has_one() -> None:
    named = SimpleNamespace(name="Youth Network", name_km="បណ្តាញយុវជន")
    unnamed = SimpleNamespace(name="Youth Network", name_km=None)
    assert network_name(named, "km") == "បណ្តាញយុវជន"
    assert network_name(named, "en") == "Youth Network"
    assert network_name(unnamed, "km") == "Youth Network"
    assert network_name({"name": "Youth Network", "name_km": "បណ្តាញយុវជន"}, "km") == "បណ្តាញយុវជន"


def test_breakdown_groups_name_provinces_and_sectors_in_the_readers_language() -> None:
    assert group_label("province", "Battambang", "km") == "បាត់ដំបង"
    assert group_label("province", "Battambang", "en") == "Battambang"
    assert group_label("sector:health", "health", "km") == "សុខាភិបាល"
    assert group_label("sector:health", "other", "km") == t("name_sector_other", "km")
    assert group_label("sector:health", "other", "en") == "other sectors"
