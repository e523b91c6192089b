"""Every text a person reads, in English and Khmer, and the one lookup for all of them.

A text has a key; `t(key, language, **values)` says it in the reader's language with its
{placeholders} filled. The texts live in one catalog per audience — what networks read on
their pages (`networks`), mail (`mail`), the staff console (`staff`) and the report
(`report`), and what every audience may read: the names of places and sectors (`places`)
and the rules' refusals (`refusals`) — merged
here into one table, so a key means one thing wherever it is used.
Plain dictionaries rather than gettext catalogs: two languages, every text reviewed side by
side in one file, a test that each key has both, and no compile step in the build.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consult.texts.mail import MAIL
from consult.texts.networks import NETWORKS
from consult.texts.places import PLACES, province_label, sector_label
from consult.texts.refusals import REFUSALS
from consult.texts.report import REPORT
from consult.texts.staff import STAFF

# The languages a person may read, the first the one a text falls back to.
LANGUAGES = ("en", "km")
DEFAULT_LANGUAGE = LANGUAGES[0]
AUDIENCES: dict[str, dict[str, dict[str, str]]] = {
    "networks": NETWORKS,
    "mail": MAIL,
    "staff": STAFF,
    "report": REPORT,
    "places": PLACES,  # provinces and sectors, which every audience reads
    "refusals": REFUSALS,  # what the rules refuse, said to whoever met them
}


def _merged(audiences: Mapping[str, Mapping[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    """One table of every key; a key used by two audiences must be said once."""
    catalog: dict[str, dict[str, str]] = {}
    for name, texts in audiences.items():
        clash = set(texts) & set(catalog)
        if clash:
            raise ValueError(f"the {name} texts repeat keys: {sorted(clash)}")
        catalog.update(texts)
    return catalog


CATALOG = _merged(AUDIENCES)


def t(key: str, language: str, **values: Any) -> str:
    """The text `key` in `language` (English if that language is not one we have), its
    {placeholders} filled from `values`."""
    entry = CATALOG[key]
    return entry.get(language, entry[DEFAULT_LANGUAGE]).format(**values)


# The groupings by name inside a sentence ("checked across: network kind, MoU partnership").
GROUPINGS = {
    "kind": {"en": "network kind", "km": "ប្រភេទបណ្តាញ"},
    "mou": {"en": "MoU partnership", "km": "ភាពជាដៃគូ MoU"},
    "province": {"en": "province", "km": "ខេត្ត"},
    "sector": {"en": "sector", "km": "វិស័យ"},
    "opinion": {"en": "opinion group", "km": "ក្រុមមតិ"},
}

# The names of the groups the analysis codes (NETWORK_KINDS, "mou"/"no_mou"), by grouping.
# Opinion groups are letters (A, B, …); provinces and sectors are names (consult.texts.places).
GROUPS = {
    "kind": {
        "umbrella": {"en": "Umbrella networks", "km": "បណ្តាញឆ័ត្រ"},
        "provincial": {"en": "Provincial networks", "km": "បណ្តាញខេត្ត"},
        "member": {"en": "Member organisations", "km": "អង្គការសមាជិក"},
    },
    "mou": {
        "mou": {"en": "MoU partners", "km": "ដៃគូ MoU"},
        "no_mou": {"en": "Not MoU partners", "km": "មិនមែនដៃគូ MoU"},
    },
}


def group_label(grouping: str, group: str, language: str) -> str:
    """A group's name in the reader's language; one we have no name for is shown as it is."""
    if grouping == "province":
        return province_label(group, language)
    if grouping.startswith("sector") and group == "other":  # "sector:<name>": <name> or not
        return t("name_sector_other", language)
    if grouping.startswith("sector"):
        return sector_label(group, language)
    label = GROUPS.get(grouping, {}).get(group)
    return label[language] if label else group


def pick(text: Mapping[str, str], language: str) -> str:
    """The text in `language`, or in the other one where it has not been translated."""
    return text.get(language) or next(iter(text.values()), "")


def localize(value: Any, language: str) -> Any:
    """A question (or any document) with each {"en", "km"} text replaced by one language.

    `language="both"` keeps both. Option and question keys are untouched.
    """
    if language == "both":
        return value
    if isinstance(value, Mapping):
        if (
            value
            and set(value) <= set(LANGUAGES)
            and all(isinstance(v, str) for v in value.values())
        ):
            return pick(value, language)
        return {key: localize(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [localize(item, language) for item in value]
    return value
