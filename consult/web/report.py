"""The summary as an HTML report staff read: the common response first, then each question.

Charts are inline SVG drawn here from the numbers (no JavaScript, nothing fetched), so the
report opens offline and prints. Every SVG has a `viewBox` and `width="100%"` and carries
only shapes: the words and numbers around it are HTML, so the browser wraps a long Khmer
label instead of the chart clipping it, and the text keeps its size on a phone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flask import render_template
from markupsafe import Markup, escape

from consult.models import Round, Summary
from consult.texts import GROUPINGS, GROUPS, group_label, pick, t
from consult.texts.places import sector_label
from consult.texts.times import local_time

# ColorBrewer's RdBu: disagreement red, agreement blue, neutral grey; readable when printed
# in grey and by readers with red-green colour blindness.
SCALE_COLOURS = ("#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac")
BAR_COLOUR = "#2166ac"
TRACK_COLOUR = "#ececec"
BOX_COLOUR = "#67a9cf"

# Chart geometry, in viewBox units. The diverging bar gives each side a full 100 units (a
# side can hold every answer) plus a margin, so neither end is ever cut.
SCALE_HALF = 100
SCALE_MARGIN = 2
SCALE_WIDTH = 2 * (SCALE_HALF + SCALE_MARGIN)
SCALE_CENTRE = SCALE_WIDTH / 2
SCALE_HEIGHT = 24
BAR_WIDTH = 100
BAR_HEIGHT = 10

KHMER_LETTERS = re.compile("[\u1780-\u17ff]")


def render_report(round_: Round, summary: Summary, language: str, zone: Any) -> str:
    """The report page in `language`, its times in the body's `zone`; option names come from
    the round's questionnaire, since the summary stores only option keys."""
    data = summary.data
    options = {
        question["key"]: {o["key"]: pick(o["text"], language) for o in question.get("options", [])}
        for question in round_.questionnaire
    }
    words = Words(language)
    return render_template(
        "report.html",
        language=language,
        w=words,
        group_label=words.group,
        pick=pick,
        round=round_,
        summary=summary,
        data=data,
        options=options,
        as_of=local_time(summary.as_of, zone),
        box_plot=box_plot,
        in_order=lambda groupings: in_order(groupings, data.get("lens") or ()),
        percent=percent,
        whole=whole,
        decimal=decimal,
        text_language=text_language,
        scale_chart=lambda kind, stats: scale_chart(kind, stats, words),
        answer_bars=lambda kind, stats, names: answer_bars(kind, stats, names, words),
        ranking_note=lambda stats, names: ranking_note(stats, names, words),
        position=lambda p: position_view(p, words),
        division=lambda d: division_view(d, options, words),
        theme=lambda t: theme_view(t, words),
    )


class Words:
    """The report's wording in one language: `w(key, **values)` in the template."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, key: str, **values: Any) -> str:
        return t(key, self.language, **values)

    def plural(self, key: str, number: float | None, /, **values: Any) -> str:
        """A wording with a count in it, singular when `number` is one ("1 answer", not
        "1 answers"); Khmer has no plural, so both its forms read the same."""
        if number is not None and round(number) == 1:
            return t(f"light_{key}_one", self.language, **values)
        return self(key, **values)

    def held_of(self, held: int, n: int) -> str:
        """ "31 of 34": the count behind a share, which the body reads before any percent."""
        return self("held_of", held=whole(held), n=whole(n))

    def groupings(self, names: Iterable[str]) -> str:
        return ", ".join(GROUPINGS.get(name, {}).get(self.language, name) for name in names)

    def by(self, grouping: str) -> str:
        """A breakdown's caption: "By network kind", "By sector: health"; a grouping we
        cannot name, as it is."""
        if grouping.startswith("sector:"):
            sector = sector_label(grouping.removeprefix("sector:"), self.language)
            return t("name_by_sector", self.language, sector=sector)
        return self(grouping) if grouping in GROUPINGS else grouping

    def group(self, grouping: str, group: str) -> str:
        return group_label(grouping, group, self.language)

    def stance(self, stance: str, option: str | None, options: Mapping[str, str]) -> str:
        """What a position holds, short: "agree", "chose Technical expertise"."""
        if stance in ("agree", "disagree"):
            return self(stance)
        name = options.get(option or "", option or "")
        return self(stance, option=name) if stance in ("chose", "first") else name


def in_order(groupings: Mapping[str, Any], lens: Sequence[str] = ()) -> list[tuple[str, Any]]:
    """Groupings in the round's lens order (opinion groups last), each with its groups in a
    reading order: the named kinds as listed in GROUPS, provinces and sectors by name.

    The summary comes back from a JSON column that keeps keys in its own order (PostgreSQL
    sorts them by length), which is no order for a reader.
    """
    known = [*lens, *(name for name in GROUPINGS if name not in lens)]

    def rank(name: str) -> tuple[int, str]:
        return (known.index(name) if name in known else len(known), name)

    return [
        (grouping, ordered_groups(grouping, groupings[grouping]))
        for grouping in sorted(groupings, key=rank)
    ]


def ordered_groups(grouping: str, groups: Mapping[str, Any]) -> dict[str, Any]:
    """The groups of one grouping in reading order: named kinds as GROUPS lists them, then
    the rest (provinces, sectors, opinion groups) by name."""
    names = list(GROUPS.get(grouping, {}))
    keys = sorted(groups, key=lambda g: (names.index(g) if g in names else len(names), g))
    return {key: groups[key] for key in keys}


def percent(share: float | None) -> str:
    """A share as a whole percent; never "100%" unless all, never "0%" unless none."""
    if share is None:
        return "—"
    value = round(100 * share)
    if 0 < share < 1:
        value = min(max(value, 1), 99)
    return f"{value}%"


def whole(value: float | None) -> str:
    """A count as people write it: "12", "1,250" (the engine stores some counts as floats)."""
    return "—" if value is None else f"{round(value):,}"


def decimal(value: float | None) -> str:
    """A measured value to one decimal at most: 61.5833 → "61.6", 12.0 → "12"."""
    if value is None:
        return "—"
    return f"{round(value, 1):,.1f}".removesuffix(".0")


def counted(count: float | None, share: float | None) -> str:
    """ "32 (94%)": the count first, the share after it."""
    return f"{whole(count)} ({percent(share)})"


def text_language(value: str) -> str:
    """The language a quote is written in, for its `lang` (Khmer lines need more height)."""
    return "km" if KHMER_LETTERS.search(value) else "en"


def html(parts: Iterable[str]) -> Markup:
    """Chart markup built here, trusted by Jinja: every caller passes its words through
    `escape` and writes only numbers and fixed attributes itself."""
    return Markup("".join(parts))  # noqa: S704 (the parts are escaped where they are made)


@dataclass(frozen=True)
class Bar:
    """One row of a bar chart: its label, the share the bar draws, and the words beside it."""

    label: str
    share: float | None
    value: str


def bars(rows: Sequence[Bar], caption: str = "") -> Markup:
    """Horizontal bars, one row each, in the order given.

    The label sits above its bar (a long Khmer label wraps there instead of being cut) and
    the value sits beside it in HTML, so "100%" is never clipped by the chart's edge.
    """
    parts = ['<figure class="chart bars">']
    if caption:
        parts.append(f"<figcaption>{escape(caption)}</figcaption>")
    for row in rows:
        width = BAR_WIDTH * min(max(row.share or 0, 0), 1)
        parts.append(
            f'<div class="bar-label">{escape(row.label)}</div>'
            f'<svg role="img" aria-label="{escape(row.value)}" '
            f'viewBox="0 0 {BAR_WIDTH} {BAR_HEIGHT}" width="100%" height="14" '
            f'preserveAspectRatio="none">'
            f'<rect x="0" y="0" width="{BAR_WIDTH}" height="{BAR_HEIGHT}" fill="{TRACK_COLOUR}"/>'
            f'<rect x="0" y="0" width="{width:.2f}" height="{BAR_HEIGHT}" fill="{BAR_COLOUR}"/>'
            f'</svg><span class="bar-value">{escape(row.value)}</span>'
        )
    parts.append("</figure>")
    return html(parts)


def scale_bar(distribution: Mapping[str, int]) -> Markup:
    """A diverging bar centred on neutral: the low points to the left of the centre line, the
    high points to the right, and the middle point (when the scale has one) straddling it.
    Hidden from screen readers: the legend beside it says the same shares in words.

    Each side spans SCALE_HALF units, so even a bar where everyone agrees ends inside.
    """
    points = scale_points(distribution)
    counts = [distribution[point] for point in points]
    total = sum(counts)
    shares = [count / total if total else 0.0 for count in counts]
    half = len(shares) // 2
    left = sum(shares[:half]) + (shares[half] / 2 if len(shares) % 2 else 0)
    x = SCALE_CENTRE - SCALE_HALF * left
    grid = 'stroke="#bbb" stroke-width="1" vector-effect="non-scaling-stroke"'
    parts = [
        f'<svg class="scale-bar" aria-hidden="true" viewBox="0 0 {SCALE_WIDTH} {SCALE_HEIGHT}" '
        f'width="100%" height="{SCALE_HEIGHT}" preserveAspectRatio="none">'
    ]
    # Faint lines at half and all of each side, so a bar's length reads against the scale.
    for step in (-1, -0.5, 0.5, 1):
        at = SCALE_CENTRE + step * SCALE_HALF
        parts.append(f'<line x1="{at}" y1="1" x2="{at}" y2="{SCALE_HEIGHT - 1}" {grid}/>')
    for point, share, colour in zip(points, shares, scale_colours(len(shares)), strict=True):
        width = SCALE_HALF * share
        if width:
            parts.append(
                f'<rect data-point="{escape(point)}" x="{x:.3f}" y="3" width="{width:.3f}" '
                f'height="{SCALE_HEIGHT - 6}" fill="{colour}"/>'
            )
        x += width
    parts.append(
        f'<line class="centre" x1="{SCALE_CENTRE}" y1="0" x2="{SCALE_CENTRE}" y2="{SCALE_HEIGHT}" '
        'stroke="#222" stroke-width="2" vector-effect="non-scaling-stroke"/></svg>'
    )
    return html(parts)


def scale_points(distribution: Mapping[str, int]) -> list[str]:
    """The points of a scale from low to high (a JSON column may keep keys in its own order)."""
    return sorted(distribution, key=int)


def scale_chart(kind: str, stats: Mapping[str, Any], w: Words) -> Markup:
    """A scale question's figure: the diverging bar, the shares on either side of the centre
    in words, and a legend naming each point's colour and share (the agreement words of a
    Likert question, the numbers of a rating); the middle point's share is in the legend,
    where a narrow Khmer line has room for it."""
    distribution: Mapping[str, int] = stats["distribution"]
    n = stats["n"]
    agree, disagree = stats.get("agree"), stats.get("disagree")
    if kind == "likert":
        sides = [
            w("share_disagree", share=percent(disagree)),
            w("share_agree", share=percent(agree)),
        ]
    else:
        sides = [
            f"{percent(disagree)} {w('below_middle')}",
            f"{percent(agree)} {w('above_middle')}",
        ]
    points = scale_points(distribution)
    legend = []
    for point, colour in zip(points, scale_colours(len(points)), strict=True):
        name = t(f"likert_{point}", w.language) if kind == "likert" else point
        share = percent(distribution[point] / n if n else None)
        legend.append(
            f'<li><span class="swatch" style="background:{colour}"></span>{escape(name)} '
            f'<span class="muted">({share})</span></li>'
        )
    shares = "".join(f"<span>{escape(side)}</span>" for side in sides)
    return html(
        [
            f'<figure class="chart scale">{scale_bar(distribution)}',
            f'<div class="scale-shares">{shares}</div>',
            f'<ul class="legend">{"".join(legend)}</ul></figure>',
        ]
    )


def answer_bars(kind: str, stats: Mapping[str, Any], names: Mapping[str, str], w: Words) -> Markup:
    """The bars of a choice, statement or ranking question, each with its count and share.

    Choices are listed most chosen first; a statement keeps agree, disagree, pass; a ranking
    shows how many networks put each option first.
    """
    n = stats["n"]
    if kind == "statement":
        rows = [
            Bar(
                t(f"statement_{key}", w.language),
                stats[key] / n if n else None,
                counted(stats[key], stats[key] / n if n else None),
            )
            for key in ("agree", "disagree", "pass")
        ]
        return bars(rows)
    shares = stats["first_share"] if kind == "ranking" else stats["shares"]
    listed = list(names)  # ties keep the questionnaire's order, not the JSON column's
    order = sorted(
        shares,
        key=lambda key: (-(shares[key] or 0), listed.index(key) if key in listed else len(listed)),
    )
    rows = [
        Bar(names.get(key, key), shares[key], counted((shares[key] or 0) * n, shares[key]))
        for key in order
    ]
    return bars(rows, w("ranked_first") if kind == "ranking" else "")


def ranking_note(stats: Mapping[str, Any], names: Mapping[str, str], w: Words) -> str:
    """One sentence where the two measures of a ranking disagree: the option put first by
    the most networks is not first in the overall order, which counts every place."""
    firsts, order = stats.get("first_share") or {}, stats.get("order") or []
    if not firsts or not order:
        return ""
    most = max(share or 0 for share in firsts.values())
    if (firsts.get(order[0]) or 0) >= most:
        return ""
    listed = list(names)
    favourite = min(
        (key for key, share in firsts.items() if (share or 0) == most),
        key=lambda key: listed.index(key) if key in listed else len(listed),
    )
    return t(
        "light_ranking_disagree", w.language,
        first=names.get(favourite, favourite), overall=names.get(order[0], order[0]),
    )  # fmt: skip


def scale_colours(points: int) -> list[str]:
    """`points` colours from red through grey to blue, interpolated for scales longer than 5."""
    if points <= 1:
        return [SCALE_COLOURS[len(SCALE_COLOURS) // 2]] * points
    stops = [tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in SCALE_COLOURS]
    colours = []
    for i in range(points):
        position = i * (len(stops) - 1) / (points - 1)
        low = min(int(position), len(stops) - 2)
        fraction = position - low
        rgb = (
            round(a + (b - a) * fraction) for a, b in zip(stops[low], stops[low + 1], strict=True)
        )
        colours.append("#" + "".join(f"{c:02x}" for c in rgb))
    return colours


def box_plot(stats: Mapping[str, float | None]) -> Markup:
    """The spread of a number question: whiskers from lowest to highest, the box between the
    quartiles, a line at the median, over a scale with round numbers. Drawn on the answers'
    own range; hidden from screen readers, as the table beside it gives the same numbers.
    The scale's numbers are HTML placed along the drawing, so they keep their size."""
    low, high = stats.get("min"), stats.get("max")
    if low is None or high is None:
        return html([])
    span = (high - low) or 1
    margin = 2

    def x(value: float | None) -> float:
        return (
            margin + (BAR_WIDTH - 2 * margin) * ((value if value is not None else low) - low) / span
        )

    q1, median, q3 = x(stats.get("q1")), x(stats.get("median")), x(stats.get("q3"))
    stroke = 'stroke="#222" stroke-width="2" vector-effect="non-scaling-stroke"'
    thin = 'stroke="#505a5f" stroke-width="1" vector-effect="non-scaling-stroke"'
    ticks = axis_ticks(low, high)
    marks = "".join(
        f'<line x1="{x(t):.2f}" y1="21" x2="{x(t):.2f}" y2="25" {thin}/>' for t in ticks
    )
    labels = "".join(
        f'<span class="{_tick_side(x(t))}" style="left:{x(t):.2f}%">{escape(decimal(t))}</span>'
        for t in ticks
    )
    return html(
        [
            '<div class="box-chart" aria-hidden="true">'
            f'<svg class="box-plot" viewBox="0 0 {BAR_WIDTH} 26" width="100%" '
            f'height="36" preserveAspectRatio="none">'
            f'<line x1="{x(low):.2f}" y1="10" x2="{x(high):.2f}" y2="10" {stroke}/>'
            f'<line x1="{x(low):.2f}" y1="4" x2="{x(low):.2f}" y2="16" {stroke}/>'
            f'<line x1="{x(high):.2f}" y1="4" x2="{x(high):.2f}" y2="16" {stroke}/>'
            f'<rect x="{q1:.2f}" y="3" width="{q3 - q1:.2f}" height="14" fill="{BOX_COLOUR}"/>'
            f'<line x1="{median:.2f}" y1="2" x2="{median:.2f}" y2="18" {stroke}/>'
            f'<line x1="0" y1="21" x2="{BAR_WIDTH}" y2="21" {thin}/>{marks}</svg>'
            f'<div class="axis">{labels}</div></div>'
        ]
    )


def axis_ticks(low: float, high: float, most: int = 5) -> list[float]:
    """Round numbers (steps of 1, 2, 2.5 or 5 times a power of ten) from `low` to `high`,
    as many as fit in `most`, for a scale people read at a glance."""
    if high <= low:
        return [low]
    power = 10 ** math.floor(math.log10((high - low) / most))
    for step in (m * power for m in (1, 2, 2.5, 5, 10, 20)):
        first = math.ceil(low / step - 1e-9)  # a hair of float error does not drop an end
        last = math.floor(high / step + 1e-9)
        if last - first < most:
            break
    return [round(n * step, 10) for n in range(first, last + 1)]


def _tick_side(position: float) -> str:
    """A number at either end of the scale is set inside it, not centred past its edge."""
    return "start" if position < 6 else "end" if position > 94 else "middle"


def position_view(position: Mapping[str, Any], w: Words) -> dict[str, Any]:
    """A common position as the report prints it: its counts, its likely range and its groups.

    Summaries computed before the engine counted positions carry only a share; their count is
    derived from it so that an older version still reads.
    """
    n = position.get("n") or 0
    held = position.get("held", round((position.get("share") or 0) * n))
    interval = position.get("interval")
    groups = [
        f"{w.group(grouping, group)} {w.held_of(counts['held'], counts['n'])}"
        for grouping, members in in_order(position.get("groups", {}))
        for group, counts in members.items()
    ]
    return {
        "label": pick(position["label"], w.language),
        "held": w.held_of(held, n),
        "share": percent(position.get("share")),
        "likely": w("likely", low=percent(interval[0]), high=percent(interval[1]))
        if interval
        else "",
        "tentative": bool(position.get("tentative")),
        "groups": " · ".join(groups),
    }


def division_view(
    division: Mapping[str, Any], options: Mapping[str, Mapping[str, str]], w: Words
) -> dict[str, Any]:
    """A division with every grouping that divides it, each as a bar per group with counts.

    An older summary's division has only its widest split (shares, no counts); it is shown
    as that one split.
    """
    question_options = options.get(division["question"], {})
    splits = division.get("splits") or [division]
    views = []
    for split in splits:
        grouping = split["grouping"]
        rows = []
        for group, value in ordered_groups(grouping, split["groups"]).items():
            if isinstance(value, Mapping):
                shown = f"{w.held_of(value['held'], value['n'])} ({percent(value['share'])})"
                rows.append(Bar(w.group(grouping, group), value["share"], shown))
            else:
                rows.append(Bar(w.group(grouping, group), value, percent(value)))
        evidence = [w.plural("gap", 100 * split["gap"], points=whole(100 * split["gap"]))]
        if split.get("test") in ("fisher", "fisher_widest_pair_bonferroni"):
            evidence.append(w(split["test"]))
        views.append(
            {
                "heading": f"{w.by(grouping)} — "
                f"{w.stance(split['stance'], split.get('option'), question_options)}",
                "bars": bars(rows),
                "evidence": " · ".join(evidence),
            }
        )
    return {
        "label": pick(division["label"], w.language),
        "tentative": bool(division.get("tentative")),
        "splits": views,
    }


def theme_view(theme: Mapping[str, Any], w: Words) -> dict[str, Any]:
    """A theme's words and quotes in the reader's language, else in the other one."""
    other = "en" if w.language == "km" else "km"
    label, quotes = theme["label"], theme.get("quotes", [])
    if isinstance(label, Mapping):
        label = label.get(w.language) or label.get(other) or []
    if isinstance(quotes, Mapping):
        quotes = quotes.get(w.language) or quotes.get(other) or []
    languages = theme.get("languages", {})
    spread = [
        w(key, count=whole(languages[code]))
        for code, key in (("en", "in_english"), ("km", "in_khmer"))
        if languages.get(code)
    ]
    count = w.plural("theme_count", theme["count"], count=whole(theme["count"]))
    return {
        "label": ", ".join(label),
        "count": " · ".join([count, *spread]) if len(spread) > 1 else count,
        # Networks that wrote the same words are one quote, not two.
        "quotes": list(dict.fromkeys(quote["text"] for quote in quotes))[:2],
    }
