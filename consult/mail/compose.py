"""Turn a queued row into an email, in the recipient's language, when it is sent.

Rendering at send time means the message says what is true then (a reminder to a network
that submitted meanwhile is skipped) and that links, derived from the secret key, are
never stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from itsdangerous import URLSafeSerializer
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from sqlalchemy.orm import Session

from consult.config import Settings
from consult.domain.digests import contact_digest, staff_digest
from consult.domain.followups import find_followup, validated_response
from consult.domain.invitations import invitations_of
from consult.domain.networks import find_contact
from consult.domain.responses import submitted_answers, submitted_version
from consult.domain.tokens import link_of
from consult.mail.mime import Envelope, Outgoing, Written, outgoing
from consult.models import (
    Followup,
    Invitation,
    MailMessage,
    Network,
    Round,
    WebhookSubscription,
)
from consult.questions import question_type
from consult.questions.base import is_blank
from consult.texts import CATALOG, group_label, pick, t
from consult.texts.places import network_name
from consult.texts.times import local_time

TEMPLATES = Environment(
    loader=PackageLoader("consult.mail"),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    auto_reload=False,  # templates ship with the code: no stat() per message
)
DIGEST_SALT = "stop-digests"
HIDDEN_IN_PREVIEW = "hidden-in-preview"
INVITATIONS = "consult.mail.invitations"  # a batch's invitations, in its session's info


@dataclass(frozen=True)
class MailSettings:
    public_url: str
    secret_key: str
    mail_from: str
    zone: ZoneInfo
    # A preview shows staff a message as it goes out, but not the links that let its
    # recipient answer as their network or stop their digests.
    preview: bool = False
    # The mail log reads a message again after it went out: it is written even when it
    # would no longer be sent (its round closed, its network answered).
    again: bool = False

    def shown(self, token: str) -> str:
        """A link's secret part as this rendering may show it."""
        return HIDDEN_IN_PREVIEW if self.preview else token

    @classmethod
    def of(cls, settings: Settings) -> MailSettings:
        return cls(settings.public_url, settings.secret_key, settings.mail_from, settings.zone)


@dataclass(frozen=True)
class Rendered:
    subject: str
    context: dict[str, Any]


def compose(session: Session, message: MailMessage, settings: MailSettings) -> Outgoing | None:
    """The email for a queued row, or None when it no longer applies (skip it)."""
    written = write(session, message, settings)
    if written is None:
        return None
    envelope = Envelope(
        message.key, message.to_name, message.to_email, message.language, settings.mail_from
    )
    return outgoing(written, envelope)


def write(session: Session, message: MailMessage, settings: MailSettings) -> Written | None:
    """Subject, text and HTML of a queued row from its templates, in its language."""
    rendered = COMPOSERS[message.kind](session, message, settings)
    if rendered is None:
        return None
    context = {**rendered.context, "language": message.language, "name": message.to_name}
    return Written(
        subject=rendered.subject,
        text=TEMPLATES.get_template(f"{message.kind}.txt").render(context),
        html=TEMPLATES.get_template(f"{message.kind}.html").render(context),
        unsubscribe=context.get("stop_link"),
    )


def stop_digests_token(secret_key: str, contact_id: int) -> str:
    return URLSafeSerializer(secret_key, salt=DIGEST_SALT).dumps(contact_id)


def contact_of_stop_token(secret_key: str, token: str) -> int | None:
    """The contact a stop-digests link was made for; None if it was not made by us."""
    try:
        value = URLSafeSerializer(secret_key, salt=DIGEST_SALT).loads(token)
    except Exception:  # itsdangerous.BadData and kin: a forged or damaged link
        return None
    return value if isinstance(value, int) else None


def prefetch_invitations(session: Session, messages: list[MailMessage]) -> None:
    """Load the invitations (with networks and rounds) a batch of round messages needs in
    one query; the cache keeps them referenced, so each is read once per batch."""
    wanted = {
        (m.params["round_id"], m.params["network_id"])
        for m in messages
        if "round_id" in m.params and "network_id" in m.params
    }
    session.info.setdefault(INVITATIONS, {}).update(invitations_of(session, wanted))


def _round_mail(
    session: Session, message: MailMessage, settings: MailSettings,
    statuses: tuple[str, ...] = ("open",),
) -> tuple[Round, Network, Invitation] | None:  # fmt: skip
    """The round, network and invitation a round message is about; None if moot (the
    round is no longer in one of `statuses`) unless the message is read again."""
    params = message.params
    key = (params["round_id"], params["network_id"])
    cache = session.info.get(INVITATIONS)
    if cache is None or key not in cache:
        prefetch_invitations(session, [message])
    invitation = session.info[INVITATIONS].get(key)
    if invitation is None or (invitation.round.status not in statuses and not settings.again):
        return None
    return invitation.round, invitation.network, invitation


def _round_context(
    round_: Round, network: Network, invitation: Invitation, message: MailMessage,
    settings: MailSettings,
) -> dict[str, Any]:  # fmt: skip
    language = message.language
    return {
        "title": pick(round_.title, language),
        "purpose": pick(round_.purpose, language),
        "network": network_name(network, language),
        "closes": local_time(round_.closes_at, settings.zone),
        "link": _link(invitation, settings, language),
    }


def _link(invitation: Invitation, settings: MailSettings, language: str, page: str = "") -> str:
    token = settings.shown(link_of(invitation, settings.secret_key))
    return f"{settings.public_url}/r/{token}{page}?lang={language}"


def _invitation(session: Session, message: MailMessage, settings: MailSettings) -> Rendered | None:
    found = _round_mail(session, message, settings)
    if found is None:
        return None
    context = _round_context(*found, message, settings)
    return Rendered(t("mail_invitation_subject", message.language, title=context["title"]), context)


def _new_link(session: Session, message: MailMessage, settings: MailSettings) -> Rendered | None:
    """A network's replacement link (staff re-issued it): sent while the round is open."""
    found = _round_mail(session, message, settings)
    if found is None:
        return None
    context = _round_context(*found, message, settings)
    return Rendered(
        t("safe_mail_new_link_subject", message.language, title=context["title"]), context
    )


def _reminder(session: Session, message: MailMessage, settings: MailSettings) -> Rendered | None:
    found = _round_mail(session, message, settings)
    if found is None or (found[2].status == "submitted" and not settings.again):
        return None  # never remind a network that has answered
    context = _round_context(*found, message, settings)
    subject = t(
        "mail_reminder_subject", message.language, title=context["title"],
        days=message.params["days"],
    )  # fmt: skip
    return Rendered(subject, context)


def _receipt(session: Session, message: MailMessage, settings: MailSettings) -> Rendered | None:
    params = message.params
    row = submitted_version(session, params["round_id"], params["network_id"], params["version"])
    if row is None:
        return None
    round_, network, version, invitation = row
    language = message.language
    answers = [
        {
            "question": pick(q["text"], language),
            "answer": answer_text(q, version.answers.get(q["key"]), language),
        }
        for q in round_.questionnaire
    ]
    context = {
        "title": pick(round_.title, language),
        "network": network_name(network, language),
        "version": version.number,
        "received": local_time(version.created_at, settings.zone),
        "closes": local_time(round_.closes_at, settings.zone),
        "answers": answers,
        # The answer can be changed only while the round is open: then the receipt carries
        # the network's own link to do it.
        "link": _link(invitation, settings, language) if round_.status == "open" else None,
    }
    return Rendered(t("mail_receipt_subject", language, title=context["title"]), context)


def answer_text(question: dict[str, Any], answer: Any, language: str) -> str:
    """An answer as a person reads it (option texts, scale words, ranks in order): each
    question type words its own (`consult.questions`)."""
    if is_blank(answer):
        return t("no_answer", language)
    return question_type(question["type"]).answer_text(question, answer, language)


def _clarification(
    session: Session, message: MailMessage, settings: MailSettings
) -> Rendered | None:
    found = _round_mail(session, message, settings, ("open", "closed"))
    followup = find_followup(session, message.params["followup_id"])
    if found is None or followup is None:
        return None
    context = _followup_context(found, followup, message, settings)
    context.update(clarification_view(session, found[0], found[1].id, followup, message.language))
    subject = t("mail_clarification_subject", message.language, title=context["title"])
    return Rendered(subject, context)


def clarification_view(
    session: Session, round_: Round, network_id: int, followup: Followup, language: str
) -> dict[str, Any]:
    """The question as the network reads it: in its language, with its own answer."""
    asked = round_.question(followup.question_key) if followup.question_key else None
    answered = None
    if asked is not None:
        submitted = submitted_answers(session, round_.id, network_id)
        if submitted is not None:
            answered = answer_text(asked, submitted.get(asked["key"]), language)
    return {
        "question": pick(followup.question or {}, language),
        "about": pick(asked["text"], language) if asked else None,
        "answered": answered,
    }


def _validation(session: Session, message: MailMessage, settings: MailSettings) -> Rendered | None:
    found = _round_mail(session, message, settings, ("closed",))
    followup = find_followup(session, message.params["followup_id"])
    common = validated_response(session, followup) if followup is not None else None
    if found is None or followup is None or common is None:
        return None
    context = _followup_context(found, followup, message, settings)
    context.update(validation_view(common, message.language))
    subject = t("mail_validation_subject", message.language, title=context["title"])
    return Rendered(subject, context)


def validation_view(common: dict[str, Any], language: str) -> dict[str, Any]:
    """The approved common response in one language: what was said, what the body will do
    and the counts behind it, as sentences ("32 of 34 networks"; "Umbrella networks: 9 of 10")."""
    return {
        "statement": pick(common["statement"], language),
        "commitments": pick(common["commitments"], language) if common["commitments"] else "",
        "answered": _answered(common["response_count"], common["invited"], language),
        "common": [
            {
                "label": pick(p["label"], language),
                "counts": _held(p, language),
                "tentative": p["tentative"],
            }
            for p in common["common"]
        ],
        "divisions": [
            {
                "label": pick(d["label"], language),
                "splits": [_split(split, language) for split in d["splits"]],
            }
            for d in common["divisions"]
        ],
    }


def _split(split: dict[str, Any], language: str) -> dict[str, Any]:
    grouping = split["grouping"]
    key = f"grouping_{grouping}"
    return {
        "label": pick(split["label"], language),
        "grouping": t(key, language) if key in CATALOG else grouping,
        "groups": [
            t(
                "cr_group_held",
                language,
                group=group_label(grouping, group, language),
                held=count["held"],
                n=count["n"],
            )
            for group, count in split["groups"].items()
        ],
    }


def _answered(answered: int, invited: int | None, language: str) -> str:
    if not invited:
        return ""
    rate = round(100 * answered / invited)
    return t("results_answered", language, answered=answered, invited=invited, rate=rate)


def _held(position: dict[str, Any], language: str) -> str:
    if position["held"] is None:  # a summary computed before positions carried counts
        return t("validation_share", language, share=round(100 * position["share"]))
    return t("cr_held_of", language, held=position["held"], n=position["n"])


def _followup_context(
    found: tuple[Round, Network, Invitation], followup: Followup, message: MailMessage,
    settings: MailSettings,
) -> dict[str, Any]:  # fmt: skip
    round_, network, invitation = found
    return {
        "title": pick(round_.title, message.language),
        "network": network_name(network, message.language),
        "link": _link(invitation, settings, message.language, f"/followups/{followup.id}"),
    }


def _digest(session: Session, message: MailMessage, settings: MailSettings) -> Rendered | None:
    params = message.params
    week = datetime.fromisoformat(params["week_start"])
    language = message.language
    if params["audience"] == "staff":
        context = staff_digest(session, week, week + timedelta(days=7), settings.zone, language)
        context["rounds_url"] = f"{settings.public_url}/api/v1/rounds"  # staff follow its links
    else:
        contact = find_contact(session, params["contact_id"])
        if contact is None or not contact.digests:
            return None
        context = contact_digest(
            session, contact, week, settings.zone, language,
            lambda invitation: _link(invitation, settings, language),
        )  # fmt: skip
        stop = settings.shown(stop_digests_token(settings.secret_key, contact.id))
        context["stop_link"] = f"{settings.public_url}/digests/stop/{stop}"
    subject = t("mail_digest_subject", language, date=week.strftime("%Y-%m-%d"))
    return Rendered(subject, context)


def summary_line(summary: dict[str, Any], language: str) -> str:
    """A digest's summary with every number named: "version 4 · 12 answers · as of 2 Dec
    2026 18:45", not "(v4, 12, 2026-12-02 18:45)"."""
    count = summary["responses"]
    answers = t("answer_count_one" if count == 1 else "answer_count", language, count=count)
    line = t(
        "mail_digest_summary", language, version=summary["version"], answers=answers,
        date=summary["as_of"],
    )  # fmt: skip
    return f"{line} · {t('mail_digest_final', language)}" if summary["final"] else line


TEMPLATES.globals.update(t=t, pick=pick, summary_line=summary_line)


def _webhook_disabled(
    session: Session, message: MailMessage, settings: MailSettings
) -> Rendered | None:
    subscription = session.get(WebhookSubscription, message.params["subscription_id"])
    if subscription is None or subscription.active:
        return None  # deleted, or turned back on since: nothing to tell
    hook_url = f"{settings.public_url}/api/v1/webhooks/{subscription.id}"
    context = {
        "url": subscription.url,
        "description": subscription.description,
        "reason": subscription.disabled_reason or "",
        "disabled": local_time(subscription.disabled_at, settings.zone),
        "deliveries_url": f"{hook_url}/deliveries",
        "enable_url": f"{hook_url}/enable",
    }
    return Rendered(
        t("mail_webhook_disabled_subject", message.language, url=subscription.url), context
    )


COMPOSERS: dict[str, Callable[[Session, MailMessage, MailSettings], Rendered | None]] = {
    "invitation": _invitation,
    "new_link": _new_link,
    "reminder": _reminder,
    "receipt": _receipt,
    "digest": _digest,
    "clarification": _clarification,
    "validation": _validation,
    "webhook_disabled": _webhook_disabled,
}
