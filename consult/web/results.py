"""/results/{round_id}: a published round's approved common response, for anyone.

Plain HTML (no JavaScript, no sign-in), Khmer or English; network names only where staff
chose to show them. Any round without published results is the web's usual 404 page.
"""

from __future__ import annotations

from flask import Blueprint, render_template

from consult.domain import common_responses
from consult.mail.compose import validation_view
from consult.session import request_session
from consult.texts import pick, t
from consult.web.locale import page_language, page_time

results_pages = Blueprint("results_pages", __name__, template_folder="templates")


@results_pages.get("/results/<id:round_id>")
def results(round_id: int) -> str:
    """The approved statement, what the body will do, the counts and the validation tally."""
    published = common_responses.published_results(request_session(), round_id)
    language = page_language("km")
    round_ = published.round
    tally = published.tally
    return render_template(
        "results.html",
        language=language,
        other_language="km" if language == "en" else "en",
        title=pick(round_.title, language),
        purpose=pick(round_.purpose, language) if round_.purpose else "",
        approved=t(
            "results_approved", language, date=page_time(published.approval.created_at)[:10]
        ),
        view=validation_view(published.common_response, language),
        tally=t("results_tally", language, **tally) if tally and _replied(tally) else "",
        networks=published.networks,
    )


def _replied(tally: dict[str, int]) -> bool:
    """A tally says something once a network has confirmed or contested; before that,
    "Confirmed 0 · Contested 0" would read as a result."""
    return any(count for name, count in tally.items() if name != "no_reply")
