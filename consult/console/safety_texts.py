"""Texts of the console's confirmations, disabled actions and version pages, of the page of
a replaced link and of the new-link mail, in English and Khmer (merged as every area's)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "safe_go_back": {
        "en": "Go back without changing anything",
        "km": "ត្រឡប់ក្រោយ ដោយមិនផ្លាស់ប្តូរអ្វីទាំងអស់",
    },
    # A new link for a network's invitation
    "safe_reissue_row": {"en": "New link…", "km": "តំណថ្មី…"},
    "safe_reissue_title": {
        "en": "Give {network} a new link?",
        "km": "ផ្តល់តំណថ្មីដល់ {network} ឬ?",
    },
    "safe_reissue_what": {
        "en": "The link {network} has now for “{round}” stops working at once. "
        "Answers it saved are kept and open with the new link.",
        "km": "តំណដែល {network} មានឥឡូវនេះសម្រាប់ «{round}» នឹងលែងដំណើរការភ្លាមៗ។ "
        "ចម្លើយដែលបណ្តាញបានរក្សាទុកនៅតែមាន ហើយបើកបានដោយតំណថ្មី។",
    },
    "safe_reissue_mail": {
        "en": "The new link is mailed to its contacts: {emails}.",
        "km": "តំណថ្មីនឹងត្រូវផ្ញើតាមអ៊ីមែលទៅអ្នកទំនាក់ទំនងរបស់បណ្តាញ៖ {emails}។",
    },
    "safe_reissue_no_mail": {
        "en": "{network} has no mail contact: hand the new link over yourself. "
        "It is shown on the next page, once.",
        "km": "{network} គ្មានអ្នកទំនាក់ទំនងតាមអ៊ីមែលទេ៖ សូមប្រគល់តំណថ្មីដោយខ្លួនឯង។ "
        "តំណនឹងបង្ហាញនៅទំព័របន្ទាប់ តែម្តងប៉ុណ្ណោះ។",
    },
    "safe_reissue_do": {"en": "Give a new link", "km": "ផ្តល់តំណថ្មី"},
    "safe_new_link_mailed": {
        "en": "The new link is on its way to the network's contacts by mail.",
        "km": "តំណថ្មីកំពុងត្រូវបានផ្ញើតាមអ៊ីមែលទៅអ្នកទំនាក់ទំនងរបស់បណ្តាញ។",
    },
    # Closing a round
    "safe_close_title": {"en": "Close “{round}” now?", "km": "បិទ «{round}» ឥឡូវនេះឬ?"},
    "safe_close_who": {
        "en": "{waiting} of the {invited} invited networks have not submitted: "
        "they can no longer answer.",
        "km": "បណ្តាញ {waiting} ក្នុងចំណោម {invited} ដែលបានអញ្ជើញ មិនទាន់ដាក់ស្នើទេ៖ "
        "ពួកគេនឹងមិនអាចឆ្លើយបានទៀតទេ។",
    },
    "safe_close_all_answered": {
        "en": "All {invited} invited networks have submitted.",
        "km": "បណ្តាញទាំង {invited} ដែលបានអញ្ជើញ បានដាក់ស្នើរួចហើយ។",
    },
    # Removing a contact
    "safe_contact_title": {
        "en": "Remove {email} from {network}?",
        "km": "ដក {email} ចេញពី {network} ឬ?",
    },
    "safe_contact_what": {
        "en": "{email} gets no more invitations, reminders or digests for {network}. "
        "Mail already sent is not recalled.",
        "km": "{email} នឹងលែងទទួលការអញ្ជើញ ការរំលឹក ឬសេចក្តីសង្ខេបប្រចាំសប្តាហ៍សម្រាប់ "
        "{network} ទៀតហើយ។ សំបុត្រដែលបានផ្ញើរួចមិនអាចដកវិញបានទេ។",
    },
    "safe_contact_do": {"en": "Remove the contact", "km": "ដកអ្នកទំនាក់ទំនងចេញ"},
    # Archiving a network
    "safe_archive_title": {"en": "Archive {network}?", "km": "ទុក {network} ក្នុងបណ្ណសារឬ?"},
    # Revoking an API key
    "safe_key_title": {
        "en": "Revoke the API key of “{name}”?",
        "km": "ដកហូតសោ API របស់ «{name}» ឬ?",
    },
    "safe_key_what": {
        "en": "Every script or system using it is refused from now on. "
        "A revoked key cannot be used again: a new one must be issued.",
        "km": "ស្គ្រីប ឬប្រព័ន្ធណាដែលប្រើវា នឹងត្រូវបដិសេធចាប់ពីពេលនេះតទៅ។ "
        "សោដែលបានដកហូតមិនអាចប្រើម្តងទៀតបានទេ៖ ត្រូវចេញសោថ្មី។",
    },
    "safe_key_do": {"en": "Revoke the key", "km": "ដកហូតសោ"},
    # Turning off an account
    "safe_user_title": {
        "en": "Turn off the account of {email}?",
        "km": "បិទគណនីរបស់ {email} ឬ?",
    },
    "safe_user_what": {
        "en": "{name} is signed out everywhere and cannot sign in until an admin turns "
        "the account on again.",
        "km": "{name} នឹងត្រូវចាកចេញពីគ្រប់កន្លែង ហើយមិនអាចចូលបានទេ រហូតដល់អ្នកគ្រប់គ្រងបើកគណនីនេះវិញ។",
    },
    "safe_user_do": {"en": "Turn off the account", "km": "បិទគណនី"},
    # The page of a replaced link (networks' side, both languages)
    "safe_link_replaced": {
        "en": "This link was replaced: a new link was sent to your network's contacts by "
        "mail. Ask them for it, or ask the secretariat.",
        "km": "តំណនេះត្រូវបានជំនួសហើយ៖ តំណថ្មីត្រូវបានផ្ញើតាមអ៊ីមែលទៅអ្នកទំនាក់ទំនងរបស់"
        "បណ្តាញអ្នក។ សូមសួរពួកគេ ឬសួរលេខាធិការដ្ឋាន។",
    },
    # The new-link mail
    "safe_mail_new_link_subject": {
        "en": "New link: {title}",
        "km": "តំណថ្មី៖ {title}",
    },
    "safe_mail_new_link_intro": {
        "en": "{network} has a new link for the consultation “{title}”. The previous link "
        "no longer works; answers saved with it are kept.",
        "km": "{network} មានតំណថ្មីសម្រាប់ការពិគ្រោះយោបល់ «{title}»។ តំណមុនលែងដំណើរការហើយ; "
        "ចម្លើយដែលបានរក្សាទុកជាមួយវានៅតែមាន។",
    },
    "mail_kind_new_link": {"en": "new link", "km": "តំណថ្មី"},
    # No dead end: why an action is not offered yet
    "safe_missing_statement": {
        "en": "Fill in the statement, in both languages, to approve.",
        "km": "សូមបំពេញសេចក្តីថ្លែងការណ៍ ជាភាសាទាំងពីរ ដើម្បីអនុម័ត។",
    },
    "safe_missing_commitments": {
        "en": "Fill in what the body will do, in both languages, to approve.",
        "km": "សូមបំពេញអ្វីដែលស្ថាប័ននឹងធ្វើ ជាភាសាទាំងពីរ ដើម្បីអនុម័ត។",
    },
    "safe_approve_stale": {
        "en": "A newer version was saved meanwhile: read it, then approve it.",
        "km": "កំណែថ្មីជាងនេះត្រូវបានរក្សាទុកក្នុងពេលនេះ៖ សូមអានវា រួចអនុម័តវា។",
    },
    "safe_approve_unsaved": {
        "en": "You changed the wording: save it as a new version first, then approve that.",
        "km": "អ្នកបានកែខ្លឹមសារ៖ សូមរក្សាទុកវាជាកំណែថ្មីជាមុនសិន រួចអនុម័តកំណែនោះ។",
    },
    "safe_approve_refused": {
        "en": "Not approved. Please correct what is marked below.",
        "km": "មិនទាន់អនុម័តទេ។ សូមកែតម្រូវអ្វីដែលបានសម្គាល់ខាងក្រោម។",
    },
    "safe_one_language_note": {
        "en": "You can save one language now; a colleague can add the other later.",
        "km": "អ្នកអាចរក្សាទុកភាសាមួយឥឡូវនេះ; សហការីអាចបន្ថែមភាសាមួយទៀតនៅពេលក្រោយ។",
    },
    "safe_publish_needs_approval": {
        "en": "Approve the common response to publish: the results page shows what staff approved.",
        "km": "សូមអនុម័តការឆ្លើយតបរួម ដើម្បីផ្សព្វផ្សាយ៖ ទំព័រលទ្ធផលបង្ហាញអ្វីដែលបុគ្គលិកបានអនុម័ត។",
    },
    "safe_launch_needs_closing_date": {
        "en": "Set a closing date in the future to launch.",
        "km": "សូមកំណត់កាលបរិច្ឆេទបិទនាពេលអនាគត ដើម្បីចាប់ផ្តើម។",
    },
    "safe_launch_needs_audience": {
        "en": "No network matches who this round is for: choose its networks to launch.",
        "km": "គ្មានបណ្តាញណាត្រូវនឹងអ្នកដែលជុំនេះសម្រាប់ទេ៖ សូមជ្រើសរើសបណ្តាញ ដើម្បីចាប់ផ្តើម។",
    },
    "safe_results_page": {"en": "Public results page", "km": "ទំព័រលទ្ធផលសាធារណៈ"},
    # Earlier versions of the common response
    "safe_version_title": {"en": "Version {number}", "km": "កំណែ {number}"},
    "safe_version_read_only": {
        "en": "An earlier version, read only: {kind}, by {who}, {time}.",
        "km": "កំណែមុន សម្រាប់អានតែប៉ុណ្ណោះ៖ {kind} ដោយ {who} {time}។",
    },
    "safe_version_latest": {
        "en": "The latest version: {kind}, by {who}, {time}.",
        "km": "កំណែចុងក្រោយ៖ {kind} ដោយ {who} {time}។",
    },
    "safe_version_changes": {
        "en": "What changed since version {number}",
        "km": "អ្វីដែលបានផ្លាស់ប្តូរ តាំងពីកំណែ {number}",
    },
    "safe_version_first": {
        "en": "The first version: nothing came before it.",
        "km": "កំណែដំបូង៖ គ្មានកំណែមុនវាទេ។",
    },
    "safe_version_unchanged": {"en": "Unchanged.", "km": "មិនបានផ្លាស់ប្តូរ។"},
    "safe_version_nothing_changed": {
        "en": "No text changed (an approval freezes the text as it was).",
        "km": "គ្មានខ្លឹមសារណាផ្លាស់ប្តូរទេ (ការអនុម័តបង្កកខ្លឹមសារដូចដែលវាមាន)។",
    },
    "safe_diff_removed": {"en": "Removed:", "km": "បានដកចេញ៖"},
    "safe_diff_added": {"en": "Added:", "km": "បានបន្ថែម៖"},
    "safe_version_open": {"en": "Version {number}", "km": "កំណែ {number}"},
    "safe_back_to_common": {
        "en": "Back to the common response",
        "km": "ត្រឡប់ទៅការឆ្លើយតបរួមវិញ",
    },
}
