"""The networks' form at their link: a draft not yet sent, a closed round, answers kept offline."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "net_draft_not_submitted": {
        "en": "Draft saved on {date}, not yet submitted.",
        "km": "បានរក្សាទុកសេចក្តីព្រាងនៅថ្ងៃទី {date} ប៉ុន្តែមិនទាន់បានដាក់ស្នើនៅឡើយទេ។",
    },
    "net_closed_on": {
        "en": "This consultation closed on {date}. Answers can no longer be sent or changed.",
        "km": "ការពិគ្រោះយោបល់នេះបានបិទនៅថ្ងៃទី {date}។ មិនអាចផ្ញើ ឬកែប្រែចម្លើយបានទៀតទេ។",
    },
    "net_what_submitted": {
        "en": "What {network} submitted",
        "km": "ចម្លើយដែល {network} បានដាក់ស្នើ",
    },
    "net_nothing_submitted": {
        "en": "{network} did not submit an answer before the consultation closed.",
        "km": "{network} មិនបានដាក់ស្នើចម្លើយ មុនពេលការពិគ្រោះយោបល់បិទទេ។",
    },
    "net_offline": {
        "en": "You are offline. Your answers are kept on this device and will be sent "
        "when you are back online.",
        "km": "អ្នកមិនមានអ៊ីនធឺណិតទេ។ ចម្លើយរបស់អ្នកត្រូវបានរក្សាទុកនៅលើឧបករណ៍នេះ ហើយនឹងត្រូវផ្ញើនៅពេលអ្នកមានអ៊ីនធឺណិតវិញ។",
    },
    "net_restored": {
        "en": "The answers you typed on this device are filled in again. "
        "They are not sent yet: save or submit them.",
        "km": "ចម្លើយដែលអ្នកបានវាយនៅលើឧបករណ៍នេះ ត្រូវបានបំពេញឡើងវិញ។ "
        "ពួកវាមិនទាន់បានផ្ញើនៅឡើយទេ៖ សូមរក្សាទុក ឬដាក់ស្នើ។",
    },
}
