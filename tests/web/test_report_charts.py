"""The report's charts and wording: bars that fit, a scale bar centred on neutral, numbers
written for people, and the common response before the question-by-question detail.

The page tests render a summary written by hand to the contract of issue 11
(/work/notes/contract.md), with the awkward numbers the old report printed raw.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consult.models import Round, Summary
from consult.texts import GROUPINGS
from consult.texts.report import REPORT
from consult.web.report import (
    SCALE_CENTRE,
    SCALE_HALF,
    SCALE_WIDTH,
    Bar,
    Words,
    answer_bars,
    axis_ticks,
    bars,
    decimal,
    in_order,
    percent,
    render_report,
    scale_bar,
    scale_colours,
    whole,
)

LONG_KHMER = "ការពង្រឹងសមត្ថភាពស្ថាប័នរបស់បណ្តាញខេត្តដើម្បីចូលរួមក្នុងកិច្ចពិគ្រោះយោបល់ថ្នាក់ជាតិ"

QUESTIONNAIRE = [
    {"key": "coop_level", "type": "likert",
     "text": {"en": "Cooperation among CSOs in our province is strong.",
              "km": "កិច្ចសហការរវាងអង្គការសង្គមស៊ីវិលនៅក្នុងខេត្តរបស់យើងគឺរឹងមាំ។"}},
    {"key": "collab_areas", "type": "multi_choice",
     "text": {"en": "In which areas should networks collaborate first?",
              "km": "តើបណ្តាញគួរសហការក្នុងវិស័យណាមុនគេ?"},
     "options": [
         {"key": "technical", "text": {"en": "Technical expertise", "km": "ជំនាញបច្ចេកទេស"}},
         {"key": "institutional", "text": {"en": "Institutional strengthening of the "
                                                 "provincial networks for national consultations",
                                           "km": LONG_KHMER}},
         {"key": "financial", "text": {"en": "Financial sustainability",
                                       "km": "និរន្តរភាពហិរញ្ញវត្ថុ"}}]},
    {"key": "donor_role", "type": "statement",
     "text": {"en": "Donors should require coordination between NGOs that run similar projects.",
              "km": "ម្ចាស់ជំនួយគួរតម្រូវឱ្យមានការសម្របសម្រួលរវាងអង្គការដែលអនុវត្តគម្រោងស្រដៀងគ្នា។"}},
    {"key": "usefulness", "type": "rating", "scale": 10,
     "text": {"en": "How useful were the learning forums?", "km": "តើវេទិកាសិក្សាមានប្រយោជន៍ប៉ុណ្ណា?"}},
    {"key": "priorities", "type": "ranking",
     "text": {"en": "Rank these challenges from most to least urgent.",
              "km": "សូមរៀបចំបញ្ហាទាំងនេះតាមលំដាប់ភាពបន្ទាន់។"},
     "options": [
         {"key": "funding", "text": {"en": "Declining funding", "km": "ថវិកាថយចុះ"}},
         {"key": "capacity", "text": {"en": "Staff capacity", "km": "សមត្ថភាពបុគ្គលិក"}},
         {"key": "space", "text": {"en": "Civic space", "km": "លំហពលរដ្ឋ"}}]},
    {"key": "members", "type": "number",
     "text": {"en": "How many member NGOs does your network have?",
              "km": "តើបណ្តាញរបស់អ្នកមានអង្គការសមាជិកប៉ុន្មាន?"}},
    {"key": "challenges", "type": "text",
     "text": {"en": "What is the main obstacle to collaboration?",
              "km": "តើឧបសគ្គចម្បងចំពោះកិច្ចសហការជាអ្វី?"}},
]  # fmt: skip

DONOR = {"en": "Donors should require coordination between NGOs — agree",
         "km": "ម្ចាស់ជំនួយគួរតម្រូវឱ្យមានការសម្របសម្រួលរវាងអង្គការ — យល់ស្រប"}  # fmt: skip
INSTITUTIONAL = {"en": "In which areas should networks collaborate first? — chose: "
                       "Institutional strengthening of the provincial networks",
                 "km": f"តើបណ្តាញគួរសហការក្នុងវិស័យណាមុនគេ? — បានជ្រើសរើស: {LONG_KHMER}"}  # fmt: skip
COOP = {"en": "Cooperation among CSOs in our province is strong.",
        "km": "កិច្ចសហការរវាងអង្គការសង្គមស៊ីវិលនៅក្នុងខេត្តរបស់យើងគឺរឹងមាំ។"}  # fmt: skip

POINTS = [
    {"kind": "participation", "question": None, "facts": {"held": 28, "n": 34},
     "text": {"en": "28 of 34 invited networks answered; only 4 of 10 umbrella networks.",
              "km": "បណ្តាញចំនួន 28 ក្នុងចំណោម 34 បានឆ្លើយ។"}},
    {"kind": "common", "question": "donor_role", "facts": {"held": 26, "n": 28},
     "text": {"en": "26 of 28 networks agree that donors should require coordination.",
              "km": "បណ្តាញ 26 ក្នុងចំណោម 28 យល់ស្របថា ម្ចាស់ជំនួយគួរតម្រូវឱ្យមានការសម្របសម្រួល។"}},
    {"kind": "division", "question": "coop_level", "facts": {"held": 4, "n": 4},
     "text": {"en": "Umbrella and provincial networks differ on cooperation.",
              "km": "បណ្តាញឆ័ត្រ និងបណ្តាញខេត្ត មានមតិខុសគ្នាលើកិច្ចសហការ។"}},
]  # fmt: skip

SUMMARY = {
    "response_count": 28, "invited": 34, "response_rate": 0.8235,
    "lens": ["kind", "mou"],
    "participation": {
        "kind": {"umbrella": {"invited": 10, "answered": 4},
                 "provincial": {"invited": 24, "answered": 24}},
        "mou": {"mou": {"invited": 12, "answered": 10}, "no_mou": {"invited": 22, "answered": 18}},
    },
    "groups": {"kind": {"umbrella": {"size": 4, "networks": [1, 2, 3, 4]},
                        "provincial": {"size": 24, "networks": list(range(11, 35))}}},
    "opinion_groups": {
        "shown": True, "reason": "shown", "silhouette": 0.61, "threshold": 0.5,
        "groups": [
            {"name": "A", "size": 12, "networks": list(range(11, 23)),
             "make_up": {"kind": {"umbrella": 3, "provincial": 9},
                         "mou": {"mou": 4, "no_mou": 8}},
             "distinctive": [{"question": "collab_areas", "stance": "chose",
                              "option": "institutional", "label": INSTITUTIONAL,
                              "inside": {"held": 11, "n": 12}, "outside": {"held": 2, "n": 16}}]},
            {"name": "B", "size": 16, "networks": [1, 2, 3, 4, *range(23, 35)],
             "make_up": {"kind": {"umbrella": 1, "provincial": 15},
                         "mou": {"mou": 6, "no_mou": 10}},
             "distinctive": []},
        ],
    },
    "questions": [
        {"key": "coop_level", "type": "likert", "text": COOP,
         "stats": {"n": 28, "distribution": {"1": 10, "2": 4, "3": 2, "4": 2, "5": 10},
                   "mean": 2.9643, "median": 3.0, "agree": 0.4286, "disagree": 0.5,
                   "consensus": 0.5833},
         "breakdowns": {"kind": {
             "umbrella": {"n": 4, "agree": 1.0, "disagree": 0.0, "mean": 5.0,
                          "distribution": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 4}},
             "provincial": {"n": 24, "agree": 0.3333, "disagree": 0.5833, "mean": 2.625,
                            "distribution": {"1": 10, "2": 4, "3": 2, "4": 2, "5": 6}}}}},
        {"key": "collab_areas", "type": "multi_choice", "text": QUESTIONNAIRE[1]["text"],
         "stats": {"n": 28, "counts": {"technical": 28, "institutional": 13, "financial": 10},
                   "shares": {"technical": 1.0, "institutional": 0.4643, "financial": 0.3571},
                   "top": "technical", "margin": 0.5357},
         "breakdowns": {"mou": {
             "mou": {"n": 10, "top": "technical",
                     "shares": {"technical": 1.0, "institutional": 0.3, "financial": 1.0}},
             "no_mou": {"n": 18, "top": "technical",
                        "shares": {"technical": 1.0, "institutional": 0.5556, "financial": 0.0}}}}},
        {"key": "donor_role", "type": "statement", "text": QUESTIONNAIRE[2]["text"],
         "stats": {"n": 28, "agree": 26, "disagree": 1, "pass": 1, "agree_share": 0.963},
         "breakdowns": {"kind": {"umbrella": {"n": 4, "agree": 4, "disagree": 0, "pass": 0},
                                 "provincial": {"n": 24, "agree": 22, "disagree": 1, "pass": 1}}}},
        {"key": "usefulness", "type": "rating", "text": QUESTIONNAIRE[3]["text"],
         "stats": {"n": 28, "distribution": {str(point): count for point, count
                                             in enumerate([0, 1, 1, 2, 3, 3, 6, 6, 4, 2], 1)},
                   "mean": 6.7857, "median": 7.0, "agree": 0.7857, "disagree": 0.2143,
                   "consensus": 0.7412},
         "breakdowns": {}},
        {"key": "priorities", "type": "ranking", "text": QUESTIONNAIRE[4]["text"],
         "stats": {"n": 28, "borda": {"funding": 44, "capacity": 24, "space": 16},
                   "first_share": {"funding": 0.6071, "capacity": 0.25, "space": 0.1429},
                   "order": ["funding", "capacity", "space"], "kendalls_w": 0.3611},
         "breakdowns": {"kind": {
             "umbrella": {"n": 4, "order": ["capacity", "funding", "space"]},
             "provincial": {"n": 24, "order": ["funding", "capacity", "space"]}}}},
        {"key": "members", "type": "number", "text": QUESTIONNAIRE[5]["text"],
         "stats": {"n": 28, "min": 12.0, "q1": 25.25, "median": 48.5, "q3": 90.75, "max": 240.0,
                   "mean": 61.5833, "total": 1724.0},
         "breakdowns": {"kind": {"umbrella": {"n": 4, "mean": 152.25},
                                 "provincial": {"n": 24, "mean": 46.4583}}}},
        {"key": "challenges", "type": "text", "text": QUESTIONNAIRE[6]["text"],
         "stats": {"n": 27},
         "themes": [{"label": {"en": ["funding", "budget", "donors"], "km": ["ថវិកា", "ម្ចាស់ជំនួយ"]},
                     "count": 12, "languages": {"en": 8, "km": 4},
                     "quotes": {"en": [{"network_id": 3, "text": "Core funding ends next year"},
                                       {"network_id": 4, "text": "Core funding ends next year"}],
                                "km": [{"network_id": 7, "text": "ថវិកាសម្រាប់កិច្ចប្រជុំខេត្តមិនគ្រប់គ្រាន់"}]}},
                    {"label": {"en": ["distance", "road"], "km": ["ចម្ងាយ", "ផ្លូវ"]},
                     "count": 6, "languages": {"km": 6},
                     "quotes": {"en": [], "km": [{"network_id": 9, "text": "ផ្លូវឆ្ងាយពេកទៅទីក្រុង"}]}}]},
    ],
    "common_response": {
        "positions": [],
        "common": [
            {"question": "donor_role", "type": "statement", "stance": "agree", "option": None,
             "label": DONOR, "held": 26, "n": 28, "share": 0.9286, "interval": [0.8112, 0.9801],
             "status": "common", "tentative": False,
             "groups": {"kind": {"umbrella": {"held": 4, "n": 4},
                                 "provincial": {"held": 22, "n": 24}}},
             "opposed_by": [], "score": 0.71},
            {"question": "priorities", "type": "ranking", "stance": "first", "option": "funding",
             "label": {"en": "Rank these challenges — ranked first: Declining funding",
                       "km": "សូមរៀបចំបញ្ហាទាំងនេះ — ដាក់ជាលំដាប់ទីមួយ: ថវិកាថយចុះ"},
             "held": 3, "n": 4, "share": 0.75, "interval": [0.35, 0.95], "status": "common",
             "tentative": True, "groups": {}, "opposed_by": [], "score": None,
             "order": ["funding", "capacity", "space"]},
        ],
        "divisions": [
            {"question": "coop_level", "label": COOP, "grouping": "kind", "gap": 0.6667,
             "groups": {"umbrella": 1.0, "provincial": 0.3333}, "tentative": True,
             "splits": [{"grouping": "kind", "stance": "agree", "option": None,
                         "label": {"en": COOP["en"] + " — agree", "km": COOP["km"] + " — យល់ស្រប"},
                         "groups": {"umbrella": {"held": 4, "n": 4, "share": 1.0},
                                    "provincial": {"held": 8, "n": 24, "share": 0.3333}},
                         "gap": 0.6667, "p_value": 0.0123, "q_value": 0.0412, "test": "fisher"}]},
            {"question": "collab_areas", "label": QUESTIONNAIRE[1]["text"], "grouping": "mou",
             "gap": 1.0, "groups": {"mou": 1.0, "no_mou": 0.0}, "tentative": False,
             "splits": [{"grouping": "mou", "stance": "chose", "option": "financial",
                         "label": {"en": "chose: Financial sustainability",
                                   "km": "បានជ្រើសរើស: និរន្តរភាពហិរញ្ញវត្ថុ"},
                         "groups": {"mou": {"held": 10, "n": 10, "share": 1.0},
                                    "no_mou": {"held": 0, "n": 18, "share": 0.0}},
                         "gap": 1.0, "p_value": 1e-8, "q_value": 3e-7, "test": "fisher"}]},
        ],
        "tests": {"count": 26, "fdr": 0.05, "method": "Fisher's exact test, Benjamini-Hochberg"},
        "caveats": [{"grouping": "kind", "group": "umbrella", "answered": 4, "invited": 10}],
        "narrative": {"en": " ".join(point["text"]["en"] for point in POINTS),
                      "km": " ".join(point["text"]["km"] for point in POINTS)},
        "points": POINTS,
    },
    "settings": {},
}  # fmt: skip

RAW_NUMBERS = re.compile(r"\b(0\.5833|0\.3611|61\.5833|12\.0|0\.9286|46\.4583)\b")


def svg(markup: str) -> ET.Element:
    return ET.fromstring(str(markup))


distributions = st.lists(st.integers(0, 40), min_size=2, max_size=11).filter(lambda c: sum(c))


@given(distributions)
def test_the_middle_point_straddles_the_centre_line_and_both_ends_stay_inside(counts):
    distribution = {str(i + 1): count for i, count in enumerate(counts)}
    drawn = svg(scale_bar(distribution))
    segments = {rect.get("data-point"): rect for rect in drawn.iter("rect")}
    left = min(float(r.get("x")) for r in segments.values())
    right = max(float(r.get("x")) + float(r.get("width")) for r in segments.values())
    assert drawn.get("viewBox") == f"0 0 {SCALE_WIDTH} 24" and drawn.get("width") == "100%"
    assert left >= 0 and right <= SCALE_WIDTH, "nothing cut at either edge"
    total = sum(counts)
    half = len(counts) // 2
    if len(counts) % 2 and counts[half]:
        middle = segments[str(half + 1)]
        centre = float(middle.get("x")) + float(middle.get("width")) / 2
        assert centre == pytest.approx(SCALE_CENTRE, abs=0.01)
    disagree = sum(counts[:half]) + (counts[half] / 2 if len(counts) % 2 else 0)
    assert SCALE_CENTRE - left == pytest.approx(SCALE_HALF * disagree / total, abs=0.01)
    (line,) = (line for line in drawn.iter("line") if line.get("class") == "centre")
    assert float(line.get("x1")) == float(line.get("x2")) == SCALE_CENTRE


def test_disagreement_is_drawn_left_of_the_centre_and_agreement_right():
    drawn = svg(scale_bar({"1": 10, "2": 0, "3": 0, "4": 0, "5": 30}))
    segments = {rect.get("data-point"): rect for rect in drawn.iter("rect")}
    assert set(segments) == {"1", "5"}, "empty points draw nothing"
    strongly_disagree, strongly_agree = segments["1"], segments["5"]
    assert float(strongly_disagree.get("x")) + float(strongly_disagree.get("width")) == (
        pytest.approx(SCALE_CENTRE)
    )
    assert float(strongly_agree.get("x")) == pytest.approx(SCALE_CENTRE)
    assert float(strongly_agree.get("width")) == pytest.approx(SCALE_HALF * 0.75)


def test_everyone_agreeing_fills_the_right_half_exactly():
    drawn = svg(scale_bar({"1": 0, "2": 0, "3": 0, "4": 0, "5": 7}))
    (rect,) = drawn.iter("rect")
    assert float(rect.get("x")) + float(rect.get("width")) == pytest.approx(
        SCALE_CENTRE + SCALE_HALF
    )
    assert SCALE_CENTRE + SCALE_HALF < SCALE_WIDTH


def test_a_scale_with_no_answers_is_only_the_centre_line():
    drawn = svg(scale_bar({"1": 0, "2": 0, "3": 0}))
    assert not list(drawn.iter("rect"))
    assert [line.get("class") for line in drawn.iter("line")].count("centre") == 1


def test_scale_colours_run_red_to_blue_with_grey_in_the_middle():
    assert scale_colours(5) == ["#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac"]
    ten = scale_colours(10)
    assert len(set(ten)) == 10 and ten[0] == "#b2182b" and ten[-1] == "#2166ac"
    assert scale_colours(3)[1] == "#d9d9d9"


def test_bars_keep_the_whole_label_and_the_full_percent_outside_the_drawing():
    figure = svg(bars([Bar(LONG_KHMER, 1.0, "28 (100%)"), Bar("Financial", 0.0, "0 (0%)")]))
    labels = [div.text for div in figure.iter("div") if div.get("class") == "bar-label"]
    values = [span.text for span in figure.iter("span") if span.get("class") == "bar-value"]
    assert labels == [LONG_KHMER, "Financial"], "labels are never truncated"
    assert values == ["28 (100%)", "0 (0%)"], "the value is HTML beside the bar: never clipped"
    for drawing in figure.iter("svg"):
        view = [float(v) for v in drawing.get("viewBox").split()]
        assert drawing.get("width") == "100%"
        for rect in drawing.iter("rect"):
            assert float(rect.get("x")) + float(rect.get("width")) <= view[2]


def test_choices_are_listed_most_chosen_first_and_ties_in_questionnaire_order():
    names = {"technical": "Technical", "institutional": "Institutional", "financial": "Financial"}
    stats = {"n": 4, "shares": {"financial": 0.0, "institutional": 0.0, "technical": 0.75}}
    figure = svg(answer_bars("multi_choice", stats, names, Words("en")))
    labels = [div.text for div in figure.iter("div") if div.get("class") == "bar-label"]
    assert labels == ["Technical", "Institutional", "Financial"]


def test_bar_labels_are_escaped():
    figure = str(bars([Bar("<b>&", 0.5, "1 (50%)")]))
    assert "&lt;b&gt;&amp;" in figure and "<b>" not in figure


@pytest.mark.parametrize(
    ("share", "shown"),
    [(None, "—"), (0, "0%"), (0.001, "1%"), (0.5833, "58%"), (0.996, "99%"), (1, "100%")],
)
def test_percent_is_whole_and_never_claims_all_or_none_wrongly(share, shown):
    assert percent(share) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [(12.0, "12"), (1250.0, "1,250"), (61.5833, "61.6"), (5.0, "5"), (2.96, "3"), (None, "—")],
)
def test_means_have_one_decimal_at_most(value, shown):
    assert decimal(value) == shown


def test_counts_are_whole_numbers():
    assert whole(12.0) == "12" and whole(1724.0) == "1,724"


def test_groupings_read_in_lens_order_whatever_order_the_json_column_kept():
    stored = {"opinion": {"B": 1, "A": 2}, "province": {"Kep": 1, "Kampot": 2},
              "mou": {"no_mou": 1, "mou": 2}, "kind": {"provincial": 1, "umbrella": 2}}  # fmt: skip
    ordered = in_order(stored, ["kind", "province", "mou"])
    assert [(grouping, list(groups)) for grouping, groups in ordered] == [
        ("kind", ["umbrella", "provincial"]),
        ("province", ["Kampot", "Kep"]),
        ("mou", ["mou", "no_mou"]),
        ("opinion", ["A", "B"]),
    ]


def test_every_wording_has_both_languages():
    for key, languages in {**REPORT, **GROUPINGS}.items():
        assert set(languages) == {"en", "km"} and all(languages.values()), key


def render(app, language: str, data: dict | None = None) -> str:
    round_ = Round(
        title={"en": "CSO collaboration", "km": "កិច្ចសហការរបស់អង្គការសង្គមស៊ីវិល"},
        questionnaire=QUESTIONNAIRE,
    )
    summary = Summary(
        version=3, final=False, as_of=datetime(2026, 12, 2, 6, 30, tzinfo=UTC),
        data=data or SUMMARY,
    )  # fmt: skip
    with app.test_request_context():
        return render_report(round_, summary, language, ZoneInfo("Asia/Phnom_Penh"))


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_common_response_and_divisions_come_before_opinion_groups_and_questions(app, language):
    page = render(app, language)
    order = [page.index(f'id="{part}"') for part in ("common-response", "opinion-groups")]
    order.append(page.index('id="questions"'))
    assert order == sorted(order)
    points = [page.index(f"<li>{point['text'][language]}</li>") for point in POINTS]
    assert points == sorted(points), "the narrative's points in the engine's order"
    assert points[-1] < page.index(REPORT["together"][language])
    assert page.index(REPORT["together"][language]) < page.index(REPORT["divided"][language])
    assert f'<html lang="{language}">' in page


def test_numbers_are_written_for_people_not_as_coefficients(app):
    page = render(app, "en")
    assert not RAW_NUMBERS.search(page), RAW_NUMBERS.search(page)
    assert "26 of 28 (93%)" in page, "a common position says how many hold it"
    assert "Umbrella networks 4 of 4 · Provincial networks 22 of 24" in page
    assert "likely 81% to 98%" in page
    assert "Consensus 58%: 100% would mean every network gave the same answer" in page
    assert "Agreement on the order 36%: 100% would mean" in page
    assert "Average 3 on a scale of 1 to 5." in page
    assert '<th>average</th><td class="number">61.6</td>' in page
    assert '<th>lowest</th><td class="number">12</td>' in page
    assert "half the networks answered less than the median" in page.lower()
    assert "Each network gives 2 points to its first choice" in page


def test_divisions_name_the_grouping_and_count_each_side(app):
    page = render(app, "en")
    assert "By network kind — agree · gap of 67 points · Fisher&#39;s exact test" in page
    assert "By MoU partnership — chose Financial sustainability" in page
    assert "10 of 10 (100%)" in page and "0 of 18 (0%)" in page
    assert "26 comparisons were tested; at most 5% of the divisions listed" in page
    assert "Umbrella networks: only 4 of 10 answered" in page
    assert "Common ground and divisions are checked across: network kind, MoU partnership." in page


def test_tentative_positions_are_marked_and_explained(app):
    page = render(app, "km")
    assert page.count('class="tentative"') == 2, "the tentative common position and division"
    assert REPORT["tentative_explained"]["km"] in page


def test_opinion_groups_are_described_when_shown(app):
    page = render(app, "en")
    assert "Group A: 12 networks" in page and "Umbrella networks 3 · Provincial networks 9" in page
    assert "11 of 12 in the group, 2 of 16 of the others" in page


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "No distinct opinion groups. The answers do not fall into clearly separate groups."),
        ("km", "គ្មានក្រុមមតិដាច់ដោយឡែកទេ។ ចម្លើយមិនបែងចែកជាក្រុមដាច់ពីគ្នាច្បាស់លាស់ទេ។"),
    ],
)
def test_no_distinct_opinion_groups_is_said_with_its_reason(app, language, sentence):
    data = copy.deepcopy(SUMMARY)
    data["opinion_groups"] = {"shown": False, "reason": "weak_structure", "silhouette": 0.21,
                              "threshold": 0.5, "groups": []}  # fmt: skip
    page = render(app, language, data)
    assert sentence in page and "Group A" not in page


def test_khmer_report_speaks_khmer_throughout(app):
    page = render(app, "km")
    for english in ("Consensus", "of 28", "lowest", "By network kind", "Group A", "likely"):
        assert english not in page, english
    assert "ម្ចាស់ជំនួយគួរតម្រូវ" in page and "ថវិកា, ម្ចាស់ជំនួយ" in page
    assert "ចម្លើយ 12 · 8 ជាភាសាអង់គ្លេស · 4 ជាភាសាខ្មែរ" in page
    assert LONG_KHMER in page, "option labels are never truncated"


def test_themes_show_quotes_in_the_readers_language_else_the_other(app):
    page = render(app, "en")
    assert "funding, budget, donors" in page
    assert page.count("“Core funding ends next year”") == 1, "the same words quoted once"
    assert '<blockquote lang="km">“ផ្លូវឆ្ងាយពេកទៅទីក្រុង”' in page


def test_rating_scale_of_ten_is_centred_between_five_and_six(app):
    page = render(app, "en")
    article = page[page.index('id="q-usefulness"') : page.index('id="q-priorities"')]
    assert "21% below the middle" in article and "79% above the middle" in article
    assert "Neither" not in article and "Average 6.8 on a scale of 1 to 10." in article
    assert '10 <span class="muted">(7%)</span>' in article


def test_a_summary_from_before_the_engine_counted_positions_still_reads(app):
    """Older versions stay readable (`?version=`): shares only, one split per division."""
    data = copy.deepcopy(SUMMARY)
    for key in ("lens", "participation", "opinion_groups"):
        del data[key]
    response = data["common_response"]
    response["common"] = [
        {"question": "donor_role", "stance": "agree", "option": None, "label": DONOR, "n": 28,
         "share": 0.9286, "score": 0.6282}
    ]  # fmt: skip
    response["divisions"] = [
        {"question": "collab_areas", "stance": "chose", "option": "financial", "grouping": "mou",
         "gap": 1.0, "groups": {"mou": 1.0, "no_mou": 0.0}, "label": INSTITUTIONAL, "n": 28}
    ]  # fmt: skip
    for key in ("tests", "caveats", "points"):
        del response[key]
    data["questions"][-1]["themes"] = [
        {"label": ["funding", "donor"], "count": 5, "languages": {"en": 5},
         "quotes": [{"network_id": 3, "text": "Donor funding is declining"}]}
    ]  # fmt: skip
    page = render(app, "en", data)
    assert "26 of 28 (93%)" in page and "0.6282" not in page
    assert "By MoU partnership — chose Financial sustainability" in page
    assert "funding, donor" in page and "“Donor funding is declining”" in page
    assert 'id="opinion-groups"' not in page
    assert f"<p>{response['narrative']['en']}</p>" in page, "the narrative as one paragraph"


def ranking_stats(data: dict) -> dict:
    return next(q for q in data["questions"] if q["key"] == "priorities")["stats"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Most networks put Staff capacity first, yet Declining funding leads the overall"),
        ("km", "បណ្តាញភាគច្រើនបានដាក់ សមត្ថភាពបុគ្គលិក ជាលំដាប់ទីមួយ ប៉ុន្តែ ថវិកាថយចុះ នាំមុខ"),
    ],
)
def test_a_ranking_whose_two_measures_disagree_says_why_in_one_sentence(app, language, sentence):
    assert 'class="ranking-note"' not in render(app, language), "they agree in the sample"
    data = copy.deepcopy(SUMMARY)
    ranking_stats(data)["first_share"] = {"funding": 0.3, "capacity": 0.4, "space": 0.3}
    page = render(app, language, data)
    assert page.count('class="ranking-note"') == 1 and sentence in page


def test_the_box_plot_has_a_scale_of_round_numbers(app):
    page = render(app, "en")
    chart = page.split('<div class="box-chart"')[1].split("</div></div>")[0]
    numbers = re.findall(r'style="left:[\d.]+%">([\d,.]+)</span>', chart)
    assert numbers == ["50", "100", "150", "200"], "12 to 240 members"
    drawing = ET.fromstring(chart[chart.index("<svg") : chart.index("</svg>") + 6])
    assert len([line for line in drawing.iter("line") if line.get("y1") == "21"]) == 1 + 4


@pytest.mark.parametrize(
    ("low", "high", "ticks"),
    [(0, 100, [0, 25, 50, 75, 100]), (3, 47, [10, 20, 30, 40]), (5, 5, [5]),
     (0.5, 0.9, [0.5, 0.6, 0.7, 0.8, 0.9]), (-3, 7, [-2, 0, 2, 4, 6])],
)  # fmt: skip
def test_scale_ticks_are_round_numbers_inside_the_range(low, high, ticks):
    assert axis_ticks(low, high) == ticks


def test_counts_of_one_are_singular_in_english_and_khmer_keeps_its_one_form(app):
    data = copy.deepcopy(SUMMARY)
    text_question = data["questions"][-1]
    text_question["themes"][0].update(count=1, languages={"en": 1})
    ranking_stats(data)["borda"]["space"] = 1
    english = render(app, "en", data)
    assert "(1 answer)" in english and "(1 answers)" not in english
    assert "(1 point)" in english and "(1 points)" not in english
    khmer = render(app, "km", data)
    assert "(ចម្លើយ 1)" in khmer and "(1 ពិន្ទុ)" in khmer
