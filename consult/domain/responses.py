"""A network answering a round: drafts, submissions and every version kept."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from consult.domain import due_mail, outbox
from consult.domain.answers import check_answers
from consult.domain.errors import Conflict, Invalid, NotFound
from consult.domain.idempotency import request_digest, require_same_request
from consult.domain.invitations import find_by_token, mark_opened
from consult.domain.paging import paginate
from consult.domain.rounds import get_round
from consult.i18n import text
from consult.models import Invitation, Network, Response, ResponseVersion, Round

# Drafts kept per link: a link saved in a loop cannot grow its storage without bound.
# Older drafts are removed; every submission is kept (it is the record).
DRAFTS_KEPT = 20


@dataclass(frozen=True)
class Saved:
    """A version just written, or the one an idempotent retry already wrote."""

    version: ResponseVersion
    replayed: bool


@dataclass(frozen=True)
class Submission:
    answers: Mapping[str, Any]
    language: str | None  # the network's own language when not given
    channel: str
    idempotency_key: str | None = None
    submitted_by: Mapping[str, str] | None = None


def latest_submissions(round_id: int, *columns: Any) -> Select[Any]:
    """`columns` of every network that submitted in the round, with its latest submission.

    What staff read, export and summarise: a draft saved after a submission is not in it.
    """
    return (
        select(*columns)
        .join(Response, Response.network_id == Network.id)
        .join(ResponseVersion, ResponseVersion.id == Response.submitted_version_id)
        .where(Response.round_id == round_id)
    )


def open_link(session: Session, token: str, now: datetime) -> tuple[Invitation, Response | None]:
    """What a network sees when it opens its link: its invitation and its response so far."""
    invitation = find_by_token(session, token, for_update=True)
    mark_opened(invitation, now)
    return invitation, _response_of(session, invitation)


def save_draft(session: Session, token: str, entry: Submission, now: datetime) -> Saved:
    """Keep a partial answer; every answer given must be valid, none is required yet."""
    return _save(session, token, entry, now, kind="draft")


def submit(session: Session, token: str, entry: Submission, now: datetime) -> Saved:
    """Record the network's answer, signed by its focal point; replaces an earlier one."""
    return _save(session, token, entry, now, kind="submission")


def _save(session: Session, token: str, entry: Submission, now: datetime, kind: str) -> Saved:
    # The invitation row lock makes saves of one network run one after the other.
    invitation = find_by_token(session, token, for_update=True)
    round_ = invitation.round
    response = _response_of(session, invitation)
    language = entry.language or invitation.network.language
    digest = _digest(entry, kind) if entry.idempotency_key else None
    if entry.idempotency_key and response is not None:
        earlier = _version_with_key(session, response.id, entry.idempotency_key)
        if earlier is not None:
            require_same_request(earlier.request_digest, digest, language)
            return Saved(earlier, replayed=True)
    _require_answerable(round_, now, language)
    errors = check_answers(
        round_.questionnaire, entry.answers, complete=kind == "submission", language=language
    )
    if errors:
        raise Invalid(
            text("answers_need_attention", language),
            {f"answers.{key}": problems for key, problems in errors.items()},
        )
    if response is None:
        response = Response(
            round_id=round_.id, network_id=invitation.network_id, invitation_id=invitation.id
        )
        session.add(response)
        session.flush()
    version = ResponseVersion(
        response_id=response.id,
        number=response.version_count + 1,
        kind=kind,
        answers=dict(entry.answers),
        language=language,
        channel=entry.channel,
        submitted_by=dict(entry.submitted_by) if entry.submitted_by else None,
        idempotency_key=entry.idempotency_key,
        request_digest=digest,
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(version)
            session.flush()
    except IntegrityError:
        # Same key raced past the check on a database without row locks: keep the first.
        earlier = _version_with_key(session, response.id, entry.idempotency_key or "")
        if earlier is None:
            raise
        require_same_request(earlier.request_digest, digest, language)
        return Saved(earlier, replayed=True)
    response.version_count = version.number
    response.current_version = version
    response.updated_at = now
    invitation.last_activity_at = now
    if kind == "submission":
        # A network that submits again changed its answer: `response.updated`, same payload.
        event = "response.updated" if response.submitted_at is not None else "response.submitted"
        response.status = "submitted"
        response.submitted_version = version
        response.submitted_at = now
        invitation.status = "submitted"
        invitation.submitted_at = now
        outbox.record(
            session,
            event,
            "response",
            response.id,
            {"round_id": round_.id, "network_id": invitation.network_id, "version": version.number},
        )
        due_mail.queue_receipt(session, round_.id, invitation.network_id, version.number)
    elif invitation.status == "pending":
        mark_opened(invitation, now)
    session.flush()
    if kind == "draft" and version.number > DRAFTS_KEPT:
        _prune_drafts(session, response.id)
    return Saved(version, replayed=False)


def _prune_drafts(session: Session, response_id: int) -> None:
    """Keep the newest DRAFTS_KEPT drafts of a response; submissions are all kept."""
    oldest_kept = session.scalar(
        select(ResponseVersion.number)
        .where(ResponseVersion.response_id == response_id, ResponseVersion.kind == "draft")
        .order_by(ResponseVersion.number.desc())
        .offset(DRAFTS_KEPT - 1)
        .limit(1)
    )
    if oldest_kept is not None:
        session.execute(
            delete(ResponseVersion)
            .where(
                ResponseVersion.response_id == response_id,
                ResponseVersion.kind == "draft",
                ResponseVersion.number < oldest_kept,
            )
            .execution_options(synchronize_session=False)
        )


def _digest(entry: Submission, kind: str) -> str:
    submitted_by = dict(entry.submitted_by) if entry.submitted_by else None
    return request_digest({"kind": kind, "answers": dict(entry.answers), "by": submitted_by})


def _require_answerable(round_: Round, now: datetime, language: str) -> None:
    """Answers change only while the round is open: after its close, a clear 409."""
    if round_.status != "open" or (round_.closes_at and now >= round_.closes_at):
        raise Conflict(
            text("round_closed", language),
            {"status": ["closed" if round_.status == "open" else round_.status]},
        )
    if round_.opens_at and now < round_.opens_at:
        raise Conflict(
            text("round_not_open_yet", language, date=f"{round_.opens_at:%Y-%m-%d %H:%M} UTC"),
            {"status": ["not yet open"]},
        )


def _response_of(session: Session, invitation: Invitation) -> Response | None:
    return session.scalar(
        select(Response).where(
            Response.round_id == invitation.round_id, Response.network_id == invitation.network_id
        )
    )


def _version_with_key(session: Session, response_id: int, key: str) -> ResponseVersion | None:
    return session.scalar(
        select(ResponseVersion).where(
            ResponseVersion.response_id == response_id, ResponseVersion.idempotency_key == key
        )
    )


def submitted_version(
    session: Session, round_id: int, network_id: int, number: int
) -> tuple[Round, Network, ResponseVersion, Invitation] | None:
    """A network's version `number` of its answer to a round, with what a receipt names."""
    row = session.execute(
        select(Round, Network, ResponseVersion, Invitation)
        .join(Response, Response.round_id == Round.id)
        .join(Network, Network.id == Response.network_id)
        .join(ResponseVersion, ResponseVersion.response_id == Response.id)
        .join(Invitation, Invitation.id == Response.invitation_id)
        .where(
            Round.id == round_id,
            Response.network_id == network_id,
            ResponseVersion.number == number,
        )
    ).one_or_none()
    return None if row is None else (row[0], row[1], row[2], row[3])


def submitted_answers(session: Session, round_id: int, network_id: int) -> dict[str, Any] | None:
    """The answers a network submitted last to a round; None before it submits."""
    answers: dict[str, Any] | None = session.scalar(
        select(ResponseVersion.answers)
        .join(Response, Response.submitted_version_id == ResponseVersion.id)
        .where(Response.round_id == round_id, Response.network_id == network_id)
    )
    return answers


def list_responses(
    session: Session, round_id: int, page: int, page_size: int
) -> tuple[list[Response], int]:
    """Staff view: each network's response, its latest submission and status."""
    get_round(session, round_id)
    query = (
        select(Response)
        .where(Response.round_id == round_id)
        .options(
            joinedload(Response.network),
            joinedload(Response.submitted_version),
            joinedload(Response.current_version),
        )
    )
    return paginate(session, query, (Response.id,), page, page_size)


def response_history(
    session: Session, round_id: int, network_id: int
) -> tuple[Response, list[ResponseVersion]]:
    """A network's response and every version it ever saved, oldest first."""
    response = session.scalar(
        select(Response)
        .where(Response.round_id == round_id, Response.network_id == network_id)
        .options(joinedload(Response.network))
    )
    if response is None:
        raise NotFound(f"Network {network_id} has not answered round {round_id}.")
    versions = session.scalars(
        select(ResponseVersion)
        .where(ResponseVersion.response_id == response.id)
        .order_by(ResponseVersion.number)
    )
    return response, list(versions)
