"""Every text a network reads, in English and Khmer, looked up by key.

Messages carry {placeholders}; `text(key, language, **values)` fills them. A test checks
that every key has both languages.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    # Answers that cannot be accepted (domain/answers.py)
    "unknown_question": {"en": "No question has this key.", "km": "គ្មានសំណួរណាមានកូដនេះទេ។"},
    "required": {"en": "An answer is required.", "km": "សូមឆ្លើយសំណួរនេះ។"},
    "choose_one": {"en": "Choose one option.", "km": "សូមជ្រើសរើសជម្រើសមួយ។"},
    "not_an_option": {"en": "{value} is not an option.", "km": "{value} មិនមែនជាជម្រើសទេ។"},
    "choose_list": {"en": "Choose a list of options.", "km": "សូមជ្រើសរើសជម្រើសជាបញ្ជី។"},
    "not_options": {"en": "Not options: {values}.", "km": "មិនមែនជាជម្រើស៖ {values}។"},
    "chosen_twice": {"en": "An option is chosen twice.", "km": "ជម្រើសមួយត្រូវបានជ្រើសរើសពីរដង។"},
    "at_least": {"en": "Choose at least {count}.", "km": "សូមជ្រើសរើសយ៉ាងតិច {count}។"},
    "at_most": {"en": "Choose at most {count}.", "km": "សូមជ្រើសរើសយ៉ាងច្រើន {count}។"},
    "likert": {
        "en": "Answer 1 (strongly disagree) to 5 (strongly agree).",
        "km": "សូមឆ្លើយពី 1 (មិនយល់ស្របខ្លាំង) ដល់ 5 (យល់ស្របខ្លាំង)។",
    },
    "rating": {
        "en": "Rate with a whole number from 1 to {scale}.",
        "km": "សូមវាយតម្លៃជាលេខគត់ពី 1 ដល់ {scale}។",
    },
    "number": {"en": "Answer with a number.", "km": "សូមឆ្លើយជាលេខ។"},
    "whole_number": {"en": "Answer with a whole number.", "km": "សូមឆ្លើយជាលេខគត់។"},
    "below_min": {"en": "The smallest answer is {bound}.", "km": "ចម្លើយតូចបំផុតគឺ {bound}។"},
    "above_max": {"en": "The largest answer is {bound}.", "km": "ចម្លើយធំបំផុតគឺ {bound}។"},
    "text": {"en": "Answer with text.", "km": "សូមឆ្លើយជាអក្សរ។"},
    "too_long": {
        "en": "At most {limit} characters ({given} given).",
        "km": "យ៉ាងច្រើន {limit} តួអក្សរ (បានសរសេរ {given})។",
    },
    "nul_character": {
        "en": "Text cannot contain NUL characters.",
        "km": "អត្ថបទមិនអាចមានតួអក្សរ NUL បានទេ។",
    },
    "ranking_list": {
        "en": "Rank the options, most important first.",
        "km": "សូមរៀបលំដាប់ជម្រើស ដោយចាប់ផ្តើមពីជម្រើសសំខាន់បំផុត។",
    },
    "ranked_twice": {"en": "An option is ranked twice.", "km": "ជម្រើសមួយត្រូវបានដាក់លំដាប់ពីរដង។"},
    "rank_every": {
        "en": "Rank every option once.",
        "km": "សូមដាក់លំដាប់ជម្រើសនីមួយៗតែម្តង។",
    },
    "statement": {
        "en": "Answer agree, disagree or pass.",
        "km": "សូមឆ្លើយ យល់ស្រប មិនយល់ស្រប ឬរំលង។",
    },
    # The round and the link (domain/responses.py, domain/invitations.py)
    "answers_need_attention": {
        "en": "Some answers need attention.",
        "km": "ចម្លើយខ្លះត្រូវការកែតម្រូវ។",
    },
    "round_closed": {
        "en": "This consultation is closed: answers can no longer be changed.",
        "km": "ការពិគ្រោះយោបល់នេះបានបិទហើយ៖ មិនអាចកែប្រែចម្លើយបានទៀតទេ។",
    },
    "round_not_open_yet": {
        "en": "This consultation opens on {date}.",
        "km": "ការពិគ្រោះយោបល់នេះនឹងបើកនៅថ្ងៃ {date}។",
    },
    "unknown_link": {
        "en": "This link is not valid. Ask the secretariat for a new one.",
        "km": "តំណនេះមិនត្រឹមត្រូវទេ។ សូមស្នើសុំតំណថ្មីពីលេខាធិការដ្ឋាន។",
    },
    # The web form (web/)
    "closes_on": {"en": "Closes on {date}", "km": "បិទនៅថ្ងៃ {date}"},
    "answering_for": {"en": "Answering for {network}", "km": "ឆ្លើយក្នុងនាម {network}"},
    "required_mark": {"en": "required", "km": "ចាំបាច់"},
    "optional_mark": {"en": "optional", "km": "មិនចាំបាច់"},
    "save_draft": {"en": "Save draft", "km": "រក្សាទុកសេចក្តីព្រាង"},
    "submit": {"en": "Submit the network's answer", "km": "ដាក់ស្នើចម្លើយរបស់បណ្តាញ"},
    "draft_saved": {
        "en": "Draft saved. You can come back to this link until the consultation closes.",
        "km": "បានរក្សាទុកសេចក្តីព្រាង។ អ្នកអាចត្រឡប់មកតំណនេះវិញរហូតដល់ការពិគ្រោះយោបល់បិទ។",
    },
    "already_submitted": {
        "en": "Your network submitted an answer on {date}. "
        "You may change it until the consultation closes.",
        "km": "បណ្តាញរបស់អ្នកបានដាក់ស្នើចម្លើយនៅថ្ងៃ {date}។ អ្នកអាចកែប្រែវាបានរហូតដល់ការពិគ្រោះយោបល់បិទ។",
    },
    "thank_you": {
        "en": "Thank you. Your network's answer has been received.",
        "km": "សូមអរគុណ។ យើងបានទទួលចម្លើយរបស់បណ្តាញអ្នកហើយ។",
    },
    "received_version": {
        "en": "Version {version}, received {date}.",
        "km": "កំណែទី {version} បានទទួលនៅ {date}។",
    },
    "back_to_form": {"en": "See or change the answer", "km": "មើល ឬកែប្រែចម្លើយ"},
    "signed_by": {
        "en": "Submitted on behalf of the network by",
        "km": "ដាក់ស្នើក្នុងនាមបណ្តាញដោយ",
    },
    "focal_name": {"en": "Name", "km": "ឈ្មោះ"},
    "focal_role": {"en": "Role", "km": "តួនាទី"},
    "focal_email": {"en": "Email", "km": "អ៊ីមែល"},
    "focal_needed": {
        "en": "Give the name, role and email of the person submitting.",
        "km": "សូមផ្តល់ឈ្មោះ តួនាទី និងអ៊ីមែលរបស់អ្នកដាក់ស្នើ។",
    },
    "rank_hint": {
        "en": "Give each option a different rank: 1 is the most important.",
        "km": "សូមដាក់លំដាប់ខុសៗគ្នាឱ្យជម្រើសនីមួយៗ៖ 1 គឺសំខាន់បំផុត។",
    },
    "number_between": {
        "en": "A number from {min} to {max}.",
        "km": "លេខពី {min} ដល់ {max}។",
    },
    "error_title_prefix": {"en": "Error:", "km": "មានបញ្ហា៖"},
    "no_answer": {"en": "—", "km": "—"},
    "long_date": {
        "en": "{day} {month} {year} {time}",
        "km": "{day} ខែ{month} ឆ្នាំ {year} ម៉ោង {time}",
    },
    "likert_1": {"en": "Strongly disagree", "km": "មិនយល់ស្របខ្លាំង"},
    "likert_2": {"en": "Disagree", "km": "មិនយល់ស្រប"},
    "likert_3": {"en": "Neither agree nor disagree", "km": "អព្យាក្រឹត"},
    "likert_4": {"en": "Agree", "km": "យល់ស្រប"},
    "likert_5": {"en": "Strongly agree", "km": "យល់ស្របខ្លាំង"},
    "statement_agree": {"en": "Agree", "km": "យល់ស្រប"},
    "statement_disagree": {"en": "Disagree", "km": "មិនយល់ស្រប"},
    "statement_pass": {"en": "Pass / unsure", "km": "រំលង / មិនប្រាកដ"},
    "page_not_found": {"en": "Not found", "km": "រកមិនឃើញ"},
    "too_many_requests": {"en": "Too many requests", "km": "សំណើច្រើនពេក"},
    "unavailable": {
        "en": "The service is unavailable for a moment",
        "km": "សេវាកម្មមិនអាចប្រើបានមួយភ្លែត",
    },
    "retry_later": {
        "en": "Please wait {seconds} seconds, then try again. Nothing you saved is lost.",
        "km": "សូមរង់ចាំ {seconds} វិនាទី រួចព្យាយាមម្តងទៀត។ អ្វីដែលអ្នកបានរក្សាទុកមិនបាត់ទេ។",
    },
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
        "km": "Webhook ត្រូវបានបិទ៖ {url}",
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
    # Follow-ups: clarification questions and validation of the common response
    "mail_clarification_subject": {
        "en": "A question about your answer to {title}",
        "km": "សំណួរអំពីចម្លើយរបស់អ្នកចំពោះ {title}",
    },
    "mail_clarification_intro": {
        "en": 'The secretariat has a question for {network} about its answer to "{title}":',
        "km": "លេខាធិការដ្ឋានមានសំណួរមួយសម្រាប់ {network} អំពីចម្លើយរបស់ខ្លួនចំពោះ «{title}»៖",
    },
    "followup_about": {"en": "About the question:", "km": "អំពីសំណួរ៖"},
    "followup_your_answer": {"en": "Your network answered:", "km": "បណ្តាញរបស់អ្នកបានឆ្លើយ៖"},
    "mail_reply_link": {
        "en": "Reply with your network's own link (please do not share it):",
        "km": "សូមឆ្លើយតបដោយប្រើតំណផ្ទាល់របស់បណ្តាញអ្នក (សូមកុំចែករំលែក)៖",
    },
    "mail_reply_button": {"en": "Reply", "km": "ឆ្លើយតប"},
    "mail_validation_subject": {
        "en": "Does this reflect your network's view? {title}",
        "km": "តើនេះឆ្លុះបញ្ចាំងពីទស្សនៈរបស់បណ្តាញអ្នកឬទេ? {title}",
    },
    "mail_validation_intro": {
        "en": '"{title}" has closed. Below is the common response of the networks. Please '
        "confirm that it reflects the view of {network}, or contest it and tell us why.",
        "km": "«{title}» បានបិទហើយ។ ខាងក្រោមនេះជាចម្លើយរួមរបស់បណ្តាញនានា។ "
        "សូមបញ្ជាក់ថាវាឆ្លុះបញ្ចាំងពីទស្សនៈរបស់ {network} ឬជំទាស់ ហើយប្រាប់យើងពីមូលហេតុ។",
    },
    "validation_common": {
        "en": "Where the networks stand together",
        "km": "ចំណុចដែលបណ្តាញនានាមានជំហររួម",
    },
    "validation_divided": {"en": "Where they are divided", "km": "ចំណុចដែលពួកគេមានមតិខុសគ្នា"},
    "validation_share": {"en": "{share}% of networks", "km": "{share}% នៃបណ្តាញ"},
    "mail_validation_button": {"en": "Confirm or contest", "km": "បញ្ជាក់ ឬជំទាស់"},
    "followup_title_clarification": {
        "en": "A question from the secretariat",
        "km": "សំណួរពីលេខាធិការដ្ឋាន",
    },
    "followup_title_validation": {
        "en": "Does the common response reflect your network's view?",
        "km": "តើចម្លើយរួមឆ្លុះបញ្ចាំងពីទស្សនៈរបស់បណ្តាញអ្នកឬទេ?",
    },
    "followup_replying_for": {"en": "Replying for {network}", "km": "ឆ្លើយតបក្នុងនាម {network}"},
    "followup_replied": {"en": "replied", "km": "បានឆ្លើយតប"},
    "followup_answer": {"en": "Your answer", "km": "ចម្លើយរបស់អ្នក"},
    "followup_confirm": {
        "en": "Confirm: it reflects our network's view",
        "km": "បញ្ជាក់៖ វាឆ្លុះបញ្ចាំងពីទស្សនៈរបស់បណ្តាញយើង",
    },
    "followup_contest": {
        "en": "Contest: it does not reflect our view",
        "km": "ជំទាស់៖ វាមិនឆ្លុះបញ្ចាំងពីទស្សនៈរបស់យើងទេ",
    },
    "followup_comment": {
        "en": "Comment (needed if you contest)",
        "km": "មតិយោបល់ (ចាំបាច់ប្រសិនបើអ្នកជំទាស់)",
    },
    "followup_send": {"en": "Send the reply", "km": "ផ្ញើការឆ្លើយតប"},
    "followup_received": {
        "en": "Thank you. Your reply was received on {date}. You may send a new one: "
        "the latest counts.",
        "km": "សូមអរគុណ។ យើងបានទទួលការឆ្លើយតបរបស់អ្នកនៅថ្ងៃ {date}។ "
        "អ្នកអាចផ្ញើការឆ្លើយតបថ្មីបាន៖ ការឆ្លើយតបចុងក្រោយត្រូវបានយក។",
    },
    "reply_needs_text": {"en": "Write your answer.", "km": "សូមសរសេរចម្លើយរបស់អ្នក។"},
    "key_reused": {
        "en": "This Idempotency-Key was used for a different request; a retry repeats it "
        "unchanged.",
        "km": "Idempotency-Key នេះត្រូវបានប្រើសម្រាប់សំណើផ្សេងរួចហើយ។ ការព្យាយាមម្តងទៀតត្រូវតែដូចសំណើដើមទាំងស្រុង។",
    },
    "form_sent_before": {
        "en": "This page was already sent with other answers. Your answers are below: "
        "send them again.",
        "km": "ទំព័រនេះត្រូវបានផ្ញើរួចហើយជាមួយចម្លើយផ្សេង។ ចម្លើយរបស់អ្នកនៅខាងក្រោម៖ សូមផ្ញើវាម្តងទៀត។",
    },
    "verdict_not_asked": {
        "en": "This question is answered in words: it takes no verdict.",
        "km": "សំណួរនេះត្រូវឆ្លើយជាពាក្យ៖ មិនត្រូវការការបញ្ជាក់ ឬការជំទាស់ទេ។",
    },
    "choose_verdict": {"en": "Choose confirm or contest.", "km": "សូមជ្រើសរើស បញ្ជាក់ ឬជំទាស់។"},
    "contest_needs_comment": {
        "en": "Say why the common response does not reflect your view.",
        "km": "សូមប្រាប់មូលហេតុដែលចម្លើយរួមមិនឆ្លុះបញ្ចាំងពីទស្សនៈរបស់អ្នក។",
    },
    "replies_closed": {
        "en": "This round's summary is published: replies are closed.",
        "km": "សេចក្តីសង្ខេបនៃជុំនេះត្រូវបានផ្សព្វផ្សាយហើយ៖ ការឆ្លើយតបត្រូវបានបិទ។",
    },
    # The approved common response: the validation mail, the follow-up page, /results
    "cr_you_said": {"en": "You said", "km": "អ្វីដែលអ្នកបាននិយាយ"},
    "cr_we_will": {"en": "We will", "km": "អ្វីដែលយើងនឹងធ្វើ"},
    "cr_counts": {"en": "The counts behind it", "km": "តួលេខដែលគាំទ្រចម្លើយនេះ"},
    "cr_held_of": {"en": "{held} of {n} networks", "km": "បណ្តាញ {held} ក្នុងចំណោម {n}"},
    "cr_group_held": {"en": "{group}: {held} of {n}", "km": "{group}៖ {held} ក្នុងចំណោម {n}"},
    "cr_tentative": {
        "en": "few answers: read with care",
        "km": "ចម្លើយតិច៖ សូមអានដោយប្រុងប្រយ័ត្ន",
    },
    "grouping_kind": {"en": "by network kind", "km": "តាមប្រភេទបណ្តាញ"},
    "grouping_mou": {"en": "by MoU partnership", "km": "តាមភាពជាដៃគូ MoU"},
    "grouping_province": {"en": "by province", "km": "តាមខេត្ត"},
    "grouping_sector": {"en": "by sector", "km": "តាមវិស័យ"},
    "grouping_opinion": {"en": "by opinion group", "km": "តាមក្រុមមតិ"},
    "results_title": {"en": "Results of the consultation", "km": "លទ្ធផលនៃការពិគ្រោះយោបល់"},
    "results_answered": {
        "en": "{answered} of {invited} invited networks answered ({rate}%).",
        "km": "បណ្តាញ {answered} ក្នុងចំណោម {invited} ដែលបានអញ្ជើញ បានឆ្លើយ ({rate}%)។",
    },
    "results_approved": {
        "en": "Reviewed and approved by the secretariat on {date}.",
        "km": "បានពិនិត្យ និងអនុម័តដោយលេខាធិការដ្ឋាននៅថ្ងៃ {date}។",
    },
    "results_validation": {
        "en": "Did it reflect the networks' views?",
        "km": "តើវាឆ្លុះបញ្ចាំងពីទស្សនៈរបស់បណ្តាញនានាឬទេ?",
    },
    "results_tally": {
        "en": "Confirmed: {confirm}. Contested: {contest}. No reply: {no_reply}.",
        "km": "បានបញ្ជាក់៖ {confirm}។ បានជំទាស់៖ {contest}។ មិនបានឆ្លើយតប៖ {no_reply}។",
    },
    "results_networks": {"en": "Networks that answered", "km": "បណ្តាញដែលបានឆ្លើយ"},
}

LANGUAGES = ("en", "km")
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "km": (
        "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា",
        "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ",
    ),
}  # fmt: skip


def text(key: str, language: str, **values: Any) -> str:
    """The message `key` in `language` (English if that language is not one we have)."""
    entry = MESSAGES[key]
    return entry.get(language, entry["en"]).format(**values)


def long_date(moment: datetime, language: str) -> str:
    """A local moment as a person reads it, with the month in words: "2 Dec 2026 18:45"
    cannot be misread as 12 Feb the way 02/12/2026 can."""
    month = MONTHS.get(language, MONTHS["en"])[moment.month - 1]
    return text(
        "long_date", language, day=moment.day, month=month, year=moment.year,
        time=moment.strftime("%H:%M"),
    )  # fmt: skip


# The groupings by name inside a sentence ("checked across: network kind, MoU partnership").
GROUPINGS = {
    "kind": {"en": "network kind", "km": "ប្រភេទបណ្តាញ"},
    "mou": {"en": "MoU partnership", "km": "ភាពជាដៃគូ MoU"},
    "province": {"en": "province", "km": "ខេត្ត"},
    "sector": {"en": "sector", "km": "វិស័យ"},
    "opinion": {"en": "opinion group", "km": "ក្រុមមតិ"},
}

# The names of the groups the analysis codes (NETWORK_KINDS, "mou"/"no_mou"), by grouping.
# Opinion groups are letters (A, B, …) and provinces and sectors are names; they read the
# same in either language.
GROUPS = {
    "kind": {
        "umbrella": {"en": "Umbrella networks", "km": "បណ្តាញឆ័ត្រ"},
        "provincial": {"en": "Provincial networks", "km": "បណ្តាញខេត្ត"},
        "member": {"en": "Member organisations", "km": "អង្គការសមាជិក"},
    },
    "mou": {
        "mou": {"en": "MoU partners", "km": "ដៃគូ MoU"},
        "no_mou": {"en": "Not MoU partners", "km": "មិនមែនដៃគូ MoU"},
    },
}


def group_label(grouping: str, group: str, language: str) -> str:
    """A group's name in the reader's language; one we have no name for is shown as it is."""
    label = GROUPS.get(grouping, {}).get(group)
    return label[language] if label else group


def pick(text: Mapping[str, str], language: str) -> str:
    """The text in `language`, or in the other one where it has not been translated."""
    return text.get(language) or next(iter(text.values()), "")


def localize(value: Any, language: str) -> Any:
    """A question (or any document) with each {"en", "km"} text replaced by one language.

    `language="both"` keeps both. Option and question keys are untouched.
    """
    if language == "both":
        return value
    if isinstance(value, Mapping):
        if (
            value
            and set(value) <= set(LANGUAGES)
            and all(isinstance(v, str) for v in value.values())
        ):
            return pick(value, language)
        return {key: localize(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [localize(item, language) for item in value]
    return value


def _texts_file(relative: str) -> dict[str, dict[str, str]]:
    """The TEXTS of a module read by its path, without importing its package: the new-link
    mail's texts live with the console's safety texts, and the mail worker has no console."""
    spec = importlib.util.spec_from_file_location(relative, Path(__file__).parent / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    texts: dict[str, dict[str, str]] = module.TEXTS
    return texts


MESSAGES.update(_texts_file("console/safety_texts.py"))
