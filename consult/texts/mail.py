"""What mail says, to networks' contacts and to staff, in the mail's language."""

from __future__ import annotations

MAIL: dict[str, dict[str, str]] = {
    # Mail (mail/templates/)
    "mail_greeting": {"en": "Dear {name},", "km": "ជូនចំពោះ {name}"},
    "mail_greeting_unnamed": {"en": "Hello,", "km": "ជម្រាបសួរ"},
    "mail_invitation_subject": {
        "en": "Consultation: {title}",
        "km": "ការពិគ្រោះយោបល់៖ {title}",
    },
    "mail_invitation_intro": {
        "en": '{network} is invited to answer the consultation "{title}".',
        "km": "{network} ត្រូវបានអញ្ជើញឱ្យឆ្លើយការពិគ្រោះយោបល់ «{title}»។",
    },
    "mail_deadline": {
        "en": "Please answer by {date}. You can save a draft and come back until then.",
        "km": "សូមឆ្លើយមុនថ្ងៃ {date}។ អ្នកអាចរក្សាទុកសេចក្តីព្រាង ហើយត្រឡប់មកវិញរហូតដល់ពេលនោះ។",
    },
    "mail_link": {
        "en": "Your network's own link (please do not share it):",
        "km": "តំណផ្ទាល់របស់បណ្តាញអ្នក (សូមកុំចែករំលែក)៖",
    },
    "mail_open_form": {"en": "Open the questionnaire", "km": "បើកកម្រងសំណួរ"},
    "mail_reminder_subject": {
        "en": "Reminder: {title} closes in {days} day(s)",
        "km": "រំលឹក៖ {title} នឹងបិទក្នុងរយៈពេល {days} ថ្ងៃ",
    },
    "mail_reminder_intro": {
        "en": 'We have not yet received the answer of {network} to "{title}".',
        "km": "យើងមិនទាន់បានទទួលចម្លើយរបស់ {network} ចំពោះ «{title}» នៅឡើយទេ។",
    },
    "mail_receipt_subject": {
        "en": "Thank you: your answer to {title}",
        "km": "សូមអរគុណ៖ ចម្លើយរបស់អ្នកចំពោះ {title}",
    },
    "mail_receipt_intro": {
        "en": "Thank you. We received the answer of {network} (version {version}, {date}). "
        "A copy follows.",
        "km": "សូមអរគុណ។ យើងបានទទួលចម្លើយរបស់ {network} (កំណែទី {version}, {date})។ ខាងក្រោមនេះជាច្បាប់ចម្លង។",
    },
    "mail_receipt_change": {
        "en": "You can change it until {date}.",
        "km": "អ្នកអាចកែប្រែវាបានរហូតដល់ថ្ងៃ {date}។",
    },
    "mail_digest_subject": {
        "en": "Weekly digest, week of {date}",
        "km": "សេចក្តីសង្ខេបប្រចាំសប្តាហ៍ សប្តាហ៍ថ្ងៃទី {date}",
    },
    "mail_digest_open": {"en": "Open consultations", "km": "ការពិគ្រោះយោបល់ដែលកំពុងបើក"},
    "mail_digest_closing": {"en": "Closing this week", "km": "បិទក្នុងសប្តាហ៍នេះ"},
    "mail_digest_rate": {
        "en": "{submitted} of {invited} networks answered ({rate}%), closes {date}",
        "km": "បណ្តាញ {submitted} ក្នុងចំណោម {invited} បានឆ្លើយ ({rate}%) បិទថ្ងៃ {date}",
    },
    "mail_digest_yours": {
        "en": "Your network's open consultations",
        "km": "ការពិគ្រោះយោបល់ដែលកំពុងបើកសម្រាប់បណ្តាញអ្នក",
    },
    "mail_digest_answered": {"en": "answered", "km": "បានឆ្លើយ"},
    "mail_digest_summaries": {"en": "New summaries", "km": "សេចក្តីសង្ខេបថ្មីៗ"},
    "mail_digest_summary": {
        "en": "version {version} · {answers} · as of {date}",
        "km": "កំណែទី {version} · {answers} · គិតត្រឹមថ្ងៃ {date}",
    },
    "mail_digest_final": {"en": "final", "km": "ចុងក្រោយ"},
    "answer_count_one": {"en": "{count} answer", "km": "ចម្លើយ {count}"},
    "answer_count": {"en": "{count} answers", "km": "ចម្លើយ {count}"},
    "mail_digest_round_link": {"en": "Round", "km": "ជុំពិគ្រោះយោបល់"},
    "mail_digest_report_link": {"en": "Report", "km": "របាយការណ៍"},
    "mail_digest_invitations_link": {"en": "Invitations", "km": "ការអញ្ជើញ"},
    "mail_digest_unreachable": {
        "en": "Invited networks with no contact: no mail reaches them, hand them their link",
        "km": "បណ្តាញដែលបានអញ្ជើញ តែគ្មានអាសយដ្ឋានទំនាក់ទំនង៖ គ្មានសារណាទៅដល់ពួកគេទេ សូមផ្តល់តំណរបស់ពួកគេដោយផ្ទាល់",
    },
    "mail_digest_validations": {
        "en": "Common responses out for validation",
        "km": "ចម្លើយរួមដែលកំពុងរង់ចាំការផ្ទៀងផ្ទាត់",
    },
    "mail_digest_tally": {
        "en": "{confirm} confirmed, {contest} contested, {waiting} not yet replied",
        "km": "បញ្ជាក់ {confirm} ជំទាស់ {contest} មិនទាន់ឆ្លើយតប {waiting}",
    },
    "mail_digest_failed": {"en": "Mail that could not be sent", "km": "សារដែលមិនអាចផ្ញើបាន"},
    "mail_digest_events": {"en": "Coming events", "km": "ព្រឹត្តិការណ៍ខាងមុខ"},
    "mail_digest_nothing": {"en": "Nothing this week.", "km": "គ្មានអ្វីទេសប្តាហ៍នេះ។"},
    "mail_stop_digests": {
        "en": "You receive this weekly digest as a contact of {network}. Stop digests:",
        "km": "អ្នកទទួលបានសេចក្តីសង្ខេបប្រចាំសប្តាហ៍នេះ ជាអ្នកទំនាក់ទំនងរបស់ {network}។ ឈប់ទទួល៖",
    },
    "mail_signature": {
        "en": "The secretariat",
        "km": "លេខាធិការដ្ឋាន",
    },
    "stop_digests_title": {"en": "Stop weekly digests", "km": "ឈប់ទទួលសេចក្តីសង្ខេបប្រចាំសប្តាហ៍"},
    "stop_digests_ask": {
        "en": "Stop sending the weekly digest to {email}?",
        "km": "ឈប់ផ្ញើសេចក្តីសង្ខេបប្រចាំសប្តាហ៍ទៅ {email} ឬ?",
    },
    "stop_digests_button": {"en": "Stop digests", "km": "ឈប់ទទួល"},
    "digests_stopped": {
        "en": "Weekly digests are turned off for {email}. Consultation mail still comes.",
        "km": "សេចក្តីសង្ខេបប្រចាំសប្តាហ៍ត្រូវបានបិទសម្រាប់ {email}។ សារពិគ្រោះយោបល់នៅតែផ្ញើមក។",
    },
    # Staff: a webhook subscription turned off after a run of failures
    "mail_webhook_disabled_subject": {
        "en": "Webhook turned off: {url}",
        "km": "ការបញ្ជូនព្រឹត្តិការណ៍ទៅ {url} ត្រូវបានបិទ",
    },
    "mail_webhook_disabled_intro": {
        "en": "Deliveries to {url} kept failing, so the subscription was turned off on {date}:",
        "km": "ការបញ្ជូនទៅ {url} បរាជ័យជាបន្តបន្ទាប់ ដូច្នេះការជាវត្រូវបានបិទនៅថ្ងៃ {date}៖",
    },
    "mail_webhook_disabled_kept": {
        "en": "Nothing is lost: the deliveries it was owed are kept, and every event is in the "
        "event log. Once the receiver works again, an admin turns the subscription back on "
        "(POST, with an admin key) and what it was owed is sent, in order.",
        "km": "គ្មានអ្វីបាត់បង់ទេ៖ ការបញ្ជូនដែលនៅជំពាក់ត្រូវបានរក្សាទុក ហើយព្រឹត្តិការណ៍នីមួយៗមាននៅក្នុង"
        "កំណត់ហេតុព្រឹត្តិការណ៍។ នៅពេលអ្នកទទួលដំណើរការវិញ អ្នកគ្រប់គ្រងបើកការជាវឡើងវិញ "
        "(POST ដោយប្រើសោអ្នកគ្រប់គ្រង) ហើយអ្វីដែលនៅជំពាក់ត្រូវបានផ្ញើតាមលំដាប់។",
    },
    "mail_webhook_disabled_attempts": {
        "en": "Every attempt, with the receiver's answer:",
        "km": "ការព្យាយាមនីមួយៗ ជាមួយចម្លើយរបស់អ្នកទទួល៖",
    },
    "mail_webhook_disabled_enable": {
        "en": "Turn it back on:",
        "km": "បើកវាឡើងវិញ៖",
    },
    # A network's new link (console: New link…)
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
}
