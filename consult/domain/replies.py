"""A network replies to a follow-up with its own invitation link.

The link already proves which network is asking, so it sees only the follow-ups sent to
it and only its own replies. A reply is added, never changed; the latest one counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, NoReturn

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consult.domain.errors import Conflict, Invalid, Message, NotFound, round_status
from consult.domain.followups import validated_response
from consult.domain.idempotency import request_digest, require_same_request
from consult.domain.invitations import find_by_token
from consult.models import MAX_REPLY, VERDICTS, Followup, FollowupReply, Invitation, Response
from consult.models.followups import FollowupNetwork

ANSWERED_KINDS = ("clarification", "validation")


@dataclass(frozen=True)
class ReplyEntry:
    text: str
    verdict: str | None
    language: str | None
    channel: str
    idempotency_key: str | None = None


@dataclass
class Addressed:
    followup: Followup
    latest: FollowupReply | None
    common_response: dict[str, Any] | None


def followups_of(
    session: Session, token: str, *, for_update: bool = False
) -> tuple[Invitation, list[Addressed]]:
    """The clarifications and validation sent to the link's network, with its latest replies."""
    invitation = find_by_token(session, token, for_update=for_update)
    mine = session.scalars(
        select(Followup)
        .join(FollowupNetwork, FollowupNetwork.followup_id == Followup.id)
        .where(
            Followup.round_id == invitation.round_id,
            Followup.kind.in_(ANSWERED_KINDS),
            FollowupNetwork.network_id == invitation.network_id,
        )
        .order_by(Followup.id)
    ).all()
    return invitation, [
        Addressed(
            followup,
            _latest(session, followup.id, invitation.network_id),
            validated_response(session, followup),
        )
        for followup in mine
    ]


def followup_for(
    session: Session, token: str, followup_id: int, *, for_update: bool = False
) -> tuple[Invitation, Addressed]:
    """One follow-up sent to the link's network; NotFound for any other."""
    invitation, addressed = followups_of(session, token, for_update=for_update)
    for item in addressed:
        if item.followup.id == followup_id:
            return invitation, item
    raise NotFound("unknown_link", language=invitation.network.language)


def reply(
    session: Session, token: str, followup_id: int, entry: ReplyEntry, now: datetime
) -> tuple[FollowupReply, bool]:
    """Record a reply against the network's response; (reply, True) if it is a replay."""
    # The invitation row lock makes one network's replies count up one after the other.
    invitation, addressed = followup_for(session, token, followup_id, for_update=True)
    followup = addressed.followup
    language = entry.language or invitation.network.language
    digest = None
    if entry.idempotency_key:
        digest = request_digest({"verdict": entry.verdict, "text": entry.text.strip()})
        earlier = session.scalar(
            select(FollowupReply).where(
                FollowupReply.followup_id == followup.id,
                FollowupReply.network_id == invitation.network_id,
                FollowupReply.idempotency_key == entry.idempotency_key,
            )
        )
        if earlier is not None:
            require_same_request(earlier.request_digest, digest, language)
            return earlier, True
    if invitation.round.status == "published":
        raise Conflict("replies_closed", {"status": [round_status("published")]}, language=language)
    verdict, body = _checked(followup, entry, language)
    number = (
        session.scalar(
            select(func.max(FollowupReply.number)).where(
                FollowupReply.followup_id == followup.id,
                FollowupReply.network_id == invitation.network_id,
            )
        )
        or 0
    ) + 1
    saved = FollowupReply(
        followup_id=followup.id,
        network_id=invitation.network_id,
        response_id=session.scalar(
            select(Response.id).where(
                Response.round_id == invitation.round_id,
                Response.network_id == invitation.network_id,
            )
        ),
        number=number,
        verdict=verdict,
        body=body,
        language=language,
        channel=entry.channel,
        idempotency_key=entry.idempotency_key,
        request_digest=digest,
        created_at=now,
    )
    session.add(saved)
    session.flush()
    return saved, False


def replies_to(session: Session, response_id: int) -> list[FollowupReply]:
    """Every reply recorded against a response, oldest first: what staff read beside it."""
    return list(
        session.scalars(
            select(FollowupReply)
            .where(FollowupReply.response_id == response_id)
            .order_by(FollowupReply.id)
        )
    )


def _checked(followup: Followup, entry: ReplyEntry, language: str) -> tuple[str | None, str]:
    """The verdict and text to keep, or Invalid naming the field at fault."""
    body = entry.text.strip()
    if "\x00" in body:
        _refuse("text", "nul_character", language)
    if len(body) > MAX_REPLY:
        _refuse("text", "too_long", language, limit=MAX_REPLY, given=len(body))
    if followup.kind == "clarification":
        if entry.verdict is not None:
            _refuse("verdict", "verdict_not_asked", language)
        if not body:
            _refuse("text", "reply_needs_text", language)
        return None, body
    if entry.verdict not in VERDICTS:
        _refuse("verdict", "choose_verdict", language)
    if entry.verdict == "contest" and not body:
        _refuse("text", "contest_needs_comment", language)
    return entry.verdict, body


def _refuse(field: str, message: str, language: str, **values: Any) -> NoReturn:
    problem = Message(message, values)
    raise Invalid(message, {field: [problem]}, language=language, **values)


def _latest(session: Session, followup_id: int, network_id: int) -> FollowupReply | None:
    return session.scalar(
        select(FollowupReply)
        .where(FollowupReply.followup_id == followup_id, FollowupReply.network_id == network_id)
        .order_by(FollowupReply.number.desc())
        .limit(1)
    )
