"""The console's texts, in English and Khmer (merged into consult.i18n.MESSAGES)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "console": {"en": "Consultation console", "km": "ផ្ទាំងគ្រប់គ្រងការពិគ្រោះយោបល់"},
    "skip_to_content": {"en": "Skip to content", "km": "រំលងទៅខ្លឹមសារ"},
    "nav_home": {"en": "Home", "km": "ទំព័រដើម"},
    "nav_rounds": {"en": "Rounds", "km": "ជុំពិគ្រោះយោបល់"},
    "nav_directory": {"en": "Directory", "km": "បញ្ជីបណ្តាញ"},
    "nav_calendar": {"en": "Calendar", "km": "ប្រតិទិន"},
    "nav_mail": {"en": "Mail", "km": "សំបុត្រ"},
    "nav_audit": {"en": "Audit log", "km": "កំណត់ហេតុសវនកម្ម"},
    "signed_in_as": {"en": "Signed in as {name} ({role})", "km": "បានចូលជា {name} ({role})"},
    "sign_in": {"en": "Sign in", "km": "ចូល"},
    "sign_out": {"en": "Sign out", "km": "ចាកចេញ"},
    "signed_out": {"en": "You have signed out.", "km": "អ្នកបានចាកចេញហើយ។"},
    "signed_out_idle": {
        "en": "You were signed out after a while without activity. Sign in again to go on.",
        "km": "អ្នកត្រូវបានចាកចេញ ក្រោយពេលគ្មានសកម្មភាពមួយរយៈ។ សូមចូលម្តងទៀតដើម្បីបន្ត។",
    },
    "email": {"en": "E-mail address", "km": "អាសយដ្ឋានអ៊ីមែល"},
    "password": {"en": "Password", "km": "ពាក្យសម្ងាត់"},
    "sign_in_failed": {
        "en": "That e-mail address and password do not match an account. Check both and try again.",
        "km": "អាសយដ្ឋានអ៊ីមែល និងពាក្យសម្ងាត់នេះមិនត្រូវនឹងគណនីណាមួយទេ។ សូមពិនិត្យទាំងពីរ ហើយព្យាយាមម្តងទៀត។",
    },
    "sign_in_wait": {
        "en": "Too many attempts to sign in. Wait {minutes} minute(s), then try again.",
        "km": "ការព្យាយាមចូលច្រើនពេក។ សូមរង់ចាំ {minutes} នាទី រួចព្យាយាមម្តងទៀត។",
    },
    "language_switch": {"en": "ភាសាខ្មែរ", "km": "English"},
    "language_label": {"en": "Language", "km": "ភាសា"},
    "forbidden_title": {"en": "Not allowed", "km": "មិនអនុញ្ញាត"},
    "forbidden": {
        "en": "This needs the {role} role; your account has {held}. Ask an admin if you need it.",
        "km": "សកម្មភាពនេះត្រូវការតួនាទី {role}; គណនីរបស់អ្នកមាន {held}។ សូមសួរអ្នកគ្រប់គ្រង ប្រសិនបើអ្នកត្រូវការវា។",
    },
    "expired_title": {"en": "The form has expired", "km": "ទម្រង់បានផុតកំណត់"},
    "expired": {
        "en": "Nothing was changed: the form was old or came from elsewhere. Go back, reload "
        "the page and send it again.",
        "km": "គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ ទម្រង់នេះចាស់ ឬមកពីកន្លែងផ្សេង។ សូមត្រឡប់ក្រោយ "
        "ផ្ទុកទំព័រឡើងវិញ ហើយផ្ញើម្តងទៀត។",
    },
    "account": {"en": "Your account", "km": "គណនីរបស់អ្នក"},
    "account_current": {"en": "Current password", "km": "ពាក្យសម្ងាត់បច្ចុប្បន្ន"},
    "account_new": {
        "en": "New password (12 characters or more)",
        "km": "ពាក្យសម្ងាត់ថ្មី (១២ តួអក្សរ ឬច្រើនជាងនេះ)",
    },
    "account_change": {"en": "Change the password", "km": "ប្តូរពាក្យសម្ងាត់"},
    "account_wrong_current": {
        "en": "This is not your current password.",
        "km": "នេះមិនមែនជាពាក្យសម្ងាត់បច្ចុប្បន្នរបស់អ្នកទេ។",
    },
    "account_password_changed": {
        "en": "Your password is changed. Other browsers signed in with the old one are signed out.",
        "km": "ពាក្យសម្ងាត់របស់អ្នកត្រូវបានប្តូរ។ កម្មវិធីរុករកផ្សេងទៀតដែលបានចូលដោយពាក្យសម្ងាត់ចាស់ត្រូវបានចាកចេញ។",
    },
    "refused_title": {"en": "This cannot be done", "km": "មិនអាចធ្វើបានទេ"},
    "home_open_rounds": {"en": "Open rounds", "km": "ជុំពិគ្រោះយោបល់ដែលកំពុងបើក"},
    "home_no_open_rounds": {"en": "No round is open.", "km": "គ្មានជុំពិគ្រោះយោបល់ណាបើកទេ។"},
    "home_closes": {"en": "Closes {date}", "km": "បិទ {date}"},
    "home_answered": {
        "en": "{submitted} of {invited} networks answered ({rate}%)",
        "km": "បណ្តាញ {submitted} ក្នុងចំណោម {invited} បានឆ្លើយ ({rate}%)",
    },
    "home_by_kind": {"en": "By kind", "km": "តាមប្រភេទ"},
    "home_by_province": {"en": "By province", "km": "តាមខេត្ត"},
    "home_failed_mail": {"en": "Mail not delivered", "km": "សំបុត្រមិនបានបញ្ជូន"},
    "home_no_failed_mail": {
        "en": "Every message was delivered or is still being tried.",
        "km": "សំបុត្រទាំងអស់ត្រូវបានបញ្ជូន ឬកំពុងព្យាយាមនៅឡើយ។",
    },
    "home_events": {"en": "Coming up", "km": "ព្រឹត្តិការណ៍ខាងមុខ"},
    "home_no_events": {"en": "Nothing in the calendar.", "km": "គ្មានអ្វីក្នុងប្រតិទិនទេ។"},
    "group_share": {"en": "{submitted}/{invited}", "km": "{submitted}/{invited}"},
    "role_viewer": {"en": "viewer", "km": "អ្នកមើល"},
    "role_staff": {"en": "staff", "km": "បុគ្គលិក"},
    "role_admin": {"en": "admin", "km": "អ្នកគ្រប់គ្រង"},
}
