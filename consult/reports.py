"""The summary as an HTML report staff read: the common response first, then each question.

Charts are inline SVG drawn here from the numbers (no JavaScript, nothing fetched), so the
report opens offline and prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import render_template
from markupsafe import escape

from consult.models import Round, Summary
from consult.schemas.localized import pick

SCALE_COLOURS = ("#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac")
BAR_COLOUR = "#2166ac"

HEADINGS = {
    "common_response": {"en": "Common response", "km": "ការឆ្លើយតបរួម"},
    "together": {"en": "Where the networks stand together", "km": "កន្លែងដែលបណ្តាញមានជំហររួម"},
    "divided": {"en": "Where they are divided", "km": "កន្លែងដែលពួកគេមានមតិខុសគ្នា"},
    "questions": {"en": "Question by question", "km": "សំណួរនីមួយៗ"},
    "themes": {"en": "Themes in their own words", "km": "ប្រធានបទតាមពាក្យសម្តីរបស់ពួកគេ"},
    "groups": {"en": "Opinion groups", "km": "ក្រុមមតិ"},
    "none": {"en": "None yet.", "km": "មិនទាន់មាន។"},
    "share": {"en": "share", "km": "ភាគរយ"},
    "score": {"en": "consensus", "km": "ការឯកភាព"},
    "answers": {"en": "answers", "km": "ចម្លើយ"},
    "as_of": {"en": "As of", "km": "គិតត្រឹម"},
    "version": {"en": "version", "km": "កំណែ"},
    "final": {"en": "final", "km": "ចុងក្រោយ"},
    "live": {"en": "live, updated as networks answer", "km": "បច្ចុប្បន្នភាពពេលបណ្តាញឆ្លើយ"},
    "kind": {"en": "By network kind", "km": "តាមប្រភេទបណ្តាញ"},
    "mou": {"en": "By MoU partnership", "km": "តាមភាពជាដៃគូ MoU"},
    "opinion": {"en": "By opinion group", "km": "តាមក្រុមមតិ"},
    "group": {"en": "group", "km": "ក្រុម"},
    "mean": {"en": "mean", "km": "មធ្យម"},
    "min": {"en": "lowest", "km": "ទាបបំផុត"},
    "q1": {"en": "lower quartile", "km": "កាទីលទី១"},
    "median": {"en": "median", "km": "មេដ្យាន"},
    "q3": {"en": "upper quartile", "km": "កាទីលទី៣"},
    "max": {"en": "highest", "km": "ខ្ពស់បំផុត"},
    "total": {"en": "total", "km": "សរុប"},
    "n": {"en": "networks", "km": "បណ្តាញ"},
    "borda": {"en": "Overall order (Borda points)", "km": "លំដាប់រួម (ពិន្ទុ Borda)"},
    "kendalls_w": {
        "en": "agreement on the order (Kendall's W)",
        "km": "ការឯកភាពលើលំដាប់ (Kendall's W)",
    },
    "top": {"en": "most chosen", "km": "ជ្រើសរើសច្រើនបំផុត"},
}

# The names of the groups the analysis codes (NETWORK_KINDS, "mou"/"no_mou"), by grouping.
# Opinion groups are letters (A, B, …) and read the same in either language.
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


def render_report(round_: Round, summary: Summary, language: str, zone: Any) -> str:
    data = summary.data
    options = {
        question["key"]: {o["key"]: pick(o["text"], language) for o in question.get("options", [])}
        for question in round_.questionnaire
    }
    return render_template(
        "report.html",
        language=language,
        h=lambda key: HEADINGS[key][language],
        group_label=lambda grouping, group: group_label(grouping, group, language),
        pick=pick,
        round=round_,
        summary=summary,
        data=data,
        options=options,
        as_of=summary.as_of.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        bars=bars,
        scale_bar=scale_bar,
        percent=percent,
    )


def group_label(grouping: str, group: str, language: str) -> str:
    """A group's name in the reader's language; one we have no name for is shown as it is."""
    label = GROUPS.get(grouping, {}).get(group)
    return label[language] if label else group


def percent(share: float | None) -> str:
    return "—" if share is None else f"{round(100 * share)}%"


def bars(shares: Mapping[str, float | None], labels: Mapping[str, str]) -> str:
    """Horizontal bars, one per option, longest first."""
    rows = sorted(shares.items(), key=lambda item: -(item[1] or 0))
    height = 22 * len(rows) + 4
    parts = [f'<svg role="img" width="560" height="{height}" viewBox="0 0 560 {height}">']
    for row, (key, share) in enumerate(rows):
        y = 4 + 22 * row
        width = 300 * (share or 0)
        label = escape(labels.get(key, key)[:38])
        parts.append(
            f'<text x="0" y="{y + 14}" font-size="12">{label}</text>'
            f'<rect x="240" y="{y}" width="{width:.1f}" height="16" fill="{BAR_COLOUR}"/>'
            f'<text x="{246 + width:.1f}" y="{y + 13}" font-size="12">{percent(share)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def scale_bar(distribution: Mapping[str, int]) -> str:
    """A diverging bar: disagreement to the left of the centre line, agreement to the right."""
    counts = list(distribution.values())
    total = sum(counts) or 1
    shares = [count / total for count in counts]
    middle = len(shares) // 2
    has_neutral = len(shares) % 2 == 1
    left = sum(shares[:middle]) + (shares[middle] / 2 if has_neutral else 0)
    x = 280 - 240 * left
    parts = ['<svg role="img" width="560" height="30" viewBox="0 0 560 30">']
    colours = _colours(len(shares))
    for share, colour in zip(shares, colours, strict=True):
        width = 480 * share
        parts.append(f'<rect x="{x:.1f}" y="4" width="{width:.1f}" height="18" fill="{colour}"/>')
        x += width
    parts.append('<line x1="280" y1="0" x2="280" y2="28" stroke="#333"/></svg>')
    return "".join(parts)


def _colours(points: int) -> list[str]:
    if points == len(SCALE_COLOURS):
        return list(SCALE_COLOURS)
    step = (len(SCALE_COLOURS) - 1) / max(1, points - 1)
    return [SCALE_COLOURS[round(i * step)] for i in range(points)]
