"""Follow-ups staff send during and after a round, and what staff see of the replies.

A reminder nudges networks that have not answered; a clarification asks chosen networks a
bilingual question about their submission; a validation puts the common response staff
approved to the networks (opened by the approval, see domain/common_responses.py). Each
queues its mail in the same transaction, under keys that make a repeated request send
nothing twice.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from consult.domain import outbox
from consult.domain.due_mail import followup_keys, queue_followup
from consult.domain.errors import Conflict, Invalid, NotFound, message, status_conflict
from consult.domain.idempotency import request_digest, require_same_request
from consult.domain.rounds import get_round
from consult.models import (
    CommonResponseVersion,
    Followup,
    FollowupReply,
    Invitation,
    MailMessage,
    Network,
    Response,
    Round,
    Summary,
)
from consult.models.followups import FollowupNetwork


@dataclass(frozen=True)
class FollowupRequest:
    kind: str
    networks: list[int] | None = None
    question: dict[str, str] | None = None
    question_key: str | None = None
    idempotency_key: str | None = None

    @classmethod
    def of(cls, body: Mapping[str, Any], idempotency_key: str | None) -> FollowupRequest:
        """From a body the API's FollowupCreateSchema has checked (the API and the console)."""
        return cls(
            kind=body["kind"],
            networks=body.get("networks"),
            question=body.get("question"),
            question_key=body.get("question_key"),
            idempotency_key=idempotency_key,
        )


@dataclass
class Sent:
    followup: Followup
    queued: int
    replayed: bool = False


@dataclass
class NetworkReplies:
    network: Network
    latest: FollowupReply | None
    earlier: int


@dataclass
class FollowupReport:
    followup: Followup
    networks: list[NetworkReplies]
    tally: dict[str, int]
    mail: dict[str, int] = field(default_factory=dict)


def send_followup(
    session: Session, round_id: int, request: FollowupRequest, now: datetime, created_by: str
) -> Sent:
    """Record a follow-up and queue its mail; a rule it breaks is a Conflict or Invalid."""
    round_ = get_round(session, round_id, for_update=True)
    digest = None
    if request.idempotency_key:
        digest = request_digest(
            {
                "kind": request.kind,
                "networks": request.networks,
                "question": request.question,
                "question_key": request.question_key,
            }
        )
        earlier = session.scalar(
            select(Followup).where(
                Followup.round_id == round_id, Followup.idempotency_key == request.idempotency_key
            )
        )
        if earlier is not None:
            require_same_request(earlier.request_digest, digest)
            return Sent(earlier, 0, replayed=True)
    if request.kind == "validation":
        followup = _validation(session, round_, request.networks)
    else:
        targets = (
            _unanswered(session, round_, request.networks)
            if request.kind == "reminder"
            else _clarified(session, round_, request)
        )
        followup = Followup(
            round_id=round_.id,
            kind=request.kind,
            question=request.question,
            question_key=request.question_key,
            network_ids=targets,
        )
    followup.created_by = created_by
    followup.created_at = now
    followup.idempotency_key = request.idempotency_key
    followup.request_digest = digest
    session.add(followup)
    session.flush()
    queued = queue_followup(session, followup, _days_left(round_, now))
    outbox.record(
        session,
        "followup.sent",
        "followup",
        followup.id,
        {
            "round_id": round_.id,
            "kind": followup.kind,
            "networks": list(followup.network_ids),
            "queued": queued,
        },
    )
    return Sent(followup, queued)


def list_followups(session: Session, round_id: int) -> list[FollowupReport]:
    get_round(session, round_id)
    found = session.scalars(
        select(Followup)
        .where(Followup.round_id == round_id)
        .options(selectinload(Followup.addressed))
        .order_by(Followup.id)
    ).all()
    return [_report(session, followup) for followup in found]


def find_followup(session: Session, followup_id: int) -> Followup | None:
    return session.get(Followup, followup_id)


def followup_report(session: Session, round_id: int, followup_id: int) -> FollowupReport:
    """Who was asked, each network's latest reply, the tally and the mail's progress."""
    followup = session.get(Followup, followup_id)
    if followup is None or followup.round_id != round_id:
        raise NotFound("refused_no_followup", round=round_id, followup=followup_id)
    return _report(session, followup)


def _report(session: Session, followup: Followup) -> FollowupReport:
    networks = session.scalars(
        select(Network)
        .join(FollowupNetwork, FollowupNetwork.network_id == Network.id)
        .where(FollowupNetwork.followup_id == followup.id)
        .order_by(FollowupNetwork.position)
    ).all()
    replies: dict[int, list[FollowupReply]] = {}
    for reply in session.scalars(
        select(FollowupReply)
        .where(FollowupReply.followup_id == followup.id)
        .order_by(FollowupReply.network_id, FollowupReply.number)
    ):
        replies.setdefault(reply.network_id, []).append(reply)
    rows = [
        NetworkReplies(
            network,
            replies[network.id][-1] if network.id in replies else None,
            max(len(replies.get(network.id, [])) - 1, 0),
        )
        for network in networks
    ]
    return FollowupReport(followup, rows, _tally(followup, rows), _mail_progress(session, followup))


def _tally(followup: Followup, rows: list[NetworkReplies]) -> dict[str, int]:
    if followup.kind == "reminder":
        return {}
    counted = Counter(
        (row.latest.verdict or "replied") if row.latest else "no_reply" for row in rows
    )
    names = ("confirm", "contest") if followup.kind == "validation" else ("replied",)
    return {name: counted[name] for name in (*names, "no_reply")}


def _mail_progress(session: Session, followup: Followup) -> dict[str, int]:
    rows = session.execute(
        select(MailMessage.status, func.count())
        .where(MailMessage.key.like(followup_keys(followup, contact="%")))
        .group_by(MailMessage.status)
    )
    return {status: count for status, count in rows}


def _validation(session: Session, round_: Round, networks: list[int] | None) -> Followup:
    """The one validation of a closed round: the approved common response, to the networks."""
    if round_.status != "closed":
        raise status_conflict("refused_validate_not_closed", round_.id, round_.status)
    approval = approval_of(session, round_.id)
    if approval is None:
        raise Conflict(
            "refused_validate_unapproved",
            {"common_response": ["refused_not_approved"]},
            round=round_.id,
        )
    existing = validation_of(session, round_.id)
    if existing is not None:
        raise Conflict(
            "refused_validation_sent",
            {"kind": ["refused_validation_already_sent"]},
            round=round_.id,
            followup=existing.id,
        )
    invited = _invited(session, round_.id)
    return Followup(
        round_id=round_.id,
        kind="validation",
        summary_id=approval.summary_id,
        network_ids=_chosen(invited, networks) if networks else invited,
    )


def _unanswered(session: Session, round_: Round, networks: list[int] | None) -> list[int]:
    if round_.status != "open":
        raise status_conflict("refused_remind_not_open", round_.id, round_.status)
    waiting = list(
        session.scalars(
            select(Invitation.network_id)
            .where(Invitation.round_id == round_.id, Invitation.status != "submitted")
            .order_by(Invitation.network_id)
        )
    )
    if networks:
        chosen = set(_chosen(_invited(session, round_.id), networks))
        waiting = [network_id for network_id in waiting if network_id in chosen]
    if not waiting:
        raise Conflict("refused_nobody_to_remind", {"networks": ["refused_all_answered"]})
    return waiting


def _clarified(session: Session, round_: Round, request: FollowupRequest) -> list[int]:
    if round_.status not in ("open", "closed"):
        raise status_conflict("refused_clarify_status", round_.id, round_.status)
    if request.question_key is not None and round_.question(request.question_key) is None:
        raise Invalid(
            "refused_no_question",
            {"question_key": ["unknown_question"]},
            round=round_.id,
            question=request.question_key,
        )
    chosen = _chosen(_invited(session, round_.id), request.networks or [])
    submitted = set(
        session.scalars(
            select(Response.network_id).where(
                Response.round_id == round_.id,
                Response.submitted_version_id.is_not(None),
                Response.network_id.in_(chosen),
            )
        )
    )
    silent = [network_id for network_id in chosen if network_id not in submitted]
    if silent:
        not_submitted = [message("refused_network_not_submitted", network=n) for n in silent]
        raise Invalid("refused_clarify_unsubmitted", {"networks": not_submitted})
    return chosen


def _chosen(invited: list[int], networks: list[int]) -> list[int]:
    """The networks asked for, in order and once each; each must be invited to the round."""
    known = set(invited)
    strangers = [network_id for network_id in networks if network_id not in known]
    if strangers:
        not_invited = [message("refused_network_not_invited", network=n) for n in strangers]
        raise Invalid("refused_followup_strangers", {"networks": not_invited})
    return list(dict.fromkeys(networks))


def _invited(session: Session, round_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Invitation.network_id)
            .where(Invitation.round_id == round_id)
            .order_by(Invitation.network_id)
        )
    )


def validation_of(session: Session, round_id: int) -> Followup | None:
    return session.scalar(
        select(Followup).where(Followup.round_id == round_id, Followup.kind == "validation")
    )


def _days_left(round_: Round, now: datetime) -> int | None:
    if round_.closes_at is None:
        return None
    return max(math.ceil((round_.closes_at - now).total_seconds() / 86400), 0)


def approval_of(session: Session, round_id: int) -> CommonResponseVersion | None:
    """The approved common response of a round (at most one), or None."""
    return session.scalar(
        select(CommonResponseVersion).where(
            CommonResponseVersion.round_id == round_id, CommonResponseVersion.kind == "approval"
        )
    )


def validated_response(session: Session, followup: Followup) -> dict[str, Any] | None:
    """What a validation puts to the networks: the approved common response."""
    approval = approval_of(session, followup.round_id)
    summary_id = approval.summary_id if approval else followup.summary_id
    summary = session.get(Summary, summary_id) if summary_id else None
    return approved_response(approval, summary.data) if summary else None


def approved_response(
    approval: CommonResponseVersion | None, data: dict[str, Any]
) -> dict[str, Any]:
    """The text staff approved, what the body will do, and the counts behind it from the
    summary it was drafted from (`data`). Without an approval, the computed narrative:
    rounds closed before staff review existed were sent for validation as computed."""
    return {
        "statement": approval.statement if approval else data["common_response"]["narrative"],
        "commitments": approval.commitments if approval else {},
        "approved_at": approval.created_at if approval else None,
        **counts_behind(data),
    }


def counts_behind(data: dict[str, Any]) -> dict[str, Any]:
    """The counts a common response rests on, from its summary: who answered, the common
    positions (held of n) and the divisions (each grouping's split, per-group counts)."""
    common = data["common_response"]
    return {
        "response_count": data["response_count"],
        "invited": data.get("invited"),
        "response_rate": data.get("response_rate"),
        "common": [
            {
                "question": p["question"],
                "label": p["label"],
                "held": p.get("held"),  # summaries computed before issue 11 have only the share
                "n": p["n"],
                "share": p["share"],
                "tentative": p.get("tentative", False),
            }
            for p in common["common"]
        ],
        "divisions": [
            {
                "question": d["question"],
                "label": d["label"],
                "grouping": d["grouping"],
                "gap": d["gap"],
                "splits": d.get("splits", []),
            }
            for d in common["divisions"]
        ],
    }
