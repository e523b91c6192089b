"""What the networks read on their pages: the form, refusals of an answer, follow-ups and the
results page."""

from __future__ import annotations

NETWORKS: dict[str, dict[str, str]] = {
    # Answers that cannot be accepted (domain/response_checks.py)
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
    # The form at a network's link: a draft not yet sent, a closed round, answers kept offline
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
    # An old link's page, once a new one was sent
    # The page of a replaced link (networks' side, both languages)
    "safe_link_replaced": {
        "en": "This link was replaced: a new link was sent to your network's contacts by "
        "mail. Ask them for it, or ask the secretariat.",
        "km": "តំណនេះត្រូវបានជំនួសហើយ៖ តំណថ្មីត្រូវបានផ្ញើតាមអ៊ីមែលទៅអ្នកទំនាក់ទំនងរបស់"
        "បណ្តាញអ្នក។ សូមសួរពួកគេ ឬសួរលេខាធិការដ្ឋាន។",
    },
}
