"""The report's own wording: headings, legends and the one plain sentence that says what
each measure means."""

from __future__ import annotations

REPORT: dict[str, dict[str, str]] = {
    "common_response": {"en": "Common response", "km": "ការឆ្លើយតបរួម"},
    "together": {"en": "Where the networks stand together", "km": "កន្លែងដែលបណ្តាញមានជំហររួម"},
    "divided": {"en": "Where they are divided", "km": "កន្លែងដែលពួកគេមានមតិខុសគ្នា"},
    "questions": {"en": "Question by question", "km": "សំណួរនីមួយៗ"},
    "themes": {"en": "Themes in their own words", "km": "ប្រធានបទតាមពាក្យសម្តីរបស់ពួកគេ"},
    "groups": {"en": "Opinion groups", "km": "ក្រុមមតិ"},
    "who_answered": {"en": "Who answered", "km": "អ្នកដែលបានឆ្លើយ"},
    "none": {"en": "None yet.", "km": "មិនទាន់មាន។"},
    "as_of": {"en": "As of", "km": "គិតត្រឹម"},
    "version": {"en": "version", "km": "កំណែ"},
    "final": {"en": "final", "km": "ចុងក្រោយ"},
    "live": {"en": "live, updated as networks answer", "km": "បច្ចុប្បន្នភាពពេលបណ្តាញឆ្លើយ"},
    "answered_question": {
        "en": "{held} of {n} networks answered this question.",
        "km": "បណ្តាញចំនួន {held} ក្នុងចំណោម {n} បានឆ្លើយសំណួរនេះ។",
    },
    "held_of": {"en": "{held} of {n}", "km": "{held} ក្នុងចំណោម {n}"},
    "lens": {
        "en": "Common ground and divisions are checked across: {groupings}.",
        "km": "ជំហររួម និងភាពខុសគ្នា ត្រូវបានពិនិត្យតាម៖ {groupings}។",
    },
    "common_explained": {
        "en": "A position is common when a clear majority of the networks that answered "
        "holds it and no group of networks opposes it.",
        "km": "ជំហរមួយជាជំហររួម នៅពេលបណ្តាញភាគច្រើនច្បាស់លាស់ដែលបានឆ្លើយ កាន់ជំហរនោះ "
        "ហើយគ្មានក្រុមបណ្តាញណាមួយប្រឆាំងនឹងវាទេ។",
    },
    "interval_explained": {
        "en": "“Likely” gives the range in which the true share most probably lies, "
        "given how many networks answered (a {level}% interval).",
        "km": "«ទំនងជា» បង្ហាញចន្លោះដែលភាគរយពិតប្រាកដទំនងជាស្ថិតនៅ "
        "ដោយគិតតាមចំនួនបណ្តាញដែលបានឆ្លើយ (ចន្លោះ {level}%)។",
    },
    "likely": {"en": "likely {low} to {high}", "km": "ទំនងជាពី {low} ដល់ {high}"},
    "tentative": {"en": "tentative", "km": "បណ្តោះអាសន្ន"},
    "tentative_explained": {
        "en": "Tentative: it rests on few answers, so read it as a first indication.",
        "km": "បណ្តោះអាសន្ន៖ វាផ្អែកលើចម្លើយតិចតួច ដូច្នេះសូមអានវាជាការបង្ហាញដំបូងប៉ុណ្ណោះ។",
    },
    "divided_explained": {
        "en": "A division is a wide gap between groups of networks that a statistical test "
        "shows is unlikely to be chance.",
        "km": "ភាពខុសគ្នា គឺជាគម្លាតធំរវាងក្រុមបណ្តាញ ដែលតេស្តស្ថិតិបង្ហាញថា ទំនងជាមិនមែនកើតឡើងដោយចៃដន្យទេ។",
    },
    "tests_explained": {
        "en": "{count} comparisons were tested; at most {fdr} of the divisions listed are "
        "expected to be chance.",
        "km": "ការប្រៀបធៀបចំនួន {count} ត្រូវបានធ្វើតេស្ត។ ក្នុងចំណោមភាពខុសគ្នាដែលបានរាយ "
        "មិនលើសពី {fdr} ទេដែលអាចកើតឡើងដោយចៃដន្យ។",
    },
    "gap": {"en": "gap of {points} points", "km": "គម្លាត {points} ពិន្ទុ"},
    "fisher": {"en": "Fisher's exact test", "km": "តេស្តពិតប្រាកដរបស់ Fisher"},
    "fisher_widest_pair_bonferroni": {
        "en": "Fisher's exact test on the widest pair, corrected for the pairs compared",
        "km": "តេស្តពិតប្រាកដរបស់ Fisher លើគូដែលខុសគ្នាច្រើនបំផុត កែតម្រូវតាមចំនួនគូ",
    },
    "caveat": {
        "en": "{group}: only {held} of {n} answered, so their figures rest on few answers.",
        "km": "{group}៖ មានតែ {held} ក្នុងចំណោម {n} ប៉ុណ្ណោះដែលបានឆ្លើយ ដូច្នេះតួលេខរបស់ពួកគេផ្អែកលើចម្លើយតិចតួច។",
    },
    "groups_explained": {
        "en": "Opinion groups gather networks that answered alike. They describe the round; "
        "they never decide what is common.",
        "km": "ក្រុមមតិ ប្រមូលបណ្តាញដែលបានឆ្លើយស្រដៀងគ្នា។ ក្រុមទាំងនេះពិពណ៌នាអំពីជុំពិគ្រោះ "
        "ប៉ុន្តែមិនដែលសម្រេចថាអ្វីជាជំហររួមទេ។",
    },
    "group_size": {"en": "Group {name}: {size} networks", "km": "ក្រុម {name}៖ បណ្តាញ {size}"},
    "sets_apart": {"en": "What sets it apart", "km": "អ្វីដែលធ្វើឱ្យក្រុមនេះខុសពីគេ"},
    "inside_outside": {
        "en": "{inside} in the group, {outside} of the others",
        "km": "{inside} ក្នុងក្រុម, {outside} នៃបណ្តាញផ្សេងទៀត",
    },
    "no_groups": {"en": "No distinct opinion groups.", "km": "គ្មានក្រុមមតិដាច់ដោយឡែកទេ។"},
    "too_few_answers": {
        "en": "Too few networks answered to look for groups.",
        "km": "មានបណ្តាញឆ្លើយតិចពេក ដើម្បីស្វែងរកក្រុម។",
    },
    "weak_structure": {
        "en": "The answers do not fall into clearly separate groups.",
        "km": "ចម្លើយមិនបែងចែកជាក្រុមដាច់ពីគ្នាច្បាស់លាស់ទេ។",
    },
    "small_groups": {
        "en": "The groups the answers form are too small to describe.",
        "km": "ក្រុមដែលចម្លើយបង្កើតឡើង តូចពេកដើម្បីពិពណ៌នា។",
    },
    "no_closed_questions": {
        "en": "The round has no questions with set answers to compare.",
        "km": "ជុំនេះគ្មានសំណួរដែលមានជម្រើសចម្លើយសម្រាប់ប្រៀបធៀបទេ។",
    },
    "agree": {"en": "agree", "km": "យល់ស្រប"},
    "disagree": {"en": "disagree", "km": "មិនយល់ស្រប"},
    "above_middle": {"en": "above the middle", "km": "លើសពីកណ្តាល"},
    "below_middle": {"en": "below the middle", "km": "ក្រោមកណ្តាល"},
    "share_agree": {"en": "{share} agree", "km": "{share} យល់ស្រប"},
    "share_disagree": {"en": "{share} disagree", "km": "{share} មិនយល់ស្រប"},
    "held_agree": {"en": "{held_of} agree", "km": "{held_of} យល់ស្រប"},
    "chose": {"en": "chose {option}", "km": "បានជ្រើសរើស {option}"},
    "first": {"en": "ranked first: {option}", "km": "ដាក់ជាលំដាប់ទីមួយ៖ {option}"},
    "average_of": {
        "en": "Average {mean} on a scale of 1 to {top}.",
        "km": "មធ្យមភាគ {mean} លើមាត្រដ្ឋានពី 1 ដល់ {top}។",
    },
    "consensus": {
        "en": "Consensus {value}: 100% would mean every network gave the same answer, 0% "
        "that they split evenly between the two ends of the scale.",
        "km": "កម្រិតឯកភាព {value}៖ 100% មានន័យថាបណ្តាញទាំងអស់ផ្តល់ចម្លើយដូចគ្នា ហើយ 0% "
        "មានន័យថាពួកគេបែងចែកស្មើៗគ្នារវាងចុងទាំងពីរនៃមាត្រដ្ឋាន។",
    },
    "kendalls_w": {
        "en": "Agreement on the order {value}: 100% would mean every network ranked the "
        "options in the same order, 0% that they share no order at all.",
        "km": "ការឯកភាពលើលំដាប់ {value}៖ 100% មានន័យថាបណ្តាញទាំងអស់បានរៀបលំដាប់ជម្រើសដូចគ្នា "
        "ហើយ 0% មានន័យថាពួកគេគ្មានលំដាប់រួមទាល់តែសោះ។",
    },
    "ranked_first": {"en": "Ranked first by", "km": "ដាក់ជាលំដាប់ទីមួយដោយ"},
    "overall_order": {"en": "Overall order", "km": "លំដាប់រួម"},
    "points": {"en": "{points} points", "km": "{points} ពិន្ទុ"},
    "borda": {
        "en": "Each network gives {top} points to its first choice, one point less to each "
        "next place and none to its last; the options are listed by their points.",
        "km": "បណ្តាញនីមួយៗផ្តល់ {top} ពិន្ទុដល់ជម្រើសទីមួយរបស់ខ្លួន តិចជាងមួយពិន្ទុសម្រាប់"
        "លំដាប់បន្ទាប់នីមួយៗ ហើយគ្មានពិន្ទុសម្រាប់លំដាប់ចុងក្រោយទេ។ ជម្រើសត្រូវបានរៀបតាមពិន្ទុ។",
    },
    "more_than_one": {
        "en": "Networks could choose more than one option.",
        "km": "បណ្តាញអាចជ្រើសរើសជម្រើសច្រើនជាងមួយ។",
    },
    "quartiles": {
        "en": "Half the networks answered less than the median; a quarter answered less "
        "than the lower quartile and a quarter more than the upper quartile.",
        "km": "បណ្តាញពាក់កណ្តាលបានឆ្លើយតិចជាងមេដ្យាន។ មួយភាគបួនបានឆ្លើយតិចជាងកាទីលទី១ "
        "ហើយមួយភាគបួនបានឆ្លើយច្រើនជាងកាទីលទី៣។",
    },
    "theme_count": {"en": "{count} answers", "km": "ចម្លើយ {count}"},
    "in_english": {"en": "{count} in English", "km": "{count} ជាភាសាអង់គ្លេស"},
    "in_khmer": {"en": "{count} in Khmer", "km": "{count} ជាភាសាខ្មែរ"},
    "kind": {"en": "By network kind", "km": "តាមប្រភេទបណ្តាញ"},
    "mou": {"en": "By MoU partnership", "km": "តាមភាពជាដៃគូ MoU"},
    "province": {"en": "By province", "km": "តាមខេត្ត"},
    "sector": {"en": "By sector", "km": "តាមវិស័យ"},
    "opinion": {"en": "By opinion group", "km": "តាមក្រុមមតិ"},
    "group": {"en": "group", "km": "ក្រុម"},
    "n": {"en": "networks", "km": "បណ្តាញ"},
    "result": {"en": "result", "km": "លទ្ធផល"},
    "mean": {"en": "average", "km": "មធ្យមភាគ"},
    "min": {"en": "lowest", "km": "ទាបបំផុត"},
    "q1": {"en": "lower quartile", "km": "កាទីលទី១"},
    "median": {"en": "median", "km": "មេដ្យាន"},
    "q3": {"en": "upper quartile", "km": "កាទីលទី៣"},
    "max": {"en": "highest", "km": "ខ្ពស់បំផុត"},
    "total": {"en": "total", "km": "សរុប"},
    # A count of one, and where a ranking's two measures disagree
    "light_ranking_disagree": {
        "en": "Most networks put {first} first, yet {overall} leads the overall order: the "
        "overall order counts every place each network gave, not only its first choice.",
        "km": "បណ្តាញភាគច្រើនបានដាក់ {first} ជាលំដាប់ទីមួយ ប៉ុន្តែ {overall} នាំមុខក្នុងលំដាប់រួម៖ "
        "លំដាប់រួមគិតគ្រប់លំដាប់ដែលបណ្តាញនីមួយៗបានផ្តល់ មិនមែនតែជម្រើសទីមួយរបស់ខ្លួនប៉ុណ្ណោះទេ។",
    },
    "light_points_one": {"en": "{points} point", "km": "{points} ពិន្ទុ"},
    "light_gap_one": {"en": "gap of {points} point", "km": "គម្លាត {points} ពិន្ទុ"},
    "light_theme_count_one": {"en": "{count} answer", "km": "ចម្លើយ {count}"},
    "light_group_size_one": {
        "en": "Group {name}: {size} network",
        "km": "ក្រុម {name}៖ បណ្តាញ {size}",
    },
    "light_answered_question_one": {
        "en": "{held} of {n} network answered this question.",
        "km": "បណ្តាញចំនួន {held} ក្នុងចំណោម {n} បានឆ្លើយសំណួរនេះ។",
    },
    "light_tests_explained_one": {
        "en": "{count} comparison was tested; at most {fdr} of the divisions listed are "
        "expected to be chance.",
        "km": "ការប្រៀបធៀបចំនួន {count} ត្រូវបានធ្វើតេស្ត។ ក្នុងចំណោមភាពខុសគ្នាដែលបានរាយ "
        "មិនលើសពី {fdr} ទេដែលអាចកើតឡើងដោយចៃដន្យ។",
    },
}
