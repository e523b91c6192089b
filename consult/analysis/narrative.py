"""The common response told in full sentences, in English and Khmer, from templates.

At most `MAX_POINTS` points, most important first: who answered (and which groups answered
too little to speak for), the common positions, the divisions, the themes. Counts, never
bare percentages; each question at most once; every number a point states is one of its
`facts`, taken from the summary, so a reader (and a test) can trace it. Quoted material —
question texts, options, answers — is set in quotation marks and holds no counted number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from consult.texts import GROUPINGS, LANGUAGES, pick
from consult.texts.places import province_label, sector_label

MAX_POINTS = 7
COMMON_POINTS = 3
DIVISION_POINTS = 2
THEME_POINTS = 2
QUOTE_CHARACTERS = 140
QUOTE = {"en": ("“", "”"), "km": ("«", "»")}

GROUP_WORDS: dict[str, dict[str, dict[str, str]]] = {
    "kind": {
        "umbrella": {"en": "umbrella networks", "km": "បណ្តាញឆ័ត្រ"},
        "provincial": {"en": "provincial networks", "km": "បណ្តាញខេត្ត"},
        "member": {"en": "member organisations", "km": "អង្គការសមាជិក"},
    },
    "mou": {
        "mou": {"en": "MoU partners", "km": "ដៃគូ MoU"},
        "no_mou": {"en": "networks without an MoU", "km": "បណ្តាញគ្មាន MoU"},
    },
}

PLACE_WORDS = {
    "province": {"en": "networks in {name}", "km": "បណ្តាញនៅ{name}"},
    "sector": {"en": "networks in {name}", "km": "បណ្តាញក្នុងវិស័យ{name}"},
    "other_sectors": {"en": "networks in other sectors", "km": "បណ្តាញក្នុងវិស័យផ្សេងទៀត"},
}

TEMPLATES = {
    "participation": {
        "en": "{answered} of {invited} invited networks answered",
        "km": "បណ្តាញ {answered} ក្នុងចំណោម {invited} ដែលបានអញ្ជើញ បានឆ្លើយ",
    },
    "nobody": {
        "en": "No network has answered yet.",
        "km": "មិនទាន់មានបណ្តាញណាឆ្លើយនៅឡើយទេ។",
    },
    "caveat": {
        "en": "Only {groups} answered, so this says little about them.",
        "km": "មានតែ {groups} ប៉ុណ្ណោះដែលបានឆ្លើយ ដូច្នេះលទ្ធផលនេះប្រាប់តិចតួចអំពីពួកគេ។",
    },
    "agree": {
        "en": "{held} of {n} networks agree that {text}",
        "km": "បណ្តាញ {held} ក្នុងចំណោម {n} យល់ស្របថា {text}",
    },
    "disagree": {
        "en": "{held} of {n} networks disagree that {text}",
        "km": "បណ្តាញ {held} ក្នុងចំណោម {n} មិនយល់ស្របថា {text}",
    },
    "rate_high": {
        "en": "{held} of {n} networks rate {text} above the middle of the scale",
        "km": "បណ្តាញ {held} ក្នុងចំណោម {n} វាយតម្លៃ {text} លើសពាក់កណ្តាលនៃមាត្រដ្ឋាន",
    },
    "rate_low": {
        "en": "{held} of {n} networks rate {text} below the middle of the scale",
        "km": "បណ្តាញ {held} ក្នុងចំណោម {n} វាយតម្លៃ {text} ក្រោមពាក់កណ្តាលនៃមាត្រដ្ឋាន",
    },
    "chose": {
        "en": "Asked {text}, {held} of {n} networks chose {option}",
        "km": "ចំពោះសំណួរ {text} បណ្តាញ {held} ក្នុងចំណោម {n} បានជ្រើសរើស {option}",
    },
    "chose_many": {
        "en": "Asked {text}, most of the {n} networks that answered chose {options}",
        "km": "ចំពោះសំណួរ {text} បណ្តាញភាគច្រើនក្នុងចំណោម {n} ដែលបានឆ្លើយ បានជ្រើសរើស {options}",
    },
    "first": {
        "en": "{held} of {n} networks rank {option} first in {text}; the overall order is {order}",
        "km": "បណ្តាញ {held} ក្នុងចំណោម {n} ដាក់ {option} ជាលំដាប់ទីមួយក្នុង {text} លំដាប់រួមគឺ {order}",
    },
    "no_common": {
        "en": "No position is held by a clear majority in every group of networks.",
        "km": "គ្មានជំហរណាដែលភាគច្រើនច្បាស់លាស់កាន់ក្នុងគ្រប់ក្រុមបណ្តាញនោះទេ។",
    },
    "divided": {
        "en": "Networks are divided on {text}: {first} {stance}, against {second}.",
        "km": "បណ្តាញមានមតិខុសគ្នាលើ {text}៖ {first} {stance} ធៀបនឹង {second}។",
    },
    "divided_too": {
        "en": "On the same question they are divided: {first} {stance}, against {second}.",
        "km": "លើសំណួរដដែលនេះ ពួកគេមានមតិខុសគ្នា៖ {first} {stance} ធៀបនឹង {second}។",
    },
    "also_divided": {
        "en": " It also divides them by {groupings}.",
        "km": " វាក៏បែងចែកពួកគេតាម{groupings}ផងដែរ។",
    },
    "no_division": {
        "en": "The counts show no division between groups of networks.",
        "km": "ចំនួនចម្លើយមិនបង្ហាញការបែកបាក់មតិរវាងក្រុមបណ្តាញទេ។",
    },
    "theme": {
        "en": "{count} networks wrote about {terms} ({languages})",
        "km": "បណ្តាញ {count} បានសរសេរអំពី {terms} ({languages})",
    },
    "example": {"en": ", for example: {quote}.", "km": " ឧទាហរណ៍៖ {quote}។"},
    "tentative": {
        "en": " (tentative: few answers)",
        "km": " (បណ្ដោះអាសន្ន៖ ផ្អែកលើចម្លើយតិច)",
    },
}
STANCE_WORDS = {
    "agree": {"en": "agree", "km": "យល់ស្រប"},
    "rate_high": {
        "en": "rate it above the middle of the scale",
        "km": "វាយតម្លៃលើសពាក់កណ្តាលនៃមាត្រដ្ឋាន",
    },
    "chose": {"en": "chose {option}", "km": "បានជ្រើសរើស {option}"},
    "first": {"en": "rank {option} first", "km": "ដាក់ {option} ជាលំដាប់ទីមួយ"},
}
COUNT_OF = {"en": "{held} of {n} {group}", "km": "{group} {held} ក្នុងចំណោម {n}"}
LANGUAGE_COUNTS = {
    "en": {"en": "{n} in English", "km": "{n} in Khmer"},
    "km": {"en": "{n} ជាភាសាអង់គ្លេស", "km": "{n} ជាភាសាខ្មែរ"},
}
LIST_JOIN = {"en": (", ", " and "), "km": (", ", " និង ")}
END = {"en": ".", "km": "។"}


@dataclass(frozen=True)
class Facts:
    """What the narrative is told from: parts of the summary, as the engine computed them."""

    answered: int
    invited: int
    participation: Mapping[str, Mapping[str, Mapping[str, int]]]
    caveats: Sequence[Mapping[str, Any]]
    positions: Sequence[Mapping[str, Any]]
    common: Sequence[Mapping[str, Any]]
    divisions: Sequence[Mapping[str, Any]]
    themes: Mapping[str, Sequence[Mapping[str, Any]]]
    questionnaire: Sequence[Mapping[str, Any]]


def narrative(facts: Facts) -> dict[str, Any]:
    """The points, and their texts joined into one paragraph per language."""
    points = _points(facts)
    return {
        "narrative": {
            language: " ".join(point["text"][language] for point in points)
            for language in LANGUAGES
        },
        "points": points,
    }


def _points(facts: Facts) -> list[dict[str, Any]]:
    if facts.answered == 0:
        return [
            _point(
                "participation", None, {lang: TEMPLATES["nobody"][lang] for lang in LANGUAGES}, {}
            )
        ]
    questions = {question["key"]: question for question in facts.questionnaire}
    head = [_participation(facts)] + ([_caveats(facts.caveats)] if facts.caveats else [])
    divisions = {division["question"]: division for division in facts.divisions}
    common = _common_points(facts.common, questions, divisions)
    mentioned = {point["question"] for point in common}
    divided = [
        _division(division, questions)
        for division in facts.divisions
        if division["question"] not in mentioned
    ]
    themed = [_themes(themes, key) for key, themes in facts.themes.items() if themes]
    common = common or [_fixed("no_common")]
    if not facts.divisions:
        divided = [_fixed("no_division")]
    room = MAX_POINTS - len(head)
    wanted = [(common, COMMON_POINTS), (divided, DIVISION_POINTS), (themed, THEME_POINTS)]
    taken = [min(len(points), share) for points, share in wanted]
    spare = room - sum(taken)
    for index, (points, _) in enumerate(wanted):  # room left goes to the most important
        extra = max(0, min(spare, len(points) - taken[index]))
        taken[index] += extra
        spare -= extra
    chosen = [p for (points, _), count in zip(wanted, taken, strict=True) for p in points[:count]]
    return (head + chosen)[:MAX_POINTS]


def _participation(facts: Facts) -> dict[str, Any]:
    numbers = {"answered": facts.answered, "invited": facts.invited}
    text = {}
    breakdown = next(iter(facts.participation.items()), None)
    for language in LANGUAGES:
        sentence = TEMPLATES["participation"][language].format(**numbers)
        if breakdown is not None:
            grouping, groups = breakdown
            parts = [
                COUNT_OF[language].format(
                    group=_group(grouping, group, language),
                    held=counts["answered"],
                    n=counts["invited"],
                )
                for group, counts in groups.items()
            ]
            sentence += (": " if language == "en" else "៖ ") + _join(parts, language)
        text[language] = sentence + END[language]
    facts_used: dict[str, Any] = dict(numbers)
    if breakdown is not None:
        for group, counts in breakdown[1].items():
            facts_used[f"{group}_answered"] = counts["answered"]
            facts_used[f"{group}_invited"] = counts["invited"]
    return _point("participation", None, text, facts_used)


def _caveats(caveats: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One sentence for every group that answered too little to be spoken for."""
    text = {}
    for language in LANGUAGES:
        counted = [
            COUNT_OF[language].format(
                held=caveat["answered"],
                n=caveat["invited"],
                group=_group(caveat["grouping"], caveat["group"], language),
            )
            for caveat in caveats
        ]
        text[language] = TEMPLATES["caveat"][language].format(groups=_join(counted, language))
    facts = {}
    for index, caveat in enumerate(caveats):
        facts[f"caveat{index}_answered"] = caveat["answered"]
        facts[f"caveat{index}_invited"] = caveat["invited"]
    return _point("caveat", None, text, facts)


def _common_points(
    common: Sequence[Mapping[str, Any]],
    questions: Mapping[str, Mapping[str, Any]],
    divisions: Mapping[str, Mapping[str, Any]],
) -> list[dict[str, Any]]:
    """One point per question, in the order of its best common position; a question that
    also divides groups (on another option, or by degree) says so in the same point."""
    by_question: dict[str, list[Mapping[str, Any]]] = {}
    for position in common:
        by_question.setdefault(position["question"], []).append(position)
    points = []
    for key, held in by_question.items():
        point = _common(held, questions[key])
        if key in divisions:
            divided = _division(divisions[key], questions, "divided_too")
            point["text"] = {
                language: f"{point['text'][language]} {divided['text'][language]}"
                for language in LANGUAGES
            }
            point["facts"] |= divided["facts"]
        points.append(point)
    return points


def _common(held: Sequence[Mapping[str, Any]], question: Mapping[str, Any]) -> dict[str, Any]:
    first = held[0]
    facts: dict[str, Any] = {"n": first["n"]}
    text = {}
    for language in LANGUAGES:
        asked = _quoted(pick(question["text"], language), language)
        if len(held) > 1:
            options = _join(
                [
                    f"{_quoted(_option(question, p['option'], language), language)} ({p['held']})"
                    for p in held
                ],
                language,
            )
            sentence = TEMPLATES["chose_many"][language].format(
                text=asked, n=first["n"], options=options
            )
        else:
            sentence = _single(first, question, asked, language)
        if len(held) == 1:
            sentence += _by_group(first, language)
        if any(p["tentative"] for p in held):
            sentence += TEMPLATES["tentative"][language]
        text[language] = sentence + END[language]
    for position in held:
        facts[f"held_{position['option'] or position['stance']}"] = position["held"]
    for grouping, groups in first["groups"].items() if len(held) == 1 else ():
        for group, counts in groups.items():
            facts[f"{grouping}:{group}_held"] = counts["held"]
            facts[f"{grouping}:{group}_n"] = counts["n"]
        break
    return _point("common", question["key"], text, facts)


def _single(
    position: Mapping[str, Any], question: Mapping[str, Any], asked: str, language: str
) -> str:
    stance, kind = position["stance"], position["type"]
    numbers = {"held": position["held"], "n": position["n"], "text": asked}
    if kind == "rating":
        template = "rate_high" if stance == "agree" else "rate_low"
        return TEMPLATES[template][language].format(**numbers)
    if stance in ("agree", "disagree"):
        return TEMPLATES[stance][language].format(**numbers)
    option = _quoted(_option(question, position["option"], language), language)
    if stance == "first":
        order = _join(
            [_quoted(_option(question, key, language), language) for key in position["order"]],
            language,
        )
        return TEMPLATES["first"][language].format(option=option, order=order, **numbers)
    return TEMPLATES["chose"][language].format(option=option, **numbers)


def _by_group(position: Mapping[str, Any], language: str) -> str:
    """The counts in each group of the first grouping of the lens, after a dash."""
    for grouping, groups in position["groups"].items():
        if len(groups) < 2:
            return ""
        parts = [
            COUNT_OF[language].format(
                group=_group(grouping, group, language), held=counts["held"], n=counts["n"]
            )
            for group, counts in groups.items()
        ]
        return " — " + _join(parts, language)
    return ""


def _division(
    division: Mapping[str, Any],
    questions: Mapping[str, Mapping[str, Any]],
    template: str = "divided",
) -> dict[str, Any]:
    question = questions[division["question"]]
    split = division["splits"][0]
    ranked = sorted(split["groups"].items(), key=lambda item: (-item[1]["share"], item[0]))
    (high, high_counts), (low, low_counts) = ranked[0], ranked[-1]
    text = {}
    for language in LANGUAGES:
        option = (
            _quoted(_option(question, split["option"], language), language)
            if split["option"]
            else ""
        )
        said = "rate_high" if question["type"] == "rating" else split["stance"]
        stance = STANCE_WORDS[said][language].format(option=option)
        first = COUNT_OF[language].format(
            group=_group(split["grouping"], high, language), **_counted(high_counts)
        )
        second = COUNT_OF[language].format(
            group=_group(split["grouping"], low, language), **_counted(low_counts)
        )
        sentence = TEMPLATES[template][language].format(
            text=_quoted(pick(question["text"], language), language),
            first=first,
            stance=stance,
            second=second,
        )
        others = [s["grouping"] for s in division["splits"][1:]]
        if others:
            named = _join([_grouping(grouping, language) for grouping in others], language)
            sentence += TEMPLATES["also_divided"][language].format(groupings=named)
        if division["tentative"]:
            sentence = (
                sentence[: -len(END[language])] + TEMPLATES["tentative"][language] + END[language]
            )
        text[language] = sentence
    facts = {
        "high_held": high_counts["held"],
        "high_n": high_counts["n"],
        "low_held": low_counts["held"],
        "low_n": low_counts["n"],
    }
    return _point("division", question["key"], text, facts)


def _themes(themes: Sequence[Mapping[str, Any]], question: str) -> dict[str, Any]:
    """The largest themes of one question's written answers, each with a short quote."""
    shown = themes[:THEME_POINTS]
    text = {}
    for language in LANGUAGES:
        sentences = []
        for theme in shown:
            spoken = _spoken(theme)
            terms = theme["label"].get(language) or theme["label"].get("en") or []
            sentence = TEMPLATES["theme"][language].format(
                count=theme["count"],
                terms=_join([_quoted(term, language) for term in terms[:3]], language),
                languages=_join(
                    [LANGUAGE_COUNTS[language][lang].format(n=n) for lang, n in spoken.items()],
                    language,
                ),
            )
            quotes = theme["quotes"].get(language) or []
            if quotes:
                quote = _quoted(_shortened(quotes[0]["text"]), language)
                sentence += TEMPLATES["example"][language].format(quote=quote)
            else:
                sentence += END[language]
            sentences.append(sentence)
        text[language] = " ".join(sentences)
    facts: dict[str, Any] = {}
    for index, theme in enumerate(shown):
        facts[f"theme{index}_count"] = theme["count"]
        facts |= {f"theme{index}_{lang}": n for lang, n in _spoken(theme).items()}
    return _point("theme", question, text, facts)


def _spoken(theme: Mapping[str, Any]) -> dict[str, int]:
    return {language: int(count) for language, count in theme["languages"].items() if count}


def _fixed(template: str) -> dict[str, Any]:
    return _point(template, None, {lang: TEMPLATES[template][lang] for lang in LANGUAGES}, {})


def _point(
    kind: str, question: str | None, text: Mapping[str, str], facts: Mapping[str, Any]
) -> dict[str, Any]:
    return {"kind": kind, "question": question, "text": dict(text), "facts": dict(facts)}


def _counted(counts: Mapping[str, Any]) -> dict[str, int]:
    return {"held": counts["held"], "n": counts["n"]}


def _group(grouping: str, group: str, language: str) -> str:
    words = GROUP_WORDS.get(grouping, {}).get(group)
    if words:
        return words[language]
    if grouping.startswith("sector:") and group == "other":
        return PLACE_WORDS["other_sectors"][language]
    if grouping.startswith("sector:"):
        return PLACE_WORDS["sector"][language].format(name=sector_label(group, language))
    return PLACE_WORDS["province"][language].format(name=province_label(group, language))


def _grouping(grouping: str, language: str) -> str:
    base, _, name = grouping.partition(":")
    words = GROUPINGS.get(base, {}).get(language, base)
    return f"{words} ({sector_label(name, language)})" if name else words


def _option(question: Mapping[str, Any], key: str, language: str) -> str:
    option = next((o for o in question.get("options", []) if o["key"] == key), None)
    return pick(option["text"], language) if option else key


def _quoted(text: str, language: str) -> str:
    opening, closing = QUOTE[language]
    return f"{opening}{text.strip().rstrip('.?។')}{closing}"


def _shortened(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= QUOTE_CHARACTERS:
        return flat
    cut = flat[:QUOTE_CHARACTERS].rsplit(" ", 1)[0]
    return cut + "…"


def _join(items: Sequence[str], language: str) -> str:
    comma, last = LIST_JOIN[language]
    if len(items) <= 1:
        return "".join(items)
    return comma.join(items[:-1]) + last + items[-1]
