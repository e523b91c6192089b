"""Names people read in their own language: a network's, Cambodia's provinces and the
directory's sectors.

The directory stores a province or sector as the secretariat typed it, in English. A Khmer
reader sees it in Khmer from the shipped table below; an English reader, and any value the
table does not know, sees it as stored (so it still matches what the directory's filter
takes).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

# Cambodia's capital and 24 provinces, and the sectors networks work in, by message key.
PLACES: dict[str, dict[str, str]] = {
    "name_province_phnom_penh": {"en": "Phnom Penh", "km": "ភ្នំពេញ"},
    "name_province_banteay_meanchey": {"en": "Banteay Meanchey", "km": "បន្ទាយមានជ័យ"},
    "name_province_battambang": {"en": "Battambang", "km": "បាត់ដំបង"},
    "name_province_kampong_cham": {"en": "Kampong Cham", "km": "កំពង់ចាម"},
    "name_province_kampong_chhnang": {"en": "Kampong Chhnang", "km": "កំពង់ឆ្នាំង"},
    "name_province_kampong_speu": {"en": "Kampong Speu", "km": "កំពង់ស្ពឺ"},
    "name_province_kampong_thom": {"en": "Kampong Thom", "km": "កំពង់ធំ"},
    "name_province_kampot": {"en": "Kampot", "km": "កំពត"},
    "name_province_kandal": {"en": "Kandal", "km": "កណ្តាល"},
    "name_province_kep": {"en": "Kep", "km": "កែប"},
    "name_province_koh_kong": {"en": "Koh Kong", "km": "កោះកុង"},
    "name_province_kratie": {"en": "Kratie", "km": "ក្រចេះ"},
    "name_province_mondulkiri": {"en": "Mondulkiri", "km": "មណ្ឌលគិរី"},
    "name_province_oddar_meanchey": {"en": "Oddar Meanchey", "km": "ឧត្តរមានជ័យ"},
    "name_province_pailin": {"en": "Pailin", "km": "ប៉ៃលិន"},
    "name_province_preah_sihanouk": {"en": "Preah Sihanouk", "km": "ព្រះសីហនុ"},
    "name_province_preah_vihear": {"en": "Preah Vihear", "km": "ព្រះវិហារ"},
    "name_province_prey_veng": {"en": "Prey Veng", "km": "ព្រៃវែង"},
    "name_province_pursat": {"en": "Pursat", "km": "ពោធិ៍សាត់"},
    "name_province_ratanakiri": {"en": "Ratanakiri", "km": "រតនគិរី"},
    "name_province_siem_reap": {"en": "Siem Reap", "km": "សៀមរាប"},
    "name_province_stung_treng": {"en": "Stung Treng", "km": "ស្ទឹងត្រែង"},
    "name_province_svay_rieng": {"en": "Svay Rieng", "km": "ស្វាយរៀង"},
    "name_province_takeo": {"en": "Takeo", "km": "តាកែវ"},
    "name_province_tboung_khmum": {"en": "Tboung Khmum", "km": "ត្បូងឃ្មុំ"},
    "name_sector_advocacy": {"en": "advocacy", "km": "ការតស៊ូមតិ"},
    "name_sector_agriculture": {"en": "agriculture", "km": "កសិកម្ម"},
    "name_sector_child_rights": {"en": "child rights", "km": "សិទ្ធិកុមារ"},
    "name_sector_climate": {"en": "climate", "km": "អាកាសធាតុ"},
    "name_sector_development_policy": {"en": "development policy", "km": "គោលនយោបាយអភិវឌ្ឍន៍"},
    "name_sector_disability": {"en": "disability", "km": "ពិការភាព"},
    "name_sector_education": {"en": "education", "km": "ការអប់រំ"},
    "name_sector_environment": {"en": "environment", "km": "បរិស្ថាន"},
    "name_sector_fisheries": {"en": "fisheries", "km": "ជលផល"},
    "name_sector_forestry": {"en": "forestry", "km": "ព្រៃឈើ"},
    "name_sector_gender": {"en": "gender", "km": "យេនឌ័រ"},
    "name_sector_governance": {"en": "governance", "km": "អភិបាលកិច្ច"},
    "name_sector_health": {"en": "health", "km": "សុខាភិបាល"},
    "name_sector_human_rights": {"en": "human rights", "km": "សិទ្ធិមនុស្ស"},
    "name_sector_inclusion": {"en": "inclusion", "km": "បរិយាប័ន្ន"},
    "name_sector_indigenous_peoples": {"en": "indigenous peoples", "km": "ជនជាតិដើមភាគតិច"},
    "name_sector_labour": {"en": "labour", "km": "ការងារ"},
    "name_sector_land": {"en": "land", "km": "ដីធ្លី"},
    "name_sector_livelihoods": {"en": "livelihoods", "km": "ជីវភាពរស់នៅ"},
    "name_sector_natural_resources": {"en": "natural resources", "km": "ធនធានធម្មជាតិ"},
    "name_sector_nutrition": {"en": "nutrition", "km": "អាហារូបត្ថម្ភ"},
    "name_sector_organizational_development": {
        "en": "organizational development",
        "km": "ការអភិវឌ្ឍស្ថាប័ន",
    },
    "name_sector_water": {"en": "water", "km": "ទឹក"},
    "name_sector_youth": {"en": "youth", "km": "យុវជន"},
    # A sector breakdown compares the networks in one sector with all the others.
    "name_sector_other": {"en": "other sectors", "km": "វិស័យផ្សេងទៀត"},
    "name_by_sector": {"en": "By sector: {sector}", "km": "តាមវិស័យ៖ {sector}"},
    "name_sector_grouping": {"en": "sector: {sector}", "km": "វិស័យ៖ {sector}"},
}

# Other spellings met in Cambodian NGO data, by the key of the name they spell.
VARIANTS: dict[str, tuple[str, ...]] = {
    "name_province_phnom_penh": ("Phnom Penh Capital", "Phnom Penh City", "Phnum Penh"),
    "name_province_banteay_meanchey": ("Banteay Mean Chey", "Bantey Meanchey"),
    "name_province_battambang": ("Batdambang", "Battambong"),
    "name_province_kampong_cham": ("Kompong Cham", "Kampong Chaam"),
    "name_province_kampong_chhnang": ("Kompong Chhnang", "Kampong Chnang"),
    "name_province_kampong_speu": ("Kompong Speu", "Kampong Spoe"),
    "name_province_kampong_thom": ("Kompong Thom", "Kampong Thum"),
    "name_province_kep": ("Kaeb", "Kep City"),
    "name_province_koh_kong": ("Kaoh Kong", "Koh Kung"),
    "name_province_kratie": ("Kracheh", "Kratieh"),
    "name_province_mondulkiri": ("Mondul Kiri", "Mondolkiri", "Mondulkiry"),
    "name_province_oddar_meanchey": ("Otdar Meanchey", "Oddar Mean Chey", "Udor Meanchey"),
    "name_province_pailin": ("Pailin City", "Krong Pailin"),
    "name_province_preah_sihanouk": ("Sihanoukville", "Sihanouk", "Kampong Som", "Kompong Som"),
    "name_province_preah_vihear": ("Preah Vihea", "Preahvihear"),
    "name_province_pursat": ("Pouthisat", "Poursat"),
    "name_province_ratanakiri": ("Ratanak Kiri", "Rattanakiri", "Rotanakiri", "Ratanakkiri"),
    "name_province_siem_reap": ("Siemreap", "Siem Riep", "Siem Reab"),
    "name_province_stung_treng": ("Stoeng Treng", "Steung Treng", "Stueng Traeng"),
    "name_province_svay_rieng": ("Svaay Rieng", "Svay Reang"),
    "name_province_takeo": ("Takev", "Ta Keo"),
    "name_province_tboung_khmum": ("Tbong Khmum", "Tbaung Khmum", "Tboung Khmom"),
    "name_sector_organizational_development": ("organisational development",),
    "name_sector_livelihoods": ("livelihood",),
    "name_sector_human_rights": ("human right",),
    "name_sector_labour": ("labor",),
}


class Named(Protocol):
    """A network as far as its name goes (the model, or a row with the same columns)."""

    @property
    def name(self) -> str: ...

    @property
    def name_km(self) -> str | None: ...


def network_name(network: Named | Mapping[str, Any], language: str) -> str:
    """The network's Khmer name for a Khmer reader when it has one, else its English name.

    The form reads the network as plain data (`answering_view`), pages and mail as a row.
    """
    name: str = network["name"] if isinstance(network, Mapping) else network.name
    name_km: str | None = (
        network.get("name_km") if isinstance(network, Mapping) else network.name_km
    )
    return name_km if language == "km" and name_km else name


def province_label(province: str | None, language: str) -> str:
    """A province as the reader reads it ("" when none is stored)."""
    return _label("name_province_", province, language)


def sector_label(sector: str | None, language: str) -> str:
    """A sector as the reader reads it ("" when none is stored)."""
    return _label("name_sector_", sector, language)


def spellings(value: str) -> set[str]:
    """Every spelling, lower-case, of the province or sector `value` names in either
    language: a directory filter typed as "សៀមរាប" or "Siemreap" finds "Siem Reap"."""
    typed = value.strip().casefold()
    key = _SPELLINGS.get(_folded(value))
    if key is None:
        return {typed}
    known = (*PLACES[key].values(), *VARIANTS.get(key, ()))
    return {typed, *(spelling.casefold() for spelling in known)}


def _label(kind: str, value: str | None, language: str) -> str:
    if not value:
        return ""
    key = _SPELLINGS.get(_folded(value))
    if key is None or not key.startswith(kind) or language == "en":
        return value
    return PLACES[key].get(language, value)


def _folded(spelling: str) -> str:
    """A spelling with case, spaces, hyphens and dots left out: "Mondul-Kiri" is "mondulkiri"."""
    return re.sub(r"[\s\-_.,'\u2019]+", "", spelling.casefold())


_SPELLINGS: dict[str, str] = {
    _folded(spelling): key
    for key, entry in PLACES.items()
    if "{" not in entry["en"]  # the names, not the sentences about them
    for spelling in (*entry.values(), *VARIANTS.get(key, ()))
}
