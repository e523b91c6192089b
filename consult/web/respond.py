"""The respondents' web form at /r/{token}: plain HTML, Khmer or English.

It saves and submits through the same domain functions as /api/v1/respond, so a network
gets the same checks and keeps the same versions whichever way it answers. It works with
no JavaScript; static/form.js only keeps typed answers on the device when the connection
drops. Once the round closes, the link shows what the network submitted, read-only.
"""

from __future__ import annotations

import secrets
from typing import Any

from flask import Blueprint, redirect, render_template, request, url_for
from marshmallow import ValidationError

from consult.db import utcnow
from consult.domain import replies, responses
from consult.domain.errors import Conflict, Invalid
from consult.domain.idempotency import usable_key
from consult.domain.response_checks import check_answers
from consult.domain.response_form import answering_view
from consult.domain.tokens import token_hash
from consult.mail.compose import answer_text
from consult.models import Invitation
from consult.questions import question_type
from consult.schemas.responses import FocalPointSchema
from consult.session import request_session
from consult.texts import pick, t
from consult.web.forms import (
    answers_from_form,
    error_links,
    form_values,
    page_errors,
)
from consult.web.locale import page_date, page_language, page_time

respond_pages = Blueprint("respond_pages", __name__)
# Who submits on the network's behalf, as the form names its fields (submitted_by.<part>).
SIGNER_PARTS = ("name", "role", "email")


@respond_pages.get("/r/<token:token>")
def form(token: str) -> Any:
    """The questionnaire with what the network saved so far; once the round has closed,
    what it submitted, read-only."""
    session = request_session()
    now = utcnow()
    invitation, response = responses.open_link(session, token, now)
    session.commit()
    page = answering_view(invitation, response, page_language(invitation.network.language))
    if responses.round_closed(invitation.round, now):
        return _render_closed(token, invitation, page)
    shown = page["current"].answers if page["current"] else {}
    return _render_form(token, page, form_values(invitation.round.questionnaire, shown), {})


@respond_pages.post("/r/<token:token>")
def save(token: str) -> Any:
    """Save a draft or submit, then show the form again (or the confirmation)."""
    session = request_session()
    invitation, response = responses.open_link(session, token, utcnow())
    language = page_language(invitation.network.language)
    questionnaire = invitation.round.questionnaire
    answers, problems = answers_from_form(questionnaire, request.form, language)
    submitting = request.form.get("action") == "submit"
    signer, signer_problems = _signer(language, submitting)
    entry = responses.Entry(
        answers=answers,
        language=language,
        channel="web",
        idempotency_key=usable_key(request.form.get("form_id", "")),
        submitted_by=signer,
    )
    errors: dict[str, list[str]] = {**problems, **signer_problems}
    status = 422
    if errors:
        # Not saved; still show every problem at once, not one round trip per problem.
        found = check_answers(questionnaire, answers, complete=submitting, language=language)
        errors = {**found, **errors}
    else:
        try:
            action = responses.submit if submitting else responses.save_draft
            action(session, token, entry, utcnow())
            session.commit()
        except Invalid as exc:
            errors = page_errors(exc, language)
        except Conflict as exc:
            errors, status = {"_form": [exc.message_in(language)]}, 409
        else:
            target = "web.respond_pages.done" if submitting else "web.respond_pages.form"
            extra: dict[str, Any] = {} if submitting else {"saved": 1}
            return redirect(url_for(target, token=token, lang=language, **extra), code=303)
    session.rollback()
    page = answering_view(invitation, response, language)
    values = {**form_values(questionnaire, answers), **_raw_values(questionnaire)}
    return _render_form(token, page, values, errors), status


@respond_pages.get("/r/<token:token>/done")
def done(token: str) -> Any:
    """The confirmation: what was received, when, and that it can still be changed (once
    the round has closed, the link's read-only page says what was received instead)."""
    session = request_session()
    now = utcnow()
    invitation, response = responses.open_link(session, token, now)
    session.commit()
    language = page_language(invitation.network.language)
    page = answering_view(invitation, response, language)
    if page["submitted"] is None or responses.round_closed(invitation.round, now):
        return redirect(url_for("web.respond_pages.form", token=token, lang=language), code=303)
    return render_template(
        "done.html",
        page=page,
        token=token,
        language=language,
        when=page_time(page["submitted"].created_at),
        followups=replies.followups_of(session, token)[1],
        draft_key=token_hash(token),
    )


def _render_form(
    token: str, page: dict[str, Any], values: dict[str, Any], errors: dict[str, list[str]]
) -> str:
    return render_form(
        page,
        values,
        errors,
        token=token,
        saved=request.args.get("saved") == "1" and not errors,
        followups=replies.followups_of(request_session(), token)[1],
    )


def render_form(
    page: dict[str, Any],
    values: dict[str, Any],
    errors: dict[str, list[str]],
    *,
    token: str = "",
    saved: bool = False,
    followups: list[Any] | None = None,
    template: str = "form.html",
    preview: bool = False,
) -> str:
    """The form page of `page` (domain.response_form.form_view): a network's at its link, and
    staff's preview (a template extending form.html, `preview=True`: nothing can be sent)."""
    submitted, current = page["submitted"], page["current"]
    draft = current if current is not None and current.kind == "draft" else None
    return render_template(
        template,
        page=page,
        language=page["language"],
        other_language="km" if page["language"] == "en" else "en",
        values=values,
        errors=errors,
        error_links=error_links(page["questions"], page["language"]),
        submitted_at=page_time(submitted.created_at) if submitted else None,
        closes_at=page_time(page["round"]["closes_at"]) if page["round"]["closes_at"] else None,
        form_id=secrets.token_urlsafe(16),
        signer=_last_signer(current, submitted),
        draft_at=page_date(draft.created_at, page["language"]) if draft else None,
        # form.js keeps typed answers under the link's hash (never the link itself), and
        # restores them only over the version they were typed on.
        draft_key=token_hash(token) if token else "",
        version=current.number if current else 0,
        token=token,
        saved=saved,
        followups=followups or [],
        preview=preview,
    )


def _render_closed(token: str, invitation: Invitation, page: dict[str, Any]) -> str:
    """A closed round's link: what the network submitted and when the round closed."""
    language, submitted = page["language"], page["submitted"]
    closed = responses.closed_on(invitation.round)
    answers = (
        [
            (
                pick(question["text"], language),
                answer_text(question, submitted.answers.get(question["key"]), language),
            )
            for question in invitation.round.questionnaire
        ]
        if submitted
        else []
    )
    return render_template(
        "closed.html",
        page=page,
        language=language,
        other_language="km" if language == "en" else "en",
        network=page["network"]["name_km"]
        if language == "km" and page["network"]["name_km"]
        else page["network"]["name"],
        closed_at=page_date(closed, language) if closed else None,
        submitted_at=page_date(submitted.created_at, language) if submitted else None,
        answers=answers,
        token=token,
        followups=replies.followups_of(request_session(), token)[1],
    )


def _last_signer(*versions: Any) -> dict[str, str]:
    """The signer the form shows: the latest version's (a draft keeps it too), else the
    submission's."""
    return next((v.submitted_by for v in versions if v is not None and v.submitted_by), {})


def _signer(language: str, submitting: bool) -> tuple[dict[str, str] | None, dict[str, list[str]]]:
    """The signer a save keeps: a draft keeps what was typed as typed (checked once it is
    submitted); a submission needs all three parts, valid."""
    raw = {part: request.form.get(f"submitted_by.{part}", "").strip() for part in SIGNER_PARTS}
    if not submitting:
        return {part: value for part, value in raw.items() if value} or None, {}
    try:
        return FocalPointSchema().load(raw), {}
    except ValidationError:
        return None, {"submitted_by": [t("focal_needed", language)]}


def _raw_values(questionnaire: list[dict[str, Any]]) -> dict[str, Any]:
    """What the person typed, shown back as typed when the form is returned with errors."""
    values: dict[str, Any] = {}
    for question in questionnaire:
        values |= question_type(question["type"]).raw_values(question, request.form)
    for part in SIGNER_PARTS:
        values[f"submitted_by.{part}"] = request.form.get(f"submitted_by.{part}", "")
    return values
