"""What staff read in the console, in English and Khmer."""

from __future__ import annotations

STAFF: dict[str, dict[str, str]] = {
    # Every page: the frame, signing in, home
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
    # Rounds: the list, a round's page, launching, invitations (console/rounds.py)
    "rounds_status_draft": {"en": "Drafts", "km": "សេចក្តីព្រាង"},
    "rounds_status_open": {"en": "Open", "km": "កំពុងបើក"},
    "rounds_status_closed": {"en": "Closed", "km": "បានបិទ"},
    "rounds_status_published": {"en": "Published", "km": "បានផ្សព្វផ្សាយ"},
    "rounds_none": {"en": "No round.", "km": "គ្មានជុំពិគ្រោះយោបល់ទេ។"},
    "rounds_title": {"en": "Title", "km": "ចំណងជើង"},
    "rounds_closes": {"en": "Closes", "km": "បិទ"},
    "rounds_answered": {"en": "Answered", "km": "បានឆ្លើយ"},
    "rounds_share": {
        "en": "{submitted} of {invited} ({rate}%)",
        "km": "{submitted} ក្នុងចំណោម {invited} ({rate}%)",
    },
    "rounds_all": {"en": "All", "km": "ទាំងអស់"},
    "rounds_filter": {"en": "Show rounds", "km": "បង្ហាញជុំពិគ្រោះយោបល់"},
    "rounds_status": {"en": "Status: {status}", "km": "ស្ថានភាព៖ {status}"},
    "rounds_opens_at": {"en": "Opens", "km": "បើក"},
    "rounds_launched_at": {"en": "Launched", "km": "បានចាប់ផ្តើម"},
    "rounds_closed_at": {"en": "Closed", "km": "បានបិទ"},
    "rounds_published_at": {"en": "Published", "km": "បានផ្សព្វផ្សាយ"},
    "rounds_reminders_plan": {
        "en": "Reminders {days} day(s) before the close",
        "km": "រំលឹក {days} ថ្ងៃ មុនពេលបិទ",
    },
    "rounds_viewer_note": {
        "en": "Your role can read this round; staff launch, remind, close and publish it.",
        "km": "តួនាទីរបស់អ្នកអាចអានជុំនេះបាន; បុគ្គលិកជាអ្នកចាប់ផ្តើម រំលឹក បិទ និងផ្សព្វផ្សាយវា។",
    },
    "rounds_launch": {"en": "Launch…", "km": "ចាប់ផ្តើម…"},
    "rounds_edit": {"en": "Edit the questionnaire", "km": "កែសម្រួលកម្រងសំណួរ"},
    "rounds_launch_title": {"en": "Launch this round?", "km": "ចាប់ផ្តើមជុំនេះឬ?"},
    "rounds_launch_count": {
        "en": "{count} networks will be invited. Each gets its own link by mail.",
        "km": "បណ្តាញ {count} នឹងត្រូវបានអញ្ជើញ។ បណ្តាញនីមួយៗទទួលបានតំណផ្ទាល់ខ្លួនតាមអ៊ីមែល។",
    },
    "rounds_no_mail": {
        "en": "No mail address ({count}): hand their links over yourself, from the next page.",
        "km": "គ្មានអាសយដ្ឋានអ៊ីមែល ({count})៖ សូមប្រគល់តំណរបស់ពួកគេដោយខ្លួនឯង ពីទំព័របន្ទាប់។",
    },
    "rounds_all_have_mail": {
        "en": "Every network has a mail address.",
        "km": "បណ្តាញទាំងអស់មានអាសយដ្ឋានអ៊ីមែល។",
    },
    "rounds_invited_list": {"en": "Who will be invited", "km": "អ្នកដែលនឹងត្រូវបានអញ្ជើញ"},
    "rounds_network": {"en": "Network", "km": "បណ្តាញ"},
    "rounds_kind": {"en": "Kind", "km": "ប្រភេទ"},
    "rounds_province": {"en": "Province", "km": "ខេត្ត"},
    "rounds_contacts": {"en": "Mail contacts", "km": "ទំនាក់ទំនងអ៊ីមែល"},
    "rounds_launch_now": {
        "en": "Launch and send the invitations",
        "km": "ចាប់ផ្តើម ហើយផ្ញើការអញ្ជើញ",
    },
    "rounds_cancel": {"en": "Back to the round", "km": "ត្រឡប់ទៅជុំវិញ"},
    "rounds_launched": {
        "en": "The round is open: {count} networks invited, their mail queued.",
        "km": "ជុំនេះបានបើក៖ បណ្តាញ {count} ត្រូវបានអញ្ជើញ អ៊ីមែលរបស់ពួកគេកំពុងរង់ចាំផ្ញើ។",
    },
    "rounds_links_once": {
        "en": "These links are shown only now: copy them before leaving this page. "
        "A link is the network's key to its answers; send it only to that network.",
        "km": "តំណទាំងនេះបង្ហាញតែពេលនេះប៉ុណ្ណោះ៖ សូមចម្លងវាមុនចាកចេញពីទំព័រនេះ។ "
        "តំណគឺជាសោរបស់បណ្តាញសម្រាប់ចម្លើយរបស់ខ្លួន; សូមផ្ញើវាទៅបណ្តាញនោះតែប៉ុណ្ណោះ។",
    },
    "rounds_links_to_hand": {
        "en": "Links to hand over (no mail address)",
        "km": "តំណដែលត្រូវប្រគល់ (គ្មានអាសយដ្ឋានអ៊ីមែល)",
    },
    "rounds_every_link": {"en": "Every link ({count})", "km": "តំណទាំងអស់ ({count})"},
    "rounds_web_link": {"en": "Form", "km": "ទម្រង់"},
    "rounds_api_link": {"en": "API", "km": "API"},
    "rounds_reissued": {
        "en": "A new link for {network}. Its old link no longer works.",
        "km": "តំណថ្មីសម្រាប់ {network}។ តំណចាស់របស់វាលែងដំណើរការហើយ។",
    },
    "rounds_invitations": {"en": "Invitations", "km": "ការអញ្ជើញ"},
    "rounds_reload": {"en": "Reload", "km": "ផ្ទុកឡើងវិញ"},
    "rounds_live_note": {
        "en": "Updated every {seconds} seconds.",
        "km": "ធ្វើបច្ចុប្បន្នភាពរៀងរាល់ {seconds} វិនាទី។",
    },
    "rounds_response_count": {
        "en": "{submitted} of {invited} networks answered ({rate}%)",
        "km": "បណ្តាញ {submitted} ក្នុងចំណោម {invited} បានឆ្លើយ ({rate}%)",
    },
    "rounds_summary_version": {
        "en": "Summary version {version}, of {count} answers, as of {time}",
        "km": "សេចក្តីសង្ខេបកំណែ {version} នៃចម្លើយ {count} គិតត្រឹម {time}",
    },
    "rounds_no_summary": {"en": "No summary yet.", "km": "មិនទាន់មានសេចក្តីសង្ខេបទេ។"},
    "rounds_state": {"en": "Status", "km": "ស្ថានភាព"},
    "rounds_reminded": {"en": "Reminded", "km": "បានរំលឹក"},
    "rounds_invitation_pending": {"en": "pending", "km": "កំពុងរង់ចាំ"},
    "rounds_invitation_opened": {"en": "opened", "km": "បានបើក"},
    "rounds_invitation_submitted": {"en": "submitted", "km": "បានដាក់ស្នើ"},
    "rounds_reminded_times": {
        "en": "{count} time(s), last {time}",
        "km": "{count} ដង ចុងក្រោយ {time}",
    },
    "rounds_actions": {"en": "Actions", "km": "សកម្មភាព"},
    "rounds_reissue": {"en": "New link", "km": "តំណថ្មី"},
    "rounds_remind_one": {"en": "Remind", "km": "រំលឹក"},
    "rounds_remind_all": {
        "en": "Remind every network that has not answered",
        "km": "រំលឹកបណ្តាញទាំងអស់ដែលមិនទាន់ឆ្លើយ",
    },
    "rounds_reminder_sent": {
        "en": "The reminder is on its way; the invitations show it once it is sent.",
        "km": "ការរំលឹកកំពុងត្រូវបានផ្ញើ; ការអញ្ជើញនឹងបង្ហាញវា នៅពេលវាត្រូវបានផ្ញើរួច។",
    },
    "rounds_reminder_replayed": {
        "en": "That reminder was sent already; nothing more was sent.",
        "km": "ការរំលឹកនោះបានផ្ញើរួចហើយ; គ្មានអ្វីផ្ញើបន្ថែមទេ។",
    },
    "rounds_close": {"en": "Close the round…", "km": "បិទជុំនេះ…"},
    "rounds_close_warning": {
        "en": "Once closed, networks can no longer change their answers, and the final "
        "summary and the draft common response are made.",
        "km": "នៅពេលបិទ បណ្តាញនានាមិនអាចកែប្រែចម្លើយរបស់ខ្លួនបានទៀតទេ ហើយសេចក្តីសង្ខេប"
        "ចុងក្រោយ និងសេចក្តីព្រាងការឆ្លើយតបរួមនឹងត្រូវបានបង្កើត។",
    },
    "rounds_close_now": {"en": "Close it now", "km": "បិទវាឥឡូវនេះ"},
    "rounds_publish": {"en": "Publish the results", "km": "ផ្សព្វផ្សាយលទ្ធផល"},
    "rounds_publish_note": {
        "en": "The results page shows the common response staff approved.",
        "km": "ទំព័រលទ្ធផលបង្ហាញការឆ្លើយតបរួមដែលបុគ្គលិកបានអនុម័ត។",
    },
    "rounds_moved_close": {"en": "The round is closed.", "km": "ជុំនេះត្រូវបានបិទ។"},
    "rounds_moved_publish": {
        "en": "The round is published.",
        "km": "ជុំនេះត្រូវបានផ្សព្វផ្សាយ។",
    },
    "rounds_more_pages": {"en": "More about this round", "km": "ព័ត៌មានបន្ថែមអំពីជុំនេះ"},
    # A round's answers (console/responses.py, summaries.py)
    "rounds_responses": {"en": "Responses", "km": "ចម្លើយ"},
    "rounds_report": {"en": "Summary report", "km": "របាយការណ៍សង្ខេប"},
    "rounds_no_responses": {
        "en": "No network has saved an answer yet.",
        "km": "មិនទាន់មានបណ្តាញណាបានរក្សាទុកចម្លើយនៅឡើយទេ។",
    },
    "rounds_versions": {"en": "Versions", "km": "កំណែ"},
    "rounds_submitted_at": {"en": "Submitted", "km": "បានដាក់ស្នើ"},
    "rounds_response_draft": {"en": "draft", "km": "សេចក្តីព្រាង"},
    "rounds_response_submitted": {"en": "submitted", "km": "បានដាក់ស្នើ"},
    "rounds_version_heading": {
        "en": "Version {number}: {kind}, {time}",
        "km": "កំណែ {number}៖ {kind}, {time}",
    },
    "rounds_version_draft": {"en": "draft", "km": "សេចក្តីព្រាង"},
    "rounds_version_submission": {"en": "submitted", "km": "បានដាក់ស្នើ"},
    "rounds_signed_by": {"en": "Signed by", "km": "ចុះហត្ថលេខាដោយ"},
    "rounds_channel": {"en": "Sent through", "km": "ផ្ញើតាម"},
    "rounds_replies": {"en": "Replies to follow-ups", "km": "ការឆ្លើយតបនឹងការតាមដាន"},
    "rounds_report_in": {"en": "Read the report in {name}", "km": "អានរបាយការណ៍ជា{name}"},
    "rounds_english": {"en": "English", "km": "ភាសាអង់គ្លេស"},
    "rounds_khmer": {"en": "Khmer", "km": "ភាសាខ្មែរ"},
    # The common response and follow-ups (console/common_responses.py, followups.py)
    "rounds_common_response": {"en": "Common response", "km": "ការឆ្លើយតបរួម"},
    "rounds_cr_status_draft": {"en": "Draft, not approved", "km": "សេចក្តីព្រាង មិនទាន់អនុម័ត"},
    "rounds_cr_by_the_close": {
        "en": "drafted when the round closed",
        "km": "ព្រាងដោយស្វ័យប្រវត្តិ នៅពេលបិទជុំ",
    },
    "rounds_cr_status_approved": {"en": "Approved", "km": "បានអនុម័ត"},
    "rounds_cr_latest": {
        "en": "Version {number}, by {who}, {time}",
        "km": "កំណែ {number} ដោយ {who} {time}",
    },
    "rounds_cr_statement": {"en": "Statement", "km": "សេចក្តីថ្លែងការណ៍"},
    "rounds_cr_commitments": {"en": "What the body will do", "km": "អ្វីដែលស្ថាប័ននឹងធ្វើ"},
    "rounds_in_english": {"en": "in English", "km": "ជាភាសាអង់គ្លេស"},
    "rounds_in_khmer": {"en": "in Khmer", "km": "ជាភាសាខ្មែរ"},
    "rounds_cr_show_names": {
        "en": "List the networks that answered on the public results page",
        "km": "បង្ហាញបញ្ជីបណ្តាញដែលបានឆ្លើយ នៅលើទំព័រលទ្ធផលសាធារណៈ",
    },
    "rounds_cr_save": {"en": "Save as a new version", "km": "រក្សាទុកជាកំណែថ្មី"},
    "rounds_cr_edit": {"en": "Edit the wording", "km": "កែសម្រួលខ្លឹមសារ"},
    "rounds_cr_edit_note": {
        "en": "Each save is a new version; nothing is sent until it is approved.",
        "km": "ការរក្សាទុកនីមួយៗជាកំណែថ្មី; គ្មានអ្វីត្រូវបានផ្ញើទេ រហូតដល់វាត្រូវបានអនុម័ត។",
    },
    "rounds_cr_approve": {
        "en": "Approve version {number} and send it to the networks for validation",
        "km": "អនុម័តកំណែ {number} ហើយផ្ញើវាទៅបណ្តាញនានាដើម្បីផ្ទៀងផ្ទាត់",
    },
    "rounds_cr_approve_note": {
        "en": "Its text is then frozen. Both parts must be given in English and Khmer.",
        "km": "បន្ទាប់មកខ្លឹមសាររបស់វានឹងត្រូវបង្កក។ ផ្នែកទាំងពីរត្រូវតែមានជាភាសាអង់គ្លេស និងខ្មែរ។",
    },
    "rounds_cr_saved": {"en": "A new version is saved.", "km": "កំណែថ្មីត្រូវបានរក្សាទុក។"},
    "rounds_cr_approved": {
        "en": "Approved, and sent to the networks for validation.",
        "km": "បានអនុម័ត ហើយបានផ្ញើទៅបណ្តាញនានាដើម្បីផ្ទៀងផ្ទាត់។",
    },
    "rounds_cr_versions": {"en": "Every version", "km": "កំណែទាំងអស់"},
    "rounds_cr_kind_computed": {"en": "computed at close", "km": "គណនានៅពេលបិទ"},
    "rounds_cr_kind_edit": {"en": "edited", "km": "បានកែសម្រួល"},
    "rounds_cr_kind_approval": {"en": "approved", "km": "បានអនុម័ត"},
    "rounds_cr_counts": {
        "en": "{count} of {invited} networks answered.",
        "km": "បណ្តាញ {count} ក្នុងចំណោម {invited} បានឆ្លើយ។",
    },
    "rounds_empty": {"en": "(empty)", "km": "(ទទេ)"},
    "rounds_followups": {"en": "Follow-ups", "km": "ការតាមដាន"},
    "rounds_no_followups": {"en": "No follow-up yet.", "km": "មិនទាន់មានការតាមដានទេ។"},
    "rounds_followup_reminder": {"en": "Reminder", "km": "ការរំលឹក"},
    "rounds_followup_clarification": {"en": "Clarification question", "km": "សំណួរបំភ្លឺ"},
    "rounds_followup_validation": {
        "en": "Validation of the common response",
        "km": "ការផ្ទៀងផ្ទាត់ការឆ្លើយតបរួម",
    },
    "rounds_followup_heading": {
        "en": "{kind}, {time}, by {who}",
        "km": "{kind} {time} ដោយ {who}",
    },
    "rounds_tally_confirm": {"en": "Confirmed", "km": "បានបញ្ជាក់"},
    "rounds_tally_contest": {"en": "Contested", "km": "បានជំទាស់"},
    "rounds_tally_replied": {"en": "Replied", "km": "បានឆ្លើយតប"},
    "rounds_tally_no_reply": {"en": "No reply yet", "km": "មិនទាន់ឆ្លើយតប"},
    "rounds_verdict_confirm": {"en": "confirms", "km": "បញ្ជាក់"},
    "rounds_verdict_contest": {"en": "contests", "km": "ជំទាស់"},
    "rounds_mail_progress": {"en": "Mail", "km": "សំបុត្រ"},
    "rounds_reply": {"en": "Latest reply", "km": "ការឆ្លើយតបចុងក្រោយ"},
    "rounds_earlier_replies": {
        "en": "({count} earlier kept)",
        "km": "(រក្សាទុក {count} មុនៗ)",
    },
    "rounds_ask": {"en": "Ask a clarification question", "km": "សួរសំណួរបំភ្លឺ"},
    "rounds_ask_note": {
        "en": "Only networks that submitted an answer can be asked about it; each contact "
        "gets the question in their language with the network's link to reply.",
        "km": "មានតែបណ្តាញដែលបានដាក់ស្នើចម្លើយប៉ុណ្ណោះ ដែលអាចត្រូវបានសួរអំពីវា; "
        "ទំនាក់ទំនងនីមួយៗទទួលបានសំណួរជាភាសារបស់ខ្លួន ជាមួយតំណរបស់បណ្តាញដើម្បីឆ្លើយតប។",
    },
    "rounds_ask_networks": {"en": "Networks to ask", "km": "បណ្តាញដែលត្រូវសួរ"},
    "rounds_ask_about": {
        "en": "About the question (optional)",
        "km": "អំពីសំណួរ (ស្រេចចិត្ត)",
    },
    "rounds_ask_whole": {"en": "The whole answer", "km": "ចម្លើយទាំងមូល"},
    "rounds_ask_question": {"en": "Question", "km": "សំណួរ"},
    "rounds_ask_send": {"en": "Send the question", "km": "ផ្ញើសំណួរ"},
    "rounds_asked": {"en": "The question is on its way.", "km": "សំណួរកំពុងត្រូវបានផ្ញើ។"},
    "rounds_none_submitted": {
        "en": "No network has submitted an answer to ask about.",
        "km": "មិនទាន់មានបណ្តាញណាដាក់ស្នើចម្លើយ ដើម្បីសួរអំពីវានៅឡើយទេ។",
    },
    # The directory and its import (console/networks.py, network_import.py)
    "directory_search": {"en": "Search and filter", "km": "ស្វែងរក និងត្រង"},
    "directory_q": {
        "en": "Name, acronym, province or contact",
        "km": "ឈ្មោះ អក្សរកាត់ ខេត្ត ឬអ្នកទំនាក់ទំនង",
    },
    "directory_kind": {"en": "Kind", "km": "ប្រភេទ"},
    "directory_any": {"en": "Any", "km": "ទាំងអស់"},
    "directory_province": {"en": "Province", "km": "ខេត្ត"},
    "directory_sector": {"en": "Sector", "km": "វិស័យ"},
    "directory_mou": {"en": "MoU partner", "km": "ដៃគូ MoU"},
    "directory_yes": {"en": "Yes", "km": "បាទ/ចាស"},
    "directory_no": {"en": "No", "km": "ទេ"},
    "directory_include_archived": {
        "en": "Include archived networks",
        "km": "រួមទាំងបណ្តាញដែលបានទុកក្នុងបណ្ណសារ",
    },
    "directory_apply": {"en": "Show", "km": "បង្ហាញ"},
    "directory_count": {
        "en": "Networks found: {total}. Page {page} of {pages}.",
        "km": "បណ្តាញដែលបានរកឃើញ៖ {total}។ ទំព័រ {page} នៃ {pages}។",
    },
    "directory_none": {
        "en": "No network matches.",
        "km": "គ្មានបណ្តាញណាដែលត្រូវនឹងការស្វែងរកទេ។",
    },
    "directory_name": {"en": "Name", "km": "ឈ្មោះ"},
    "directory_name_km": {"en": "Name in Khmer", "km": "ឈ្មោះជាភាសាខ្មែរ"},
    "directory_acronym": {"en": "Acronym", "km": "អក្សរកាត់"},
    "directory_sectors": {"en": "Sectors", "km": "វិស័យ"},
    "directory_sectors_hint": {"en": "One per line.", "km": "មួយក្នុងមួយបន្ទាត់។"},
    "directory_mou_since": {"en": "MoU since", "km": "MoU ចាប់ពី"},
    "directory_language": {"en": "Preferred language", "km": "ភាសាដែលពេញចិត្ត"},
    "directory_language_en": {"en": "English", "km": "អង់គ្លេស"},
    "rounds_channel_api": {"en": "through the API", "km": "តាម API"},
    "rounds_channel_web": {"en": "on the web form", "km": "តាមទម្រង់លើគេហទំព័រ"},
    "directory_language_km": {"en": "Khmer", "km": "ខ្មែរ"},
    "directory_contacts": {"en": "Contacts", "km": "អ្នកទំនាក់ទំនង"},
    "directory_no_contacts": {
        "en": "No contact: this network cannot be mailed.",
        "km": "គ្មានអ្នកទំនាក់ទំនង៖ មិនអាចផ្ញើសំបុត្រទៅបណ្តាញនេះបានទេ។",
    },
    "directory_archived": {"en": "Archived {date}", "km": "បានទុកក្នុងបណ្ណសារ {date}"},
    "directory_archived_note": {
        "en": "Archived: left out of listings and new rounds; its answers are kept.",
        "km": "បានទុកក្នុងបណ្ណសារ៖ មិនបង្ហាញក្នុងបញ្ជី និងជុំថ្មីៗ ប៉ុន្តែចម្លើយរបស់វានៅរក្សាទុក។",
    },
    "directory_archive_note": {
        "en": "Archiving leaves the network out of listings and new rounds; its answers are kept.",
        "km": "ការទុកក្នុងបណ្ណសារ នឹងដកបណ្តាញចេញពីបញ្ជី និងជុំថ្មីៗ; ចម្លើយរបស់វានៅរក្សាទុក។",
    },
    "directory_archive": {"en": "Archive this network", "km": "ទុកបណ្តាញនេះក្នុងបណ្ណសារ"},
    "directory_restore": {"en": "Restore this network", "km": "ស្តារបណ្តាញនេះឡើងវិញ"},
    "directory_edit": {"en": "Edit the network", "km": "កែប្រែបណ្តាញ"},
    "directory_save": {"en": "Save the network", "km": "រក្សាទុកបណ្តាញ"},
    "directory_contact_name": {"en": "Contact's name", "km": "ឈ្មោះអ្នកទំនាក់ទំនង"},
    "directory_contact_language": {"en": "Contact's language", "km": "ភាសារបស់អ្នកទំនាក់ទំនង"},
    "directory_contact_add": {"en": "Add a contact", "km": "បន្ថែមអ្នកទំនាក់ទំនង"},
    "directory_contact_save": {"en": "Save the contact", "km": "រក្សាទុកអ្នកទំនាក់ទំនង"},
    "directory_contact_remove": {"en": "Remove {email}", "km": "លុប {email}"},
    "directory_back": {"en": "Back to the directory", "km": "ត្រឡប់ទៅបញ្ជីបណ្តាញ"},
    "directory_import": {"en": "Import from CSV", "km": "នាំចូលពី CSV"},
    "directory_import_intro": {
        "en": "Choose the directory as a CSV file (UTF-8). You will see what it would change "
        "before anything is saved.",
        "km": "សូមជ្រើសរើសបញ្ជីបណ្តាញជាឯកសារ CSV (UTF-8)។ អ្នកនឹងឃើញអ្វីដែលវានឹងផ្លាស់ប្តូរ មុនពេលរក្សាទុកអ្វីមួយ។",
    },
    "directory_import_columns": {
        "en": "The file's first row names its columns, spelled as here (the first two are "
        "required; sectors are separated by ';'):",
        "km": "ជួរទីមួយនៃឯកសារដាក់ឈ្មោះជួរឈរ ដោយសរសេរដូចខាងក្រោមនេះ (ជួរឈរពីរដំបូងជាជួរចាំបាច់ "
        "ហើយវិស័យបំបែកដោយ ';')៖",
    },
    "directory_import_kinds": {
        "en": "A network's kind is written as one of:",
        "km": "ប្រភេទបណ្តាញត្រូវសរសេរជាតម្លៃមួយក្នុងចំណោម៖",
    },
    "directory_import_file": {"en": "CSV file", "km": "ឯកសារ CSV"},
    "directory_import_preview": {"en": "Preview the import", "km": "មើលការនាំចូលជាមុន"},
    "directory_import_no_file": {
        "en": "Choose a CSV file.",
        "km": "សូមជ្រើសរើសឯកសារ CSV។",
    },
    "directory_import_would": {
        "en": "Nothing has been saved yet. Of {rows} rows, this file would create "
        "{created} networks, update {updated} and leave {unchanged} as they are; "
        "{errors} rows would be skipped.",
        "km": "មិនទាន់មានអ្វីត្រូវបានរក្សាទុកនៅឡើយទេ។ ក្នុងចំណោម {rows} ជួរ ឯកសារនេះនឹងបង្កើត"
        "បណ្តាញ {created} ធ្វើបច្ចុប្បន្នភាព {updated} និងទុក {unchanged} ដដែល; "
        "ជួរ {errors} នឹងត្រូវរំលង។",
    },
    "directory_import_done": {
        "en": "Imported {rows} rows: {created} networks created, {updated} updated, "
        "{unchanged} unchanged, {errors} rows skipped.",
        "km": "បាននាំចូល {rows} ជួរ៖ បង្កើតបណ្តាញ {created} ធ្វើបច្ចុប្បន្នភាព {updated} "
        "មិនផ្លាស់ប្តូរ {unchanged} រំលង {errors} ជួរ។",
    },
    "directory_import_line": {"en": "Line", "km": "បន្ទាត់"},
    "directory_import_outcome": {"en": "What happens", "km": "អ្វីដែលនឹងកើតឡើង"},
    "directory_import_created": {"en": "new network", "km": "បណ្តាញថ្មី"},
    "directory_import_updated": {"en": "changed: {fields}", "km": "ផ្លាស់ប្តូរ៖ {fields}"},
    "directory_import_unchanged": {"en": "no change", "km": "គ្មានការផ្លាស់ប្តូរ"},
    "directory_import_contact_new": {
        "en": "contact {email} added",
        "km": "អ្នកទំនាក់ទំនង {email} ត្រូវបានបន្ថែម",
    },
    "directory_import_contact": {
        "en": "contact {email} added or changed",
        "km": "អ្នកទំនាក់ទំនង {email} ត្រូវបានបន្ថែម ឬផ្លាស់ប្តូរ",
    },
    "directory_import_errors": {"en": "Rows that would be skipped", "km": "ជួរដែលនឹងត្រូវរំលង"},
    "directory_import_changes": {"en": "Row by row", "km": "តាមជួរនីមួយៗ"},
    "directory_import_confirm": {
        "en": "Import this file now",
        "km": "នាំចូលឯកសារនេះឥឡូវនេះ",
    },
    "directory_import_other": {"en": "Choose another file", "km": "ជ្រើសរើសឯកសារផ្សេង"},
    "directory_import_refused": {
        "en": "The file cannot be imported; nothing was saved.",
        "km": "មិនអាចនាំចូលឯកសារនេះបានទេ; គ្មានអ្វីត្រូវបានរក្សាទុកទេ។",
    },
    # The calendar (console/calendar.py)
    "calendar_ahead": {"en": "Under way and ahead", "km": "កំពុងប្រព្រឹត្តទៅ និងខាងមុខ"},
    "calendar_past": {"en": "Already begun or past", "km": "បានចាប់ផ្តើម ឬកន្លងផុតហើយ"},
    "calendar_none": {"en": "No event.", "km": "គ្មានព្រឹត្តិការណ៍ទេ។"},
    "calendar_count": {
        "en": "Events: {total}. Page {page} of {pages}.",
        "km": "ព្រឹត្តិការណ៍៖ {total}។ ទំព័រ {page} នៃ {pages}។",
    },
    "calendar_new": {"en": "Add an event", "km": "បន្ថែមព្រឹត្តិការណ៍"},
    "calendar_event": {"en": "Event", "km": "ព្រឹត្តិការណ៍"},
    "calendar_when": {"en": "When", "km": "ពេលវេលា"},
    "calendar_place": {"en": "Place", "km": "ទីកន្លែង"},
    "calendar_title_en": {"en": "Title in English", "km": "ចំណងជើងជាភាសាអង់គ្លេស"},
    "calendar_title_km": {"en": "Title in Khmer", "km": "ចំណងជើងជាភាសាខ្មែរ"},
    "calendar_title_hint": {
        "en": "Give the title in English, Khmer or both.",
        "km": "សូមផ្តល់ចំណងជើងជាភាសាអង់គ្លេស ខ្មែរ ឬទាំងពីរ។",
    },
    "calendar_description_en": {"en": "Description in English", "km": "ការពិពណ៌នាជាភាសាអង់គ្លេស"},
    "calendar_description_km": {"en": "Description in Khmer", "km": "ការពិពណ៌នាជាភាសាខ្មែរ"},
    "calendar_starts": {"en": "Starts", "km": "ចាប់ផ្តើម"},
    "calendar_ends": {"en": "Ends", "km": "បញ្ចប់"},
    "calendar_zone": {
        "en": "Times are in the body's time zone, {zone}.",
        "km": "ម៉ោងគឺតាមតំបន់ម៉ោងរបស់ស្ថាប័ន {zone}។",
    },
    "calendar_save": {"en": "Save the event", "km": "រក្សាទុកព្រឹត្តិការណ៍"},
    "calendar_delete": {"en": "Delete this event", "km": "លុបព្រឹត្តិការណ៍នេះ"},
    "calendar_delete_note": {
        "en": "Deleting removes the event from the calendar and its feed; linked rounds stay.",
        "km": "ការលុបនឹងដកព្រឹត្តិការណ៍ចេញពីប្រតិទិន និងបណ្តាញព័ត៌មានរបស់វា; ជុំដែលភ្ជាប់នៅដដែល។",
    },
    "calendar_back": {"en": "Back to the calendar", "km": "ត្រឡប់ទៅប្រតិទិន"},
    "calendar_rounds": {"en": "Linked rounds", "km": "ជុំដែលបានភ្ជាប់"},
    "calendar_feed": {
        "en": "Subscribe in a calendar program (iCalendar)",
        "km": "ជាវក្នុងកម្មវិធីប្រតិទិនរបស់អ្នក",
    },
    # The mail log (console/mail.py)
    "mail_log_filter": {"en": "Filter the mail", "km": "ត្រងសំបុត្រ"},
    "mail_log_status": {"en": "Status", "km": "ស្ថានភាព"},
    "mail_log_kind": {"en": "Kind", "km": "ប្រភេទ"},
    "mail_log_count": {
        "en": "Messages: {total}. Page {page} of {pages}.",
        "km": "សំបុត្រ៖ {total}។ ទំព័រ {page} នៃ {pages}។",
    },
    "mail_log_none": {"en": "No message.", "km": "គ្មានសំបុត្រទេ។"},
    "mail_log_queued_at": {"en": "Queued", "km": "បានដាក់ក្នុងជួរ"},
    "mail_log_to": {"en": "To", "km": "ទៅកាន់"},
    "mail_log_attempts": {"en": "Attempts", "km": "ការព្យាយាម"},
    "mail_log_outcome": {"en": "Outcome", "km": "លទ្ធផល"},
    "mail_log_sent_at": {"en": "Sent {date}", "km": "បានផ្ញើ {date}"},
    "mail_log_next_attempt": {"en": "Next try {date}", "km": "ព្យាយាមម្តងទៀត {date}"},
    "mail_log_server_said": {"en": "The mail server answered:", "km": "ម៉ាស៊ីនមេសំបុត្របានឆ្លើយថា៖"},
    "mail_status_queued": {"en": "queued", "km": "ក្នុងជួរ"},
    "mail_status_sending": {"en": "sending", "km": "កំពុងផ្ញើ"},
    "mail_status_sent": {"en": "sent", "km": "បានផ្ញើ"},
    "mail_status_failed": {"en": "failed", "km": "បរាជ័យ"},
    "mail_status_skipped": {"en": "skipped", "km": "បានរំលង"},
    "mail_kind_invitation": {"en": "invitation", "km": "ការអញ្ជើញ"},
    "mail_kind_reminder": {"en": "reminder", "km": "ការរំលឹក"},
    "mail_kind_receipt": {"en": "receipt", "km": "បង្កាន់ដៃ"},
    "mail_kind_clarification": {"en": "clarification question", "km": "សំណួរបញ្ជាក់"},
    "mail_kind_validation": {"en": "validation request", "km": "សំណើឱ្យផ្ទៀងផ្ទាត់"},
    "mail_kind_digest": {"en": "digest", "km": "សេចក្តីសង្ខេបប្រចាំសប្តាហ៍"},
    "mail_kind_webhook_disabled": {
        "en": "webhook turned off",
        "km": "ការបញ្ជូនព្រឹត្តិការណ៍ទៅប្រព័ន្ធផ្សេងត្រូវបានបិទ",
    },
    # The audit log (console/audit.py)
    "audit_when": {"en": "When", "km": "ពេលណា"},
    "audit_who": {"en": "Who", "km": "អ្នកណា"},
    "audit_what": {"en": "What", "km": "អ្វី"},
    "audit_empty": {"en": "Nothing has been recorded yet.", "km": "មិនទាន់មានអ្វីត្រូវបានកត់ត្រានៅឡើយទេ។"},
    "audit_action_sign_in": {"en": "Signed in", "km": "បានចូលប្រព័ន្ធ"},
    "audit_action_sign_out": {"en": "Signed out", "km": "បានចាកចេញពីប្រព័ន្ធ"},
    "audit_action_change_own_password": {
        "en": "Changed their password",
        "km": "បានប្តូរពាក្យសម្ងាត់ខ្លួនឯង",
    },
    "audit_action_create_user": {"en": "Created an account", "km": "បានបង្កើតគណនី"},
    "audit_action_change_user": {"en": "Changed an account", "km": "បានកែប្រែគណនី"},
    "audit_action_create_key": {"en": "Issued an API key", "km": "បានចេញសោ API"},
    "audit_action_revoke_key": {"en": "Revoked an API key", "km": "បានដកហូតសោ API"},
    "audit_action_create_round": {"en": "Created a round", "km": "បានបង្កើតជុំពិគ្រោះយោបល់"},
    "audit_action_update_round": {"en": "Changed a draft round", "km": "បានកែប្រែជុំពិគ្រោះយោបល់ព្រាង"},
    "audit_action_launch_round": {"en": "Launched a round", "km": "បានដាក់ឱ្យដំណើរការជុំពិគ្រោះយោបល់"},
    "audit_action_close_round": {"en": "Closed a round", "km": "បានបិទជុំពិគ្រោះយោបល់"},
    "audit_action_publish_round": {
        "en": "Published a round's results",
        "km": "បានផ្សព្វផ្សាយលទ្ធផលជុំពិគ្រោះយោបល់",
    },
    "audit_action_reissue_link": {"en": "Gave a network a new link", "km": "បានផ្តល់តំណថ្មីដល់បណ្តាញ"},
    "audit_action_remind": {"en": "Sent reminders", "km": "បានផ្ញើការរំលឹក"},
    "audit_action_ask_clarification": {
        "en": "Asked a network for clarification",
        "km": "បានសួរបណ្តាញដើម្បីបំភ្លឺ",
    },
    "audit_action_edit_common_response": {
        "en": "Edited the common response",
        "km": "បានកែសម្រួលចម្លើយរួម",
    },
    "audit_action_approve_common_response": {
        "en": "Approved the common response",
        "km": "បានអនុម័តចម្លើយរួម",
    },
    "audit_action_network_edit": {"en": "Changed a network", "km": "បានកែប្រែព័ត៌មានបណ្តាញ"},
    "audit_action_network_archive": {"en": "Archived a network", "km": "បានដាក់បណ្តាញក្នុងបណ្ណសារ"},
    "audit_action_network_restore": {"en": "Restored a network", "km": "បានស្តារបណ្តាញពីបណ្ណសារ"},
    "audit_action_contact_add": {"en": "Added a contact", "km": "បានបន្ថែមអ្នកទំនាក់ទំនង"},
    "audit_action_contact_edit": {"en": "Changed a contact", "km": "បានកែប្រែអ្នកទំនាក់ទំនង"},
    "audit_action_contact_remove": {"en": "Removed a contact", "km": "បានដកអ្នកទំនាក់ទំនងចេញ"},
    "audit_action_directory_import": {"en": "Imported the directory", "km": "បាននាំចូលបញ្ជីបណ្តាញ"},
    "audit_action_event_create": {
        "en": "Added an event to the calendar",
        "km": "បានបន្ថែមព្រឹត្តិការណ៍ក្នុងប្រតិទិន",
    },
    "audit_action_event_edit": {"en": "Changed an event", "km": "បានកែប្រែព្រឹត្តិការណ៍"},
    "audit_action_event_delete": {"en": "Deleted an event", "km": "បានលុបព្រឹត្តិការណ៍"},
    "audit_actor_key": {"en": "API key “{name}”", "km": "សោ API «{name}»"},
    "audit_actor_cli": {"en": "The server's command line", "km": "ពាក្យបញ្ជានៅលើម៉ាស៊ីនមេ"},
    "audit_api_post": {"en": "Through the API: created or did", "km": "តាម API៖ បានបង្កើត ឬអនុវត្ត"},
    "audit_api_put": {"en": "Through the API: replaced", "km": "តាម API៖ បានជំនួស"},
    "audit_api_patch": {"en": "Through the API: changed", "km": "តាម API៖ បានកែប្រែ"},
    "audit_api_delete": {"en": "Through the API: deleted", "km": "តាម API៖ បានលុប"},
    # Accounts and API keys (console/users.py, api_keys.py)
    "nav_users": {"en": "Users", "km": "អ្នកប្រើប្រាស់"},
    "nav_keys": {"en": "API keys", "km": "សោ API"},
    "users_new": {"en": "New account", "km": "គណនីថ្មី"},
    "users_name": {"en": "Name", "km": "ឈ្មោះ"},
    "users_role": {"en": "Role", "km": "តួនាទី"},
    "users_first_password": {
        "en": "First password (12 characters or more; they change it after signing in)",
        "km": "ពាក្យសម្ងាត់ដំបូង (១២ តួអក្សរ ឬច្រើនជាងនេះ; ពួកគេប្តូរវាក្រោយពេលចូល)",
    },
    "users_new_password": {
        "en": "New password (leave empty to keep)",
        "km": "ពាក្យសម្ងាត់ថ្មី (ទុកទទេដើម្បីរក្សាទុក)",
    },
    "users_active": {"en": "Can sign in", "km": "អាចចូលបាន"},
    "users_yes": {"en": "Yes", "km": "បាទ/ចាស"},
    "users_no": {"en": "No (turned off)", "km": "ទេ (បានបិទ)"},
    "users_last_sign_in": {"en": "Last signed in", "km": "ចូលចុងក្រោយ"},
    "users_never": {"en": "never", "km": "មិនដែល"},
    "users_create": {"en": "Create the account", "km": "បង្កើតគណនី"},
    "users_save": {"en": "Save", "km": "រក្សាទុក"},
    "own_admin": {
        "en": "You cannot take away your own admin role or account: ask another admin.",
        "km": "អ្នកមិនអាចដកតួនាទីអ្នកគ្រប់គ្រង ឬគណនីរបស់ខ្លួនឯងបានទេ៖ សូមសួរអ្នកគ្រប់គ្រងម្នាក់ទៀត។",
    },
    "keys_new": {"en": "New API key", "km": "សោ API ថ្មី"},
    "keys_name": {"en": "Who or what uses it", "km": "អ្នក ឬអ្វីដែលប្រើវា"},
    "keys_create": {"en": "Issue the key", "km": "ចេញសោ"},
    "keys_secret": {
        "en": "The key for {name}. Copy it now: it is shown only this once.",
        "km": "សោសម្រាប់ {name}។ សូមចម្លងវាឥឡូវនេះ៖ វាបង្ហាញតែម្តងនេះប៉ុណ្ណោះ។",
    },
    "keys_created": {"en": "Created", "km": "បានបង្កើត"},
    "keys_used": {"en": "Last used", "km": "ប្រើចុងក្រោយ"},
    "keys_state": {"en": "State", "km": "ស្ថានភាព"},
    "keys_active": {"en": "active", "km": "សកម្ម"},
    "keys_revoked": {"en": "revoked {date}", "km": "បានដកហូត {date}"},
    "keys_revoke": {"en": "Revoke", "km": "ដកហូត"},
    # The round builder (console/builder.py, builder_form.py)
    "nav_new_round": {"en": "New round", "km": "ជុំថ្មី"},
    "builder_new": {"en": "New round", "km": "ជុំពិគ្រោះយោបល់ថ្មី"},
    "builder_edit": {"en": "Draft round: {title}", "km": "ជុំពិគ្រោះយោបល់ព្រាង៖ {title}"},
    "builder_saved": {"en": "The round is saved.", "km": "ជុំពិគ្រោះយោបល់ត្រូវបានរក្សាទុកហើយ។"},
    "builder_changed": {
        "en": "Changed on this page only: press Save to keep it.",
        "km": "បានផ្លាស់ប្តូរតែនៅលើទំព័រនេះប៉ុណ្ណោះ៖ សូមចុច «រក្សាទុក» ដើម្បីរក្សាវាទុក។",
    },
    "builder_save": {"en": "Save", "km": "រក្សាទុក"},
    "builder_about": {"en": "About the round", "km": "អំពីជុំពិគ្រោះយោបល់"},
    "builder_title": {"en": "Title", "km": "ចំណងជើង"},
    "builder_purpose": {"en": "Purpose", "km": "គោលបំណង"},
    "builder_in_en": {"en": "In English", "km": "ជាភាសាអង់គ្លេស"},
    "builder_in_km": {"en": "In Khmer", "km": "ជាភាសាខ្មែរ"},
    "builder_both_hint": {
        "en": "Write each text in both languages; a network reads the other one where a "
        "translation is missing.",
        "km": "សូមសរសេរអត្ថបទនីមួយៗជាពីរភាសា។ បើខ្វះការបកប្រែ បណ្តាញនឹងអានជាភាសាមួយទៀត។",
    },
    "builder_questions": {"en": "Questions", "km": "សំណួរ"},
    "builder_no_questions": {
        "en": "No question yet: add the first one below.",
        "km": "មិនទាន់មានសំណួរទេ៖ សូមបន្ថែមសំណួរដំបូងខាងក្រោម។",
    },
    "builder_question_n": {"en": "Question {n}", "km": "សំណួរទី {n}"},
    "builder_option_n": {"en": "Option {n}", "km": "ជម្រើសទី {n}"},
    "builder_key": {
        "en": "Export column code (lower-case letters, digits and _)",
        "km": "កូដជួរឈរក្នុងឯកសារនាំចេញ (អក្សរឡាតាំងតូច លេខ និង _)",
    },
    "builder_type": {"en": "Type", "km": "ប្រភេទ"},
    "builder_change_type": {"en": "Change the type", "km": "ប្តូរប្រភេទ"},
    "builder_text": {"en": "Question text", "km": "អត្ថបទសំណួរ"},
    "builder_help": {"en": "Help (optional)", "km": "ការណែនាំ (ស្រេចចិត្ត)"},
    "builder_required": {"en": "Networks must answer it", "km": "បណ្តាញត្រូវតែឆ្លើយ"},
    "builder_options": {"en": "Options", "km": "ជម្រើស"},
    "builder_option_text": {"en": "Option text", "km": "អត្ថបទជម្រើស"},
    "builder_add_option": {"en": "Add an option", "km": "បន្ថែមជម្រើស"},
    "builder_up": {"en": "Move up", "km": "ផ្លាស់ឡើងលើ"},
    "builder_down": {"en": "Move down", "km": "ផ្លាស់ចុះក្រោម"},
    "builder_remove": {"en": "Remove", "km": "លុបចេញ"},
    "builder_add_question": {"en": "Add the question", "km": "បន្ថែមសំណួរ"},
    "builder_new_type": {"en": "Type of a new question", "km": "ប្រភេទសំណួរថ្មី"},
    "builder_type_single_choice": {"en": "One choice", "km": "ជ្រើសរើសចម្លើយមួយ"},
    "builder_type_multi_choice": {"en": "Several choices", "km": "ជ្រើសរើសចម្លើយច្រើន"},
    "builder_type_likert": {
        "en": "Agreement (5 points)",
        "km": "កម្រិតនៃការយល់ស្រប (៥ កម្រិត)",
    },
    "builder_type_rating": {
        "en": "Rating (from 1 to a top score you set)",
        "km": "ការដាក់ពិន្ទុ (ពី ១ ដល់ពិន្ទុខ្ពស់បំផុតដែលអ្នកកំណត់)",
    },
    "builder_type_number": {"en": "Number", "km": "ចំនួន"},
    "builder_type_text": {"en": "Written answer", "km": "ចម្លើយជាអត្ថបទ"},
    "builder_type_ranking": {"en": "Ranking", "km": "ការរៀបតាមលំដាប់"},
    "builder_type_statement": {
        "en": "Statement (agree / disagree / pass)",
        "km": "សេចក្តីថ្លែង (យល់ស្រប / មិនយល់ស្រប / រំលង)",
    },
    "builder_scale": {"en": "Points on the scale (2 to 10)", "km": "ចំនួនពិន្ទុ (២ ដល់ ១០)"},
    "builder_min": {"en": "Lowest number allowed", "km": "ចំនួនទាបបំផុតដែលអនុញ្ញាត"},
    "builder_max": {"en": "Highest number allowed", "km": "ចំនួនខ្ពស់បំផុតដែលអនុញ្ញាត"},
    "builder_integer": {"en": "Whole numbers only", "km": "តែចំនួនគត់ប៉ុណ្ណោះ"},
    "builder_min_picks": {"en": "Fewest choices", "km": "ចំនួនជម្រើសតិចបំផុត"},
    "builder_max_picks": {"en": "Most choices", "km": "ចំនួនជម្រើសច្រើនបំផុត"},
    "builder_max_length": {
        "en": "Longest answer (characters)",
        "km": "ចម្លើយវែងបំផុត (ចំនួនតួអក្សរ)",
    },
    "builder_audience": {"en": "Who is invited", "km": "អ្នកដែលត្រូវបានអញ្ជើញ"},
    "builder_audience_way": {"en": "Invite", "km": "អញ្ជើញ"},
    "builder_way_all": {"en": "Every network in the directory", "km": "បណ្តាញទាំងអស់ក្នុងបញ្ជី"},
    "builder_way_filter": {
        "en": "The networks that match these choices",
        "km": "បណ្តាញដែលត្រូវនឹងជម្រើសទាំងនេះ",
    },
    "builder_way_networks": {
        "en": "The networks picked one by one",
        "km": "បណ្តាញដែលបានជ្រើសរើសម្តងមួយៗ",
    },
    "builder_filter_hint": {
        "en": "Any ticked value of a part matches; the parts combine (e.g. provincial and MoU).",
        "km": "តម្លៃណាមួយដែលបានគូសក្នុងផ្នែកមួយគឺត្រូវ; ផ្នែកនានាផ្សំគ្នា (ឧ. ខេត្ត និង MoU)។",
    },
    "builder_kinds": {"en": "Kind", "km": "ប្រភេទ"},
    "builder_provinces": {"en": "Province", "km": "ខេត្ត"},
    "builder_sectors": {"en": "Sector", "km": "វិស័យ"},
    "builder_mou": {"en": "Memorandum of understanding", "km": "អនុស្សរណៈនៃការយោគយល់ (MoU)"},
    "builder_mou_any": {"en": "With or without", "km": "មាន ឬគ្មាន"},
    "builder_mou_yes": {"en": "MoU partners only", "km": "តែដៃគូ MoU ប៉ុណ្ណោះ"},
    "builder_mou_no": {"en": "Not MoU partners only", "km": "តែអ្នកមិនមែនដៃគូ MoU ប៉ុណ្ណោះ"},
    "builder_pick": {"en": "Pick networks ({count})", "km": "ជ្រើសរើសបណ្តាញ ({count})"},
    "builder_show_audience": {
        "en": "Show who would be invited",
        "km": "បង្ហាញអ្នកដែលនឹងត្រូវបានអញ្ជើញ",
    },
    "builder_invited": {
        "en": "{count} networks would be invited if the round were launched now.",
        "km": "បណ្តាញចំនួន {count} នឹងត្រូវបានអញ្ជើញ ប្រសិនបើជុំនេះចាប់ផ្តើមឥឡូវនេះ។",
    },
    "builder_without_mail": {
        "en": "{count} of them have no mail address: hand them their link yourself after launch.",
        "km": "{count} ក្នុងចំណោមនោះគ្មានអាសយដ្ឋានអ៊ីមែលទេ៖ សូមប្រគល់តំណរបស់ពួកគេដោយខ្លួនឯងក្រោយពេលចាប់ផ្តើម។",
    },
    "builder_no_mail": {"en": "no mail address", "km": "គ្មានអាសយដ្ឋានអ៊ីមែល"},
    "builder_invited_list": {"en": "The networks ({count})", "km": "បញ្ជីបណ្តាញ ({count})"},
    "builder_audience_unset": {
        "en": "Choose the audience to see who would be invited.",
        "km": "សូមជ្រើសរើសអ្នកចូលរួម ដើម្បីមើលអ្នកដែលនឹងត្រូវបានអញ្ជើញ។",
    },
    "builder_dates": {"en": "Dates and reminders", "km": "កាលបរិច្ឆេទ និងការរំលឹក"},
    "builder_zone": {"en": "Times are in {zone}.", "km": "ម៉ោងគិតតាមតំបន់ {zone}។"},
    "builder_opens": {
        "en": "Opens (leave blank to open at launch)",
        "km": "បើក (ទុកទទេ ដើម្បីបើកនៅពេលចាប់ផ្តើម)",
    },
    "builder_closes": {"en": "Closes", "km": "បិទ"},
    "builder_reminders": {
        "en": "Reminders: days before closing (e.g. 7, 1)",
        "km": "ការរំលឹក៖ ចំនួនថ្ងៃមុនពេលបិទ (ឧ. 7, 1)",
    },
    "builder_reminders_hint": {
        "en": "Networks that have not answered are reminded on these days; blank: no reminder.",
        "km": "បណ្តាញដែលមិនទាន់ឆ្លើយនឹងត្រូវបានរំលឹកនៅថ្ងៃទាំងនេះ; ទុកទទេ៖ គ្មានការរំលឹក។",
    },
    "builder_event": {"en": "Calendar event", "km": "ព្រឹត្តិការណ៍ក្នុងប្រតិទិន"},
    "builder_preview_en": {"en": "Preview in English", "km": "មើលជាមុនជាភាសាអង់គ្លេស"},
    "builder_preview_km": {"en": "Preview in Khmer", "km": "មើលជាមុនជាភាសាខ្មែរ"},
    "builder_to_round": {
        "en": "The round's page: launch it from there",
        "km": "ទំព័ររបស់ជុំ៖ ចាប់ផ្តើមវាពីទីនោះ",
    },
    "builder_preview_saved": {
        "en": "The preview shows the round as last saved.",
        "km": "ការមើលជាមុនបង្ហាញជុំពិគ្រោះយោបល់ដូចដែលបានរក្សាទុកចុងក្រោយ។",
    },
    "builder_preview_notice": {
        "en": "Preview: the form as networks will see it. Nothing can be sent from here.",
        "km": "ការមើលជាមុន៖ ទម្រង់ដូចដែលបណ្តាញនឹងឃើញ។ មិនអាចផ្ញើអ្វីពីទីនេះបានទេ។",
    },
    "builder_preview_network": {"en": "your network", "km": "បណ្តាញរបស់អ្នក"},
    "builder_back": {"en": "Back to the round builder", "km": "ត្រឡប់ទៅការរៀបចំជុំពិគ្រោះយោបល់"},
    "builder_launched_title": {
        "en": "This round can no longer be edited",
        "km": "ជុំពិគ្រោះយោបល់នេះមិនអាចកែប្រែបានទៀតទេ",
    },
    "builder_launched": {
        "en": "It was launched on {date}: its questions, texts and audience are frozen, so "
        "every answer refers to the same text.",
        "km": "វាត្រូវបានចាប់ផ្តើមនៅ {date}៖ សំណួរ អត្ថបទ និងអ្នកចូលរួមរបស់វាត្រូវបានបង្កក "
        "ដូច្នេះចម្លើយទាំងអស់សំដៅលើអត្ថបទតែមួយ។",
    },
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
    # The mail log and a message (console/mail.py)
    # Lighter pages: links, mail, calendar, a network's answers, the report
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
        "en": "Copy the {what} link of {network}",
        "km": "ចម្លងតំណ {what} របស់ {network}",
    },
    "light_links_copied": {
        "en": "Copied: the {what} link of {network}.",
        "km": "បានចម្លង៖ តំណ {what} របស់ {network}។",
    },
    "light_links_no_contact": {
        "en": "No mail address: hand this link over.",
        "km": "គ្មានអាសយដ្ឋានអ៊ីមែល៖ សូមប្រគល់តំណនេះដោយផ្ទាល់។",
    },
    # Safe actions and no dead end: confirmations, reasons, versions
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
    # Every listing's pager and every form's refusal (console/templates/console/pager.html,
    # form_fields.html)
    "pager_pages": {"en": "Pages", "km": "ទំព័រ"},
    "pager_previous": {"en": "Previous page", "km": "ទំព័រមុន"},
    "pager_next": {"en": "Next page", "km": "ទំព័របន្ទាប់"},
    "pager_page_of": {"en": "Page {page} of {pages}", "km": "ទំព័រ {page} នៃ {pages}"},
    "form_errors_nothing_saved": {
        "en": "Nothing was saved. Correct what is marked below.",
        "km": "គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមកែតម្រូវអ្វីដែលបានសម្គាល់ខាងក្រោម។",
    },
    "form_errors_nothing_changed": {
        "en": "Nothing was changed. Please correct:",
        "km": "គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមកែតម្រូវ៖",
    },
}
