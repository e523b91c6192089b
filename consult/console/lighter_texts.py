"""Texts of the lighter pages (issue 19, deliverable 5): the mail log's columns and message
view, round deadlines in the calendar, a network's answers, the links page's copy, CSV and
print. Kept apart so that moving every text into one package merges cleanly."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "light_mail_network": {"en": "Network", "km": "បណ្តាញ"},
    "light_mail_round": {"en": "Round", "km": "ជុំ"},
    "light_mail_subject": {"en": "Subject", "km": "ប្រធានបទ"},
    "light_mail_in_en": {"en": "in English", "km": "ជាភាសាអង់គ្លេស"},
    "light_mail_in_km": {"en": "in Khmer", "km": "ជាភាសាខ្មែរ"},
    "light_mail_open": {"en": "Open the message", "km": "បើកសំបុត្រ"},
    "light_mail_message": {"en": "Message", "km": "សំបុត្រ"},
    "light_mail_back": {"en": "Back to the mail log", "km": "ត្រឡប់ទៅបញ្ជីសំបុត្រ"},
    "light_mail_date": {"en": "Date", "km": "កាលបរិច្ឆេទ"},
    "light_mail_not_sent": {
        "en": "not sent yet (queued {date})",
        "km": "មិនទាន់ផ្ញើនៅឡើយ (ដាក់ក្នុងជួរ {date})",
    },
    "light_mail_text": {"en": "What the recipient reads", "km": "អ្វីដែលអ្នកទទួលបានអាន"},
    "light_mail_links_hidden": {
        "en": "Written again as it is sent, with the secret part of its links hidden.",
        "km": "សរសេរឡើងវិញដូចពេលផ្ញើ ដោយលាក់ផ្នែកសម្ងាត់នៃតំណភ្ជាប់។",
    },
    "light_mail_gone": {
        "en": "This message can no longer be shown: what it was about has been removed.",
        "km": "សំបុត្រនេះមិនអាចបង្ហាញបានទៀតទេ៖ អ្វីដែលវានិយាយអំពីត្រូវបានលុបចោល។",
    },
    "light_calendar_deadline": {"en": "Round closes:", "km": "ជុំបិទ៖"},
    "light_network_answers": {"en": "Answers across rounds", "km": "ចម្លើយក្នុងជុំនានា"},
    "light_network_version": {"en": "Version", "km": "កំណែ"},
    "light_network_version_of": {
        "en": "{number} of {count} saved",
        "km": "{number} ក្នុងចំណោម {count} ដែលបានរក្សាទុក",
    },
    "light_network_no_answers": {
        "en": "This network has not answered any round yet.",
        "km": "បណ្តាញនេះមិនទាន់បានឆ្លើយជុំណាមួយនៅឡើយទេ។",
    },
    "light_links_network": {"en": "Network", "km": "បណ្តាញ"},
    "light_links_contacts": {"en": "Contacts", "km": "អ្នកទំនាក់ទំនង"},
    "light_links_api": {"en": "API link", "km": "តំណ API"},
    "light_links_csv": {
        "en": "Download the {count} links (CSV)",
        "km": "ទាញយកតំណទាំង {count} (CSV)",
    },
    "light_links_print": {"en": "Print a sheet of the links", "km": "បោះពុម្ពសន្លឹកតំណ"},
    "light_links_copy": {"en": "Copy", "km": "ចម្លង"},
    "light_links_copy_of": {
        "en": "Copy the link ({what}) of {network}",
        "km": "ចម្លងតំណ ({what}) របស់ {network}",
    },
    "light_links_copied": {
        "en": "Copied: the link ({what}) of {network}.",
        "km": "បានចម្លង៖ តំណ ({what}) របស់ {network}។",
    },
    "light_links_no_contact": {
        "en": "No mail address: hand this link over.",
        "km": "គ្មានអាសយដ្ឋានអ៊ីមែល៖ សូមប្រគល់តំណនេះដោយផ្ទាល់។",
    },
}
