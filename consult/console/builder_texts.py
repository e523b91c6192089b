"""The round builder's texts added with the lighter builder (one question open at a time,
export column codes made for staff, refusals in the reader's language)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "builder_codes": {
        "en": "Show export column codes",
        "km": "បង្ហាញកូដជួរឈរក្នុងឯកសារនាំចេញ",
    },
    "builder_codes_hint": {
        "en": "Made from the English text when the round is saved, then kept. Change one only "
        "if a spreadsheet needs another column name.",
        "km": "បង្កើតចេញពីអត្ថបទភាសាអង់គ្លេសនៅពេលរក្សាទុកជុំ ហើយរក្សាទុកដដែល។ "
        "សូមប្តូរតែនៅពេលតារាងទិន្នន័យត្រូវការឈ្មោះជួរឈរផ្សេង។",
    },
    "builder_edit_question": {"en": "Edit", "km": "កែប្រែ"},
    "builder_no_text": {"en": "(no text yet)", "km": "(មិនទាន់មានអត្ថបទ)"},
    "builder_problem_text": {
        "en": "Write it in English, Khmer or both.",
        "km": "សូមសរសេរជាភាសាអង់គ្លេស ភាសាខ្មែរ ឬទាំងពីរ។",
    },
    "builder_problem_missing": {"en": "Fill this in.", "km": "សូមបំពេញចំណុចនេះ។"},
    "builder_problem_no_question": {
        "en": "Add at least one question.",
        "km": "សូមបន្ថែមសំណួរយ៉ាងហោចណាស់មួយ។",
    },
    "builder_problem_audience": {
        "en": "Choose who is invited: every network, the networks that match your choices, "
        "or networks picked one by one.",
        "km": "សូមជ្រើសរើសអ្នកដែលត្រូវអញ្ជើញ៖ បណ្តាញទាំងអស់ បណ្តាញដែលត្រូវនឹងជម្រើសរបស់អ្នក "
        "ឬបណ្តាញដែលបានជ្រើសរើសម្តងមួយៗ។",
    },
    "builder_problem_closes": {
        "en": "The closing date must come after the opening date.",
        "km": "ថ្ងៃបិទត្រូវតែនៅក្រោយថ្ងៃបើក។",
    },
    "builder_problem_number": {
        "en": "Write a number in digits.",
        "km": "សូមសរសេរជាលេខ។",
    },
    "builder_problem_between": {
        "en": "Give a number from {low} to {high}.",
        "km": "សូមដាក់ចំនួនពី {low} ដល់ {high}។",
    },
    "builder_problem_at_least": {
        "en": "Give a number of at least {low}.",
        "km": "សូមដាក់ចំនួនយ៉ាងតិច {low}។",
    },
    "builder_problem_day_twice": {
        "en": "A day is written twice.",
        "km": "ថ្ងៃមួយត្រូវបានសរសេរពីរដង។",
    },
    "builder_problem_code": {
        "en": "Use lower-case Latin letters, digits and _, starting with a letter.",
        "km": "សូមប្រើអក្សរឡាតាំងតូច លេខ និង _ ដោយចាប់ផ្តើមដោយអក្សរ។",
    },
    "builder_problem_code_taken": {
        "en": "Another one already has this export column code.",
        "km": "មានមួយទៀតប្រើកូដជួរឈរនេះរួចហើយ។",
    },
    "builder_problem_two_options": {
        "en": "Give at least 2 options.",
        "km": "សូមដាក់ជម្រើសយ៉ាងតិច ២។",
    },
    "builder_problem_too_many": {
        "en": "At most {high}.",
        "km": "យ៉ាងច្រើនបំផុត {high}។",
    },
    "builder_problem_picks": {
        "en": "The fewest choices cannot be more than the most choices.",
        "km": "ចំនួនជម្រើសតិចបំផុតមិនអាចលើសចំនួនជម្រើសច្រើនបំផុតទេ។",
    },
    "builder_problem_picks_options": {
        "en": "More than the number of options.",
        "km": "លើសចំនួនជម្រើសដែលមាន។",
    },
    "builder_problem_min_max": {
        "en": "The lowest number cannot be above the highest.",
        "km": "ចំនួនទាបបំផុតមិនអាចខ្ពស់ជាងចំនួនខ្ពស់បំផុតទេ។",
    },
    "builder_problem_moment": {
        "en": "Give a date and time.",
        "km": "សូមដាក់កាលបរិច្ឆេទ និងម៉ោង។",
    },
    "builder_problem_nobody": {
        "en": "No network matches these choices.",
        "km": "គ្មានបណ្តាញណាត្រូវនឹងជម្រើសទាំងនេះទេ។",
    },
    "builder_problem_no_network": {
        "en": "Network {id} is not in the directory.",
        "km": "បណ្តាញលេខ {id} មិនមាននៅក្នុងបញ្ជីទេ។",
    },
    "builder_problem_choice": {
        "en": "Choose one of the values offered.",
        "km": "សូមជ្រើសរើសតម្លៃមួយក្នុងចំណោមតម្លៃដែលមាន។",
    },
    # English pages keep the schema's own words for a refusal the builder has no words for.
    "builder_problem_other": {
        "en": "{said}",
        "km": "តម្លៃនេះមិនអាចទទួលយកបានទេ៖ សូមពិនិត្យវាឡើងវិញ។",
    },
}
