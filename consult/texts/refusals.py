"""What a refusal says, in English and Khmer, by key.

The domain raises a key and its values (`consult.domain.errors`), never a sentence: it
does not know who reads the refusal. The edge fills the key's text in the reader's
language: the API in English (or Khmer when asked), a console page in the account's
language, a network's page in the network's. The English keeps the wording the API has
always answered, so clients that read it see no change.
"""

from __future__ import annotations

REFUSALS: dict[str, dict[str, str]] = {
    # A round's status inside a sentence ("Round 4 is closed").
    "refused_status_draft": {"en": "draft", "km": "នៅជាសេចក្តីព្រាង"},
    "refused_status_open": {"en": "open", "km": "កំពុងបើក"},
    "refused_status_closed": {"en": "closed", "km": "បានបិទ"},
    "refused_status_published": {"en": "published", "km": "បានផ្សព្វផ្សាយ"},
    "refused_status_not_yet_open": {"en": "not yet open", "km": "មិនទាន់បើក"},
    "refused_status_approved": {"en": "approved", "km": "បានអនុម័ត"},
    # Rounds (domain/rounds.py)
    "refused_no_round": {"en": "No round {round}.", "km": "គ្មានជុំពិគ្រោះយោបល់ទី {round} ទេ។"},
    "refused_no_message": {"en": "No message {message}.", "km": "គ្មានសំបុត្រលេខ {message} ទេ។"},
    "refused_round_unchangeable": {
        "en": "Round {round} is {status}; it can no longer be changed.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} {status}ហើយ ដូច្នេះមិនអាចកែប្រែបានទៀតទេ។",
    },
    "refused_round_frozen": {
        "en": "Round {round} is open: its questionnaire, audience and texts are frozen.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} កំពុងបើក៖ មិនអាចកែកម្រងសំណួរ បណ្តាញដែលបានអញ្ជើញ និងអត្ថបទបានទេ។",
    },
    "refused_frozen_when_open": {
        "en": "Frozen once the round is open.",
        "km": "មិនអាចកែបានទេ ពេលជុំពិគ្រោះយោបល់បានបើក។",
    },
    "refused_closes_before_opens": {
        "en": "closes_at must be after opens_at.",
        "km": "ថ្ងៃបិទត្រូវតែនៅក្រោយថ្ងៃបើក។",
    },
    "refused_before_opens": {"en": "Before opens_at.", "km": "មុនថ្ងៃបើក។"},
    "refused_close_in_past": {
        "en": "Set a closing date in the future before launching.",
        "km": "សូមកំណត់ថ្ងៃបិទនៅពេលខាងមុខ មុននឹងចាប់ផ្តើម។",
    },
    "refused_future_to_launch": {
        "en": "Must be in the future to launch.",
        "km": "ត្រូវតែជាថ្ងៃនៅពេលខាងមុខ ទើបអាចចាប់ផ្តើមបាន។",
    },
    "refused_audience_empty": {
        "en": "The audience holds no network.",
        "km": "គ្មានបណ្តាញណាមួយក្នុងចំណោមអ្នកដែលត្រូវអញ្ជើញទេ។",
    },
    "refused_no_network_matches": {
        "en": "No network matches.",
        "km": "គ្មានបណ្តាញណាត្រូវនឹងលក្ខខណ្ឌនេះទេ។",
    },
    "refused_no_calendar_event": {
        "en": "No calendar event {event}.",
        "km": "គ្មានព្រឹត្តិការណ៍ទី {event} ក្នុងប្រតិទិនទេ។",
    },
    "refused_unknown_event": {
        "en": "Unknown calendar event.",
        "km": "រកមិនឃើញព្រឹត្តិការណ៍នេះក្នុងប្រតិទិនទេ។",
    },
    "refused_publish_unapproved": {
        "en": "Round {round}'s common response is still a draft: approve it before "
        "publishing, so the results page shows what staff signed.",
        "km": "ការឆ្លើយតបរួមនៃជុំពិគ្រោះយោបល់ទី {round} នៅជាសេចក្តីព្រាងនៅឡើយ៖ សូមអនុម័តវាមុននឹង"
        "ផ្សព្វផ្សាយ ដើម្បីឱ្យទំព័រលទ្ធផលបង្ហាញអ្វីដែលបុគ្គលិកបានចុះហត្ថលេខា។",
    },
    "refused_not_approved": {"en": "not approved", "km": "មិនទាន់អនុម័ត"},
    "refused_cannot_launch": {
        "en": "Cannot launch round {round}: it is {status}, not {wanted}.",
        "km": "មិនអាចចាប់ផ្តើមជុំពិគ្រោះយោបល់ទី {round} បានទេ៖ វា{status} មិនមែន{wanted}ទេ។",
    },
    "refused_cannot_close": {
        "en": "Cannot close round {round}: it is {status}, not {wanted}.",
        "km": "មិនអាចបិទជុំពិគ្រោះយោបល់ទី {round} បានទេ៖ វា{status} មិនមែន{wanted}ទេ។",
    },
    "refused_cannot_publish": {
        "en": "Cannot publish round {round}: it is {status}, not {wanted}.",
        "km": "មិនអាចផ្សព្វផ្សាយជុំពិគ្រោះយោបល់ទី {round} បានទេ៖ វា{status} មិនមែន{wanted}ទេ។",
    },
    "refused_no_summary_version": {
        "en": "Round {round} has no summary version {version}.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} គ្មានសេចក្តីសង្ខេបកំណែទី {version} ទេ។",
    },
    "refused_no_summary_yet": {
        "en": "Round {round} has no summary yet: one is computed a few seconds after the "
        "first answer is submitted.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} មិនទាន់មានសេចក្តីសង្ខេបទេ៖ វានឹងត្រូវគណនាប៉ុន្មានវិនាទី "
        "បន្ទាប់ពីចម្លើយដំបូងត្រូវបានដាក់ស្នើ។",
    },
    "refused_unknown_rounds": {
        "en": "Unknown rounds.",
        "km": "រកមិនឃើញជុំពិគ្រោះយោបល់ខ្លះទេ។",
    },
    # Networks, links and answers (domain/networks.py, invitations.py, responses.py)
    "refused_no_network": {"en": "No network {network}.", "km": "គ្មានបណ្តាញលេខ {network} ទេ។"},
    "refused_network_exists": {
        "en": "A network named {name!r} already exists (id {network}).",
        "km": "មានបណ្តាញឈ្មោះ {name!r} រួចហើយ (លេខ {network})។",
    },
    "refused_network_name_taken": {
        "en": "A network with this name already exists.",
        "km": "មានបណ្តាញដែលមានឈ្មោះនេះរួចហើយ។",
    },
    "refused_contact_exists": {
        "en": "{network} already has a contact with email {email}.",
        "km": "{network} មានអ្នកទំនាក់ទំនងដែលប្រើអ៊ីមែល {email} រួចហើយ។",
    },
    "refused_contact_email_taken": {
        "en": "This network already has a contact with this email.",
        "km": "បណ្តាញនេះមានអ្នកទំនាក់ទំនងដែលប្រើអ៊ីមែលនេះរួចហើយ។",
    },
    "refused_no_contact": {
        "en": "Network {network} has no contact {contact}.",
        "km": "បណ្តាញលេខ {network} គ្មានអ្នកទំនាក់ទំនងលេខ {contact} ទេ។",
    },
    "refused_no_such_contact": {
        "en": "Contact {contact} does not exist.",
        "km": "គ្មានអ្នកទំនាក់ទំនងលេខ {contact} ទេ។",
    },
    "refused_contact_or_staff": {
        "en": "Give either contact or staff.",
        "km": "សូមផ្តល់អ្នកទំនាក់ទំនង ឬបុគ្គលិក តែមួយប៉ុណ្ណោះ។",
    },
    "refused_give_contact_or_staff": {
        "en": "Give contact or staff.",
        "km": "សូមផ្តល់អ្នកទំនាក់ទំនង ឬបុគ្គលិក។",
    },
    "refused_reissue_not_open": {
        "en": "Round {round} is {status}: links are re-issued only while it is open.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} {status}៖ អាចផ្តល់តំណថ្មីបានតែពេលវាកំពុងបើកប៉ុណ្ណោះ។",
    },
    "refused_not_invited": {
        "en": "Network {network} is not invited to round {round}.",
        "km": "បណ្តាញលេខ {network} មិនត្រូវបានអញ្ជើញឱ្យចូលរួមជុំពិគ្រោះយោបល់ទី {round} ទេ។",
    },
    "refused_not_answered": {
        "en": "Network {network} has not answered round {round}.",
        "km": "បណ្តាញលេខ {network} មិនទាន់បានឆ្លើយជុំពិគ្រោះយោបល់ទី {round} ទេ។",
    },
    "refused_audience_unknown": {
        "en": "Some networks of the audience do not exist or are archived.",
        "km": "បណ្តាញខ្លះដែលបានជ្រើសរើស មិនមាន ឬត្រូវបានដាក់ក្នុងបណ្ណសារហើយ។",
    },
    "refused_unknown_or_archived": {
        "en": "Unknown or archived: {networks}",
        "km": "មិនមាន ឬបានដាក់ក្នុងបណ្ណសារ៖ {networks}",
    },
    # Shown to whoever holds an unknown link, whose language is unknown: both languages.
    "refused_unknown_link": {
        "en": "This link is not valid. Ask the secretariat for a new one. / "
        "តំណនេះមិនត្រឹមត្រូវទេ។ សូមស្នើសុំតំណថ្មីពីលេខាធិការដ្ឋាន។",
        "km": "This link is not valid. Ask the secretariat for a new one. / "
        "តំណនេះមិនត្រឹមត្រូវទេ។ សូមស្នើសុំតំណថ្មីពីលេខាធិការដ្ឋាន។",
    },
    "refused_unknown_digest_link": {
        "en": "Unknown link.",
        "km": "តំណនេះមិនត្រឹមត្រូវទេ។",
    },
    # The network directory's import (domain/network_import.py)
    "refused_not_utf8": {
        "en": "The file is not UTF-8 text.",
        "km": "ឯកសារនេះមិនមែនជាអត្ថបទ UTF-8 ទេ។",
    },
    "refused_not_utf8_at": {
        "en": "Not UTF-8 (byte {byte}); save the CSV as UTF-8.",
        "km": "មិនមែន UTF-8 (បៃទី {byte}) ទេ៖ សូមរក្សាទុកឯកសារ CSV ជា UTF-8។",
    },
    "refused_file_has_nul": {
        "en": "The file holds a NUL character: is it a spreadsheet rather than a CSV?",
        "km": "ឯកសារនេះមានតួអក្សរ NUL៖ តើវាជាតារាងគណនា មិនមែនជា CSV ទេឬ?",
    },
    "refused_nul_on_line": {
        "en": "NUL character on line {line}; export the sheet as CSV UTF-8.",
        "km": "មានតួអក្សរ NUL នៅបន្ទាត់ទី {line}៖ សូមនាំចេញតារាងជា CSV UTF-8។",
    },
    "refused_header_unusable": {
        "en": "The CSV header is not usable.",
        "km": "ជួរក្បាលនៃឯកសារ CSV មិនអាចប្រើបានទេ។",
    },
    "refused_missing_column": {
        "en": "missing column {column}",
        "km": "ខ្វះជួរឈរ {column}",
    },
    "refused_unknown_column": {
        "en": "unknown column {column}",
        "km": "ជួរឈរ {column} មិនស្គាល់",
    },
    # Follow-ups and the common response (domain/followups.py, common_responses.py)
    "refused_no_followup": {
        "en": "Round {round} has no follow-up {followup}.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} គ្មានការតាមដានលេខ {followup} ទេ។",
    },
    "refused_validate_not_closed": {
        "en": "Round {round} is {status}: the common response is validated after it closes.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} {status}៖ ការឆ្លើយតបរួមត្រូវបានផ្ទៀងផ្ទាត់ បន្ទាប់ពីជុំបិទ។",
    },
    "refused_validate_unapproved": {
        "en": "Round {round}'s common response is not approved yet: staff approve it "
        "(POST /api/v1/rounds/{round}/common-response/approve), which sends it for "
        "validation.",
        "km": "ការឆ្លើយតបរួមនៃជុំពិគ្រោះយោបល់ទី {round} មិនទាន់ត្រូវបានអនុម័តទេ៖ "
        "ពេលបុគ្គលិកអនុម័ត វានឹងត្រូវផ្ញើទៅបណ្តាញដើម្បីផ្ទៀងផ្ទាត់។",
    },
    "refused_validation_sent": {
        "en": "Round {round} was sent for validation already (follow-up {followup}).",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} ត្រូវបានផ្ញើឱ្យផ្ទៀងផ្ទាត់រួចហើយ (ការតាមដានលេខ {followup})។",
    },
    "refused_validation_already_sent": {
        "en": "validation already sent",
        "km": "បានផ្ញើឱ្យផ្ទៀងផ្ទាត់រួចហើយ",
    },
    "refused_remind_not_open": {
        "en": "Round {round} is {status}: only an open round is reminded.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} {status}៖ អាចផ្ញើការរំលឹកបានតែជុំដែលកំពុងបើកប៉ុណ្ណោះ។",
    },
    "refused_nobody_to_remind": {
        "en": "Every network asked has answered: there is nobody to remind.",
        "km": "បណ្តាញដែលបានអញ្ជើញទាំងអស់បានឆ្លើយហើយ៖ គ្មាននរណាត្រូវរំលឹកទេ។",
    },
    "refused_all_answered": {"en": "all answered", "km": "បានឆ្លើយទាំងអស់"},
    "refused_clarify_status": {
        "en": "Round {round} is {status}: clarifications are asked while it is open or closed.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} {status}៖ អាចសួរសំណួរបំភ្លឺបានតែពេលជុំកំពុងបើក ឬបានបិទ។",
    },
    "refused_no_question": {
        "en": "Round {round} has no question {question!r}.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} គ្មានសំណួរ {question!r} ទេ។",
    },
    "refused_clarify_unsubmitted": {
        "en": "A clarification is about a submitted answer.",
        "km": "សំណួរបំភ្លឺត្រូវតែទាក់ទងនឹងចម្លើយដែលបានដាក់ស្នើរួច។",
    },
    "refused_network_not_submitted": {
        "en": "Network {network} has not submitted an answer.",
        "km": "បណ្តាញលេខ {network} មិនទាន់បានដាក់ស្នើចម្លើយទេ។",
    },
    "refused_followup_strangers": {
        "en": "Follow-ups go to networks invited to the round.",
        "km": "ការតាមដានផ្ញើទៅតែបណ្តាញដែលបានអញ្ជើញឱ្យចូលរួមជុំនេះប៉ុណ្ណោះ។",
    },
    "refused_network_not_invited": {
        "en": "Network {network} was not invited to this round.",
        "km": "បណ្តាញលេខ {network} មិនត្រូវបានអញ្ជើញឱ្យចូលរួមជុំនេះទេ។",
    },
    "refused_approve_latest": {
        "en": "Version {version} is the latest of round {round}'s common response; "
        "read it, then approve it by its number.",
        "km": "កំណែទី {version} គឺជាកំណែចុងក្រោយនៃការឆ្លើយតបរួមរបស់ជុំពិគ្រោះយោបល់ទី {round}៖ "
        "សូមអានវា រួចអនុម័តតាមលេខកំណែនោះ។",
    },
    "refused_not_latest_version": {
        "en": "Not the latest version ({version}).",
        "km": "មិនមែនជាកំណែចុងក្រោយ ({version}) ទេ។",
    },
    "refused_no_common_response_version": {
        "en": "Round {round}'s common response has no version {version}.",
        "km": "ចម្លើយរួមនៃជុំពិគ្រោះយោបល់ទី {round} គ្មានកំណែទី {version} ទេ។",
    },
    "refused_both_languages_to_approve": {
        "en": "Give it in English and Khmer before approving.",
        "km": "សូមសរសេរជាភាសាអង់គ្លេស និងភាសាខ្មែរ មុននឹងអនុម័ត។",
    },
    "refused_approve_incomplete": {
        "en": "The statement and what the body will do are approved in English and Khmer.",
        "km": "សេចក្តីថ្លែងការណ៍ និងអ្វីដែលស្ថាប័ននឹងធ្វើ ត្រូវអនុម័តទាំងភាសាអង់គ្លេស និងភាសាខ្មែរ។",
    },
    "refused_no_results": {
        "en": "No published results for round {round}.",
        "km": "មិនទាន់មានលទ្ធផលដែលបានផ្សព្វផ្សាយសម្រាប់ជុំពិគ្រោះយោបល់ទី {round} ទេ។",
    },
    "refused_review_not_closed": {
        "en": "Round {round} is {status}: its common response is reviewed once it closes.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} {status}៖ ការឆ្លើយតបរួមត្រូវបានពិនិត្យ ពេលជុំបិទហើយ។",
    },
    "refused_response_frozen": {
        "en": "Round {round}'s common response was approved by {by} on {when} "
        "(version {version}); its text is frozen.",
        "km": "ការឆ្លើយតបរួមនៃជុំពិគ្រោះយោបល់ទី {round} ត្រូវបានអនុម័តដោយ {by} នៅ {when} "
        "(កំណែទី {version})៖ មិនអាចកែអត្ថបទបានទៀតទេ។",
    },
    "refused_drafted_when_closed": {
        "en": "Round {round} is {status}: its common response is drafted when it closes.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} {status}៖ ការឆ្លើយតបរួមត្រូវបានព្រាង ពេលជុំបិទ។",
    },
    "refused_closed_without_answers": {
        "en": "Round {round} closed with no answers: there is no common response.",
        "km": "ជុំពិគ្រោះយោបល់ទី {round} បានបិទដោយគ្មានចម្លើយ៖ គ្មានការឆ្លើយតបរួមទេ។",
    },
    "refused_response_being_drafted": {
        "en": "Round {round}'s common response is being drafted from its final summary; "
        "try again in a moment.",
        "km": "ការឆ្លើយតបរួមនៃជុំពិគ្រោះយោបល់ទី {round} កំពុងត្រូវបានព្រាងពីសេចក្តីសង្ខេបចុងក្រោយ៖ "
        "សូមព្យាយាមម្តងទៀតបន្តិចទៀត។",
    },
    # Accounts and API keys (domain/users.py, api_keys.py)
    "refused_no_user": {"en": "No user {user}.", "km": "គ្មានគណនីលេខ {user} ទេ។"},
    "refused_account_not_created": {
        "en": "The account cannot be created.",
        "km": "មិនអាចបង្កើតគណនីនេះបានទេ។",
    },
    "refused_account_not_changed": {
        "en": "The account cannot be changed.",
        "km": "មិនអាចកែប្រែគណនីនេះបានទេ។",
    },
    "refused_account_exists": {
        "en": "{address} has an account already.",
        "km": "{address} មានគណនីរួចហើយ។",
    },
    "refused_in_use": {"en": "Already in use.", "km": "កំពុងប្រើរួចហើយ។"},
    "refused_email_shape": {
        "en": "An e-mail address, such as name@example.org.",
        "km": "សូមសរសេរអាសយដ្ឋានអ៊ីមែល ឧទាហរណ៍ name@example.org។",
    },
    "refused_one_of": {"en": "One of {choices}.", "km": "សូមជ្រើសរើសមួយក្នុងចំណោម {choices}។"},
    "refused_unknown_language": {"en": "Unknown language.", "km": "ភាសានេះមិនស្គាល់ទេ។"},
    "refused_password_unusable": {
        "en": "The password cannot be used.",
        "km": "មិនអាចប្រើពាក្យសម្ងាត់នេះបានទេ។",
    },
    "refused_password_length": {
        "en": "Between {min} and {max} characters "
        "(a few words are easier to remember than symbols).",
        "km": "ចន្លោះពី {min} ដល់ {max} តួអក្សរ (ពាក្យពីរបីម៉ាត់ងាយចាំជាងនិមិត្តសញ្ញា)។",
    },
    "refused_no_api_key": {"en": "No API key {api_key}.", "km": "គ្មានសោ API លេខ {api_key} ទេ។"},
    "refused_api_key_revoked": {
        "en": "API key {api_key} is already revoked.",
        "km": "សោ API លេខ {api_key} ត្រូវបានដកហូតរួចហើយ។",
    },
    # Calendar (domain/calendar.py)
    "refused_no_event": {
        "en": "Event {event} does not exist.",
        "km": "គ្មានព្រឹត្តិការណ៍លេខ {event} ទេ។",
    },
    "refused_event_ends_first": {
        "en": "The event ends before it starts.",
        "km": "ព្រឹត្តិការណ៍នេះបញ្ចប់មុនពេលចាប់ផ្តើម។",
    },
    "refused_not_before_start": {
        "en": "Must not be before starts_at.",
        "km": "មិនអាចនៅមុនពេលចាប់ផ្តើមបានទេ។",
    },
    # Glossary (domain/glossary.py)
    "refused_term_en_in_khmer": {
        "en": "The English term is in Khmer script.",
        "km": "ពាក្យអង់គ្លេសត្រូវបានសរសេរជាអក្សរខ្មែរ។",
    },
    "refused_write_english": {"en": "Write it in English.", "km": "សូមសរសេរជាភាសាអង់គ្លេស។"},
    "refused_term_km_not_khmer": {
        "en": "The Khmer term has no Khmer.",
        "km": "ពាក្យខ្មែរគ្មានអក្សរខ្មែរទេ។",
    },
    "refused_write_khmer": {"en": "Write it in Khmer script.", "km": "សូមសរសេរជាអក្សរខ្មែរ។"},
    "refused_term_function_words": {
        "en": "A term of only function words would join every answer that uses them.",
        "km": "ពាក្យដែលមានតែពាក្យជំនួយ នឹងភ្ជាប់គ្រប់ចម្លើយដែលប្រើពាក្យទាំងនោះ។",
    },
    "refused_term_meaning": {
        "en": "Give a word that carries meaning.",
        "km": "សូមផ្តល់ពាក្យដែលមានអត្ថន័យ។",
    },
    "refused_term_known": {
        "en": "The glossary already pairs '{en}' with '{km}' ({source}).",
        "km": "សទ្ទានុក្រមបានផ្គូផ្គង '{en}' ជាមួយ '{km}' រួចហើយ ({source})។",
    },
    "refused_term_source_shipped": {"en": "shipped", "km": "មានស្រាប់"},
    "refused_term_source_staff": {"en": "staff", "km": "បុគ្គលិកបានបន្ថែម"},
    "refused_term_known_pair": {
        "en": "Already in the glossary with this Khmer term.",
        "km": "មានក្នុងសទ្ទានុក្រមជាមួយពាក្យខ្មែរនេះរួចហើយ។",
    },
    "refused_no_term": {
        "en": "Glossary term {term} does not exist.",
        "km": "គ្មានពាក្យលេខ {term} ក្នុងសទ្ទានុក្រមទេ។",
    },
    "refused_term_not_unicode": {
        "en": "A term is not valid Unicode text.",
        "km": "ពាក្យមួយមិនមែនជាអត្ថបទ Unicode ត្រឹមត្រូវទេ។",
    },
    "refused_not_unicode": {"en": "Not valid Unicode.", "km": "មិនមែនជា Unicode ត្រឹមត្រូវទេ។"},
    "refused_term_missing": {"en": "Give both terms.", "km": "សូមផ្តល់ពាក្យទាំងពីរ។"},
    "refused_not_empty": {"en": "Must not be empty.", "km": "មិនអាចទុកទទេបានទេ។"},
    "refused_term_too_long": {"en": "A term is too long.", "km": "ពាក្យមួយវែងពេក។"},
    "refused_at_most_characters": {
        "en": "At most {limit} characters.",
        "km": "យ៉ាងច្រើន {limit} តួអក្សរ។",
    },
    # Webhooks (domain/webhooks.py)
    "refused_webhook_scheme": {
        "en": "Webhooks go to http or https URLs.",
        "km": "Webhook អាចផ្ញើទៅតែ URL ដែលចាប់ផ្តើមដោយ http ឬ https ប៉ុណ្ណោះ។",
    },
    "refused_use_http": {"en": "Use http:// or https://.", "km": "សូមប្រើ http:// ឬ https://។"},
    "refused_host_unresolved": {
        "en": "The URL's host does not resolve.",
        "km": "រកមិនឃើញម៉ាស៊ីនមេនៃ URL នេះទេ។",
    },
    "refused_unknown_host": {"en": "Unknown host.", "km": "ម៉ាស៊ីនមេមិនស្គាល់។"},
    "refused_webhook_public_only": {
        "en": "Webhooks go to public addresses only.",
        "km": "Webhook អាចផ្ញើទៅតែអាសយដ្ឋានសាធារណៈប៉ុណ្ណោះ។",
    },
    "refused_private_address": {
        "en": "{host} resolves to a non-public address ({address}).",
        "km": "{host} ចង្អុលទៅអាសយដ្ឋានមិនសាធារណៈ ({address})។",
    },
    "refused_no_webhook": {
        "en": "Webhook {webhook} does not exist.",
        "km": "គ្មាន Webhook លេខ {webhook} ទេ។",
    },
    "refused_no_delivery": {
        "en": "Delivery {delivery} of webhook {webhook} does not exist.",
        "km": "គ្មានការបញ្ជូនលេខ {delivery} របស់ Webhook លេខ {webhook} ទេ។",
    },
    # The console's forms (consult/schemas/refusals.py): marshmallow's messages and ours.
    "refused_form_mistakes": {
        "en": "The form has mistakes.",
        "km": "ទម្រង់នេះមានកំហុស។",
    },
    "refused_schema_other": {"en": "{text}", "km": "សូមពិនិត្យតម្លៃនេះឡើងវិញ។"},
    "refused_schema_required": {
        "en": "Missing data for required field.",
        "km": "សូមបំពេញប្រអប់នេះ។",
    },
    "refused_schema_null": {"en": "Field may not be null.", "km": "សូមបំពេញប្រអប់នេះ។"},
    "refused_schema_invalid_value": {"en": "Invalid value.", "km": "តម្លៃនេះមិនត្រឹមត្រូវទេ។"},
    "refused_schema_invalid_input": {"en": "Invalid input.", "km": "តម្លៃនេះមិនត្រឹមត្រូវទេ។"},
    "refused_schema_unknown_field": {"en": "Unknown field.", "km": "ប្រអប់នេះមិនស្គាល់ទេ។"},
    "refused_schema_input_type": {
        "en": "Invalid input type.",
        "km": "ទម្រង់ទិន្នន័យមិនត្រឹមត្រូវទេ។",
    },
    "refused_schema_not_integer": {"en": "Not a valid integer.", "km": "សូមសរសេរជាលេខគត់។"},
    "refused_schema_not_number": {"en": "Not a valid number.", "km": "សូមសរសេរជាលេខ។"},
    "refused_schema_not_boolean": {
        "en": "Not a valid boolean.",
        "km": "សូមជ្រើសរើស បាទ/ចាស ឬ ទេ។",
    },
    "refused_schema_not_date": {
        "en": "Not a valid date.",
        "km": "កាលបរិច្ឆេទនេះមិនត្រឹមត្រូវទេ។",
    },
    "refused_schema_not_string": {"en": "Not a valid string.", "km": "សូមសរសេរជាអក្សរ។"},
    "refused_schema_not_list": {"en": "Not a valid list.", "km": "សូមផ្តល់ជាបញ្ជី។"},
    "refused_schema_not_mapping": {
        "en": "Not a valid mapping type.",
        "km": "ទម្រង់ទិន្នន័យមិនត្រឹមត្រូវទេ។",
    },
    "refused_schema_not_email": {
        "en": "Not a valid email address.",
        "km": "អាសយដ្ឋានអ៊ីមែលនេះមិនត្រឹមត្រូវទេ។",
    },
    "refused_schema_not_url": {"en": "Not a valid URL.", "km": "URL នេះមិនត្រឹមត្រូវទេ។"},
    "refused_schema_type": {
        "en": "Not a valid {obj_type}.",
        "km": "តម្លៃនេះមិនត្រឹមត្រូវទេ (កាលបរិច្ឆេទ ឬម៉ោង)។",
    },
    "refused_schema_format": {
        "en": '"{input}" cannot be formatted as a {obj_type}.',
        "km": 'មិនអាចអាន "{input}" បានទេ។',
    },
    "refused_schema_number_too_large": {"en": "Number too large.", "km": "លេខនេះធំពេក។"},
    "refused_schema_special_number": {
        "en": "Special numeric values (nan or infinity) are not permitted.",
        "km": "សូមសរសេរជាលេខធម្មតា។",
    },
    "refused_schema_one_of": {
        "en": "Must be one of: {choices}.",
        "km": "តម្លៃនេះមិនមែនជាជម្រើសមួយដែលអាចប្រើបានទេ។",
    },
    "refused_schema_length_between": {
        "en": "Length must be between {min} and {max}.",
        "km": "ត្រូវមានប្រវែងពី {min} ដល់ {max}។",
    },
    "refused_schema_length_equal": {
        "en": "Length must be {equal}.",
        "km": "ត្រូវមានប្រវែង {equal}។",
    },
    "refused_schema_longer_than": {
        "en": "Longer than maximum length {max}.",
        "km": "វែងជាងប្រវែងអតិបរមា {max}។",
    },
    "refused_schema_shorter_than": {
        "en": "Shorter than minimum length {min}.",
        "km": "ខ្លីជាងប្រវែងអប្បបរមា {min}។",
    },
    "refused_schema_pattern": {
        "en": "String does not match expected pattern.",
        "km": "ទម្រង់នៃអត្ថបទនេះមិនត្រឹមត្រូវទេ។",
    },
    "refused_schema_at_least": {
        "en": "Must be greater than or equal to {min}.",
        "km": "ត្រូវតែធំជាង ឬស្មើ {min}។",
    },
    "refused_schema_more_than": {
        "en": "Must be greater than {min}.",
        "km": "ត្រូវតែធំជាង {min}។",
    },
    "refused_schema_at_most": {
        "en": "Must be less than or equal to {max}.",
        "km": "ត្រូវតែតូចជាង ឬស្មើ {max}។",
    },
    "refused_schema_less_than": {
        "en": "Must be less than {max}.",
        "km": "ត្រូវតែតូចជាង {max}។",
    },
    "refused_schema_at_least_at_most": {
        "en": "Must be greater than or equal to {min} and less than or equal to {max}.",
        "km": "ត្រូវតែនៅចន្លោះពី {min} ដល់ {max}។",
    },
    "refused_schema_at_least_less_than": {
        "en": "Must be greater than or equal to {min} and less than {max}.",
        "km": "ត្រូវតែធំជាង ឬស្មើ {min} និងតូចជាង {max}។",
    },
    "refused_schema_more_than_at_most": {
        "en": "Must be greater than {min} and less than or equal to {max}.",
        "km": "ត្រូវតែធំជាង {min} និងតូចជាង ឬស្មើ {max}។",
    },
    "refused_schema_more_than_less_than": {
        "en": "Must be greater than {min} and less than {max}.",
        "km": "ត្រូវតែធំជាង {min} និងតូចជាង {max}។",
    },
    "refused_schema_cannot_be_blank": {"en": "Cannot be blank.", "km": "មិនអាចទុកទទេបានទេ។"},
    "refused_schema_contacts_same_email": {
        "en": "Two contacts have the same email.",
        "km": "អ្នកទំនាក់ទំនងពីរនាក់ប្រើអ៊ីមែលដូចគ្នា។",
    },
    "refused_schema_contact_needs_email": {
        "en": "A contact needs an email.",
        "km": "អ្នកទំនាក់ទំនងត្រូវមានអ៊ីមែល។",
    },
    "refused_schema_at_most_sectors": {
        "en": "At most {count} sectors.",
        "km": "យ៉ាងច្រើន {count} វិស័យ។",
    },
    "refused_schema_day_twice": {
        "en": "A day is listed twice.",
        "km": "ថ្ងៃមួយត្រូវបានដាក់ពីរដង។",
    },
    "refused_schema_grouping_twice": {
        "en": "A grouping is listed twice.",
        "km": "ការបែងចែកក្រុមមួយត្រូវបានដាក់ពីរដង។",
    },
    "refused_schema_after_opens": {
        "en": "The closing date must come after the opening date.",
        "km": "ត្រូវតែនៅក្រោយថ្ងៃបើក។",
    },
    "refused_schema_audience_one_way": {
        "en": "Choose who is invited: every network, the networks that match your choices, "
        "or networks picked one by one.",
        "km": "សូមជ្រើសរើសអ្នកដែលត្រូវអញ្ជើញ៖ បណ្តាញទាំងអស់ បណ្តាញដែលត្រូវនឹងជម្រើសរបស់អ្នក "
        "ឬបណ្តាញដែលបានជ្រើសរើសម្តងមួយៗ។",
    },
    "refused_schema_date_years": {
        "en": "Give a date between the years {first} and {last}.",
        "km": "សូមផ្តល់កាលបរិច្ឆេទចន្លោះឆ្នាំ {first} ដល់ {last}។",
    },
    "refused_schema_bilingual_shape": {
        "en": 'Give {{"en": "...", "km": "..."}}.',
        "km": "សូមសរសេរអត្ថបទជាភាសាអង់គ្លេស និងភាសាខ្មែរ។",
    },
    "refused_schema_unknown_languages": {
        "en": "Unknown languages {languages}; use en and km.",
        "km": "ភាសា {languages} មិនស្គាល់ទេ៖ សូមប្រើភាសាអង់គ្លេស និងភាសាខ្មែរ។",
    },
    "refused_schema_text_needed": {
        "en": "{in_language}: must be text.",
        "km": "{in_language}៖ ត្រូវតែជាអក្សរ។",
    },
    "refused_schema_text_too_long": {
        "en": "{in_language}: at most {limit} characters.",
        "km": "{in_language}៖ យ៉ាងច្រើន {limit} តួអក្សរ។",
    },
    "refused_schema_give_text": {
        "en": "Give the text in English, Khmer or both.",
        "km": "សូមសរសេរអត្ថបទជាភាសាអង់គ្លេស ភាសាខ្មែរ ឬទាំងពីរ។",
    },
    "refused_schema_both_languages": {
        "en": "Give the text in English and Khmer (missing: {missing}).",
        "km": "សូមសរសេរអត្ថបទជាភាសាអង់គ្លេស និងភាសាខ្មែរ (ខ្វះ៖ {missing})។",
    },
    "refused_schema_question_both_languages": {
        "en": "Give the question in English and Khmer (missing: {missing}).",
        "km": "សូមសរសេរសំណួរជាភាសាអង់គ្លេស និងភាសាខ្មែរ (ខ្វះ៖ {missing})។",
    },
    "refused_schema_only_clarification": {
        "en": "Only a clarification asks a question.",
        "km": "មានតែសំណួរបំភ្លឺទេ ដែលសួរសំណួរ។",
    },
    "refused_schema_edit_something": {
        "en": "Give statement, commitments or show_names.",
        "km": "សូមសរសេរសេចក្តីថ្លែងការណ៍ អ្វីដែលស្ថាប័ននឹងធ្វើ ឬជ្រើសរើសការបង្ហាញឈ្មោះបណ្តាញ។",
    },
    "refused_schema_no_nul": {
        "en": "Text cannot contain NUL characters.",
        "km": "អត្ថបទមិនអាចមានតួអក្សរ NUL បានទេ។",
    },
    "refused_schema_no_surrogates": {
        "en": "Text cannot contain lone UTF-16 surrogates (\\ud800-\\udfff).",
        "km": "អត្ថបទមានតួអក្សរដែលមិនអាចរក្សាទុកបាន។",
    },
    "refused_schema_not_unicode": {
        "en": "{languages}: not valid Unicode text.",
        "km": "{languages}៖ មិនមែនជាអត្ថបទ Unicode ត្រឹមត្រូវទេ។",
    },
    # A questionnaire's own rules, said as the round builder shows them
    "refused_schema_no_question": {
        "en": "Add at least one question.",
        "km": "សូមបន្ថែមសំណួរយ៉ាងហោចណាស់មួយ។",
    },
    "refused_schema_key_rule": {
        "en": "Use lower-case Latin letters, digits and _, starting with a letter.",
        "km": "សូមប្រើអក្សរឡាតាំងតូច លេខ និង _ ដោយចាប់ផ្តើមដោយអក្សរ។",
    },
    "refused_schema_key_taken": {
        "en": "Another question already has this export column code.",
        "km": "មានមួយទៀតប្រើកូដជួរឈរនេះរួចហើយ។",
    },
    "refused_schema_option_key_taken": {
        "en": "Another option already has this export column code.",
        "km": "មានមួយទៀតប្រើកូដជួរឈរនេះរួចហើយ។",
    },
    "refused_schema_two_options": {
        "en": "Give at least 2 options.",
        "km": "សូមដាក់ជម្រើសយ៉ាងតិច ២។",
    },
    "refused_schema_not_a_setting": {
        "en": "This setting is not one of this type of question.",
        "km": "ការកំណត់នេះមិនមែនសម្រាប់ប្រភេទសំណួរនេះទេ។",
    },
    "refused_schema_min_picks_above_max": {
        "en": "The fewest choices cannot be more than the most choices.",
        "km": "ចំនួនជម្រើសតិចបំផុតមិនអាចលើសចំនួនជម្រើសច្រើនបំផុតទេ។",
    },
    "refused_schema_picks_above_options": {
        "en": "More than the number of options.",
        "km": "លើសចំនួនជម្រើសដែលមាន។",
    },
    "refused_schema_min_above_max": {
        "en": "The lowest number cannot be above the highest.",
        "km": "ចំនួនទាបបំផុតមិនអាចខ្ពស់ជាងចំនួនខ្ពស់បំផុតទេ។",
    },
    "refused_import_repeats_line": {
        "en": "Repeats line {line}.",
        "km": "ដដែលនឹងបន្ទាត់ទី {line}។",
    },
    "refused_import_extra_cells": {
        "en": "{count} more cell(s) than the header has columns; quote values that hold commas.",
        "km": "មាន {count} ក្រឡាលើសចំនួនជួរឈរនៃជួរក្បាល៖ សូមដាក់តម្លៃដែលមានសញ្ញាក្បៀសក្នុងសញ្ញាសម្រង់។",
    },
    "refused_language_en": {"en": "English", "km": "ភាសាអង់គ្លេស"},
    "refused_language_km": {"en": "Khmer", "km": "ភាសាខ្មែរ"},
    # A field's problems beside its label ("Statement: Give the text in …").
    "refused_field_says": {"en": "{field}: {problems}", "km": "{field}៖ {problems}"},
    # The fields a refusal names, as a person calls them (consult/schemas/refusals.py).
    "refused_field_acronym": {"en": "Acronym", "km": "អក្សរកាត់"},
    "refused_field_all": {"en": "All networks", "km": "បណ្តាញទាំងអស់"},
    "refused_field_archived": {"en": "Archived", "km": "បានដាក់ក្នុងបណ្ណសារ"},
    "refused_field_audience": {"en": "Networks invited", "km": "បណ្តាញដែលត្រូវអញ្ជើញ"},
    "refused_field_closes_at": {"en": "Closing date", "km": "ថ្ងៃបិទ"},
    "refused_field_commitments": {"en": "What the body will do", "km": "អ្វីដែលស្ថាប័ននឹងធ្វើ"},
    "refused_field_common_response": {"en": "Common response", "km": "ការឆ្លើយតបរួម"},
    "refused_field_contact": {"en": "Contact", "km": "អ្នកទំនាក់ទំនង"},
    "refused_field_contact_email": {"en": "Contact's email", "km": "អ៊ីមែលរបស់អ្នកទំនាក់ទំនង"},
    "refused_field_contact_name": {"en": "Contact's name", "km": "ឈ្មោះអ្នកទំនាក់ទំនង"},
    "refused_field_description": {"en": "Description", "km": "ការពិពណ៌នា"},
    "refused_field_email": {"en": "Email", "km": "អ៊ីមែល"},
    "refused_field_en": {"en": "English", "km": "ភាសាអង់គ្លេស"},
    "refused_field_ends_at": {"en": "Ends", "km": "ពេលបញ្ចប់"},
    "refused_field_event_id": {"en": "Calendar event", "km": "ព្រឹត្តិការណ៍ក្នុងប្រតិទិន"},
    "refused_field_file": {"en": "File", "km": "ឯកសារ"},
    "refused_field_include_archived": {
        "en": "Include archived networks",
        "km": "រួមទាំងបណ្តាញក្នុងបណ្ណសារ",
    },
    "refused_field_kind": {"en": "Kind", "km": "ប្រភេទ"},
    "refused_field_kinds": {"en": "Kinds of network", "km": "ប្រភេទបណ្តាញ"},
    "refused_field_km": {"en": "Khmer", "km": "ភាសាខ្មែរ"},
    "refused_field_language": {"en": "Language", "km": "ភាសា"},
    "refused_field_lens": {"en": "Groupings", "km": "ការបែងចែកក្រុម"},
    "refused_field_mou": {"en": "MoU partnership", "km": "ភាពជាដៃគូ MoU"},
    "refused_field_mou_since": {"en": "MoU since", "km": "ភាពជាដៃគូ MoU តាំងពី"},
    "refused_field_name": {"en": "Name", "km": "ឈ្មោះ"},
    "refused_field_name_km": {"en": "Name in Khmer", "km": "ឈ្មោះជាភាសាខ្មែរ"},
    "refused_field_network_ids": {
        "en": "Networks chosen one by one",
        "km": "បណ្តាញដែលបានជ្រើសរើសម្តងមួយៗ",
    },
    "refused_field_networks": {"en": "Networks", "km": "បណ្តាញ"},
    "refused_field_opens_at": {"en": "Opening date", "km": "ថ្ងៃបើក"},
    "refused_field_page": {"en": "Page", "km": "ទំព័រ"},
    "refused_field_page_size": {"en": "Rows per page", "km": "ចំនួនជួរក្នុងមួយទំព័រ"},
    "refused_field_password": {"en": "Password", "km": "ពាក្យសម្ងាត់"},
    "refused_field_place": {"en": "Place", "km": "ទីកន្លែង"},
    "refused_field_province": {"en": "Province", "km": "ខេត្ត"},
    "refused_field_provinces": {"en": "Provinces", "km": "ខេត្ត"},
    "refused_field_purpose": {"en": "Purpose", "km": "គោលបំណង"},
    "refused_field_q": {"en": "Search", "km": "ស្វែងរក"},
    "refused_field_question": {"en": "Question", "km": "សំណួរ"},
    "refused_field_question_key": {"en": "Question", "km": "សំណួរ"},
    "refused_field_questions": {"en": "Questions", "km": "សំណួរ"},
    "refused_field_reminders_days_before_close": {"en": "Reminders", "km": "ការរំលឹក"},
    "refused_field_role": {"en": "Role", "km": "តួនាទី"},
    "refused_field_round_ids": {"en": "Rounds", "km": "ជុំពិគ្រោះយោបល់"},
    "refused_field_sector": {"en": "Sector", "km": "វិស័យ"},
    "refused_field_sectors": {"en": "Sectors", "km": "វិស័យ"},
    "refused_field_show_names": {"en": "Show the networks' names", "km": "បង្ហាញឈ្មោះបណ្តាញ"},
    "refused_field_starts_at": {"en": "Starts", "km": "ពេលចាប់ផ្តើម"},
    "refused_field_statement": {"en": "Statement", "km": "សេចក្តីថ្លែងការណ៍"},
    "refused_field_status": {"en": "Status", "km": "ស្ថានភាព"},
    "refused_field_text": {"en": "Text", "km": "អត្ថបទ"},
    "refused_field_title": {"en": "Title", "km": "ចំណងជើង"},
    "refused_field_url": {"en": "URL", "km": "URL"},
    "refused_field_verdict": {"en": "Verdict", "km": "ការវិនិច្ឆ័យ"},
    "refused_field_version": {"en": "Version", "km": "កំណែ"},
    "refused_field_row": {"en": "Row", "km": "ជួរ"},
    "refused_field_contact_language": {
        "en": "Contact's language",
        "km": "ភាសារបស់អ្នកទំនាក់ទំនង",
    },
    "refused_field_other": {"en": "This field", "km": "ប្រអប់នេះ"},
}
