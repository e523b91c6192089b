"""A network answering a round: drafts, submissions and every version kept."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload, lazyload

from consult.domain import due_mail, outbox
from consult.domain import response_writes as writes
from consult.domain.errors import Conflict, Invalid, NotFound, round_status
from consult.domain.idempotency import request_digest, require_same_request
from consult.domain.invitations import mark_opened, unknown_link
from consult.domain.paging import paginate
from consult.domain.response_checks import answer_problems
from consult.domain.rounds import get_round
from consult.domain.tokens import token_hash
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
class Entry:
    """What a network sends at its link, to keep as a draft or to submit."""

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


@dataclass(frozen=True)
class Link:
    """What a link opens, read in one query: the invitation (row-locked), its round and
    network, and the network's response to the round so far."""

    invitation: Invitation
    round: Round
    network: Network
    response: Response | None


def open_link(session: Session, token: str, now: datetime) -> tuple[Invitation, Response | None]:
    """What a network sees when it opens its link: its invitation and its response so far."""
    link = _link(session, token)
    mark_opened(link.invitation, now)
    return link.invitation, link.response


def save_draft(session: Session, token: str, entry: Entry, now: datetime) -> Saved:
    """Keep a partial answer; every answer given must be valid, none is required yet."""
    return _save(session, token, entry, now, kind="draft")


def submit(session: Session, token: str, entry: Entry, now: datetime) -> Saved:
    """Record the network's answer, signed by its focal point; replaces an earlier one."""
    return _save(session, token, entry, now, kind="submission")


def _save(session: Session, token: str, entry: Entry, now: datetime, kind: str) -> Saved:
    # The hot path at a deadline: each statement is a round trip, and
    # tests/api/test_submission_round_trips.py holds their number down.
    link = _link(session, token)
    invitation, round_ = link.invitation, link.round
    language = entry.language or link.network.language
    digest = _digest(entry, kind) if entry.idempotency_key else None
    if entry.idempotency_key and link.response is not None:
        earlier = _version_with_key(session, link.response.id, entry.idempotency_key)
        if earlier is not None:
            require_same_request(earlier.request_digest, digest, language)
            return Saved(earlier, replayed=True)
    _require_answerable(round_, now, language)
    errors = answer_problems(round_.questionnaire, entry.answers, complete=kind == "submission")
    if errors:
        raise Invalid(
            "answers_need_attention",
            {f"answers.{key}": problems for key, problems in errors.items()},
            language=language,
        )
    written = _write_version(session, invitation, entry, kind, language, digest, now)
    if isinstance(written, Replayed):
        require_same_request(written.version.request_digest, digest, language)
        return Saved(written.version, replayed=True)
    version = written.version
    invitation.last_activity_at = now
    if kind == "submission":
        # A network that submits again changed its answer: `response.updated`, same payload.
        event = "response.updated" if written.submitted_before else "response.submitted"
        invitation.status = "submitted"
        invitation.submitted_at = now
        outbox.record(
            session,
            event,
            "response",
            version.response_id,
            {"round_id": round_.id, "network_id": invitation.network_id, "version": version.number},
        )
        due_mail.queue_receipt(session, round_.id, invitation.network_id, version)
    elif invitation.status == "pending":
        mark_opened(invitation, now)
    writes.point_at(session, version, now)
    if link.response is not None:
        session.expire(link.response)  # written above without the ORM: read it afresh
    if kind == "draft" and version.number > DRAFTS_KEPT:
        _prune_drafts(session, version.response_id)
    return Saved(version, replayed=False)


# Built once (consult/domain/response_writes.py says why).
_LINK = (
    select(Invitation, Round, Network, Response)
    .join(Round, Round.id == Invitation.round_id)
    .join(Network, Network.id == Invitation.network_id)
    .outerjoin(
        Response,
        (Response.round_id == Invitation.round_id) & (Response.network_id == Invitation.network_id),
    )
    .where(Invitation.token_hash == bindparam("token_hash"))
    .options(lazyload(Network.contacts), lazyload(Network.sectors))
    .with_for_update(of=Invitation)
)


def _link(session: Session, token: str) -> Link:
    """The link's invitation, row-locked (saves of one network run one after the other),
    with its round, network and response, in one statement.

    When the lock had to wait, PostgreSQL hands back the invitation as the other save left
    it but the response as it was before (the statement's snapshot): the response read
    here serves to show the network its answer and to look up an idempotency key (its id
    never changes); a save numbers its version with an upsert that reads the response
    afresh (`count_version`). The network's contacts and sectors, which nothing here
    reads, are left unloaded.
    """
    row = session.execute(_LINK, {"token_hash": token_hash(token)}).one_or_none()
    if row is None:
        raise unknown_link(session, token)
    return Link(*row)


@dataclass(frozen=True)
class Written:
    version: ResponseVersion
    submitted_before: bool  # the response had a submission before this version


@dataclass(frozen=True)
class Replayed:
    version: ResponseVersion  # what an earlier request with the same key wrote


def _write_version(
    session: Session,
    invitation: Invitation,
    entry: Entry,
    kind: str,
    language: str,
    digest: str | None,
    now: datetime,
) -> Written | Replayed:
    """Number and insert the next version of the network's response (creating the response
    on its first save): an upsert that counts the version, then the version's INSERT.

    With an Idempotency-Key both run in a savepoint: should a request with the same key
    have raced past the check (the row lock makes that all but impossible), its unique
    key keeps the first version. Without a key there is nothing to keep and no savepoint.
    """
    if entry.idempotency_key is None:
        return _insert_version(session, invitation, entry, kind, language, digest, now)
    try:
        with session.begin_nested():
            return _insert_version(session, invitation, entry, kind, language, digest, now)
    except IntegrityError:
        earlier = session.scalar(
            select(ResponseVersion)
            .join(Response, Response.id == ResponseVersion.response_id)
            .where(
                Response.round_id == invitation.round_id,
                Response.network_id == invitation.network_id,
                ResponseVersion.idempotency_key == entry.idempotency_key,
            )
        )
        if earlier is None:
            raise
        return Replayed(earlier)


def _insert_version(
    session: Session,
    invitation: Invitation,
    entry: Entry,
    kind: str,
    language: str,
    digest: str | None,
    now: datetime,
) -> Written:
    counted = writes.count_version(
        session, invitation.round_id, invitation.network_id, invitation.id, now
    )
    version = writes.insert_version(
        session,
        {
            "response_id": counted.response_id,
            "number": counted.number,
            "kind": kind,
            "answers": dict(entry.answers),
            "language": language,
            "channel": entry.channel,
            "submitted_by": dict(entry.submitted_by) if entry.submitted_by else None,
            "idempotency_key": entry.idempotency_key,
            "request_digest": digest,
            "created_at": now,
        },
    )
    return Written(version, counted.submitted_before)


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


def _digest(entry: Entry, kind: str) -> str:
    submitted_by = dict(entry.submitted_by) if entry.submitted_by else None
    return request_digest({"kind": kind, "answers": dict(entry.answers), "by": submitted_by})


def round_closed(round_: Round, now: datetime) -> bool:
    """Answers can no longer change: staff closed the round, or its closing time passed
    (before the task that closes it has run)."""
    return round_.status != "open" or bool(round_.closes_at and now >= round_.closes_at)


def closed_on(round_: Round) -> datetime | None:
    """When a closed round stopped taking answers: staff's early close or its closing time,
    whichever came first (the task that closes it on time runs a little after)."""
    moments = [moment for moment in (round_.closed_at, round_.closes_at) if moment]
    return min(moments) if moments else None


def _require_answerable(round_: Round, now: datetime, language: str) -> None:
    """Answers change only while the round is open: after its close, a clear 409."""
    if round_closed(round_, now):
        status = round_status("closed" if round_.status == "open" else round_.status)
        raise Conflict("round_closed", {"status": [status]}, language=language)
    if round_.opens_at and now < round_.opens_at:
        raise Conflict(
            "round_not_open_yet",
            {"status": [round_status("not_yet_open")]},
            language=language,
            date=f"{round_.opens_at:%Y-%m-%d %H:%M} UTC",
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
        raise NotFound("refused_not_answered", network=network_id, round=round_id)
    versions = session.scalars(
        select(ResponseVersion)
        .where(ResponseVersion.response_id == response.id)
        .order_by(ResponseVersion.number)
    )
    return response, list(versions)


def responses_of_network(session: Session, network_id: int) -> list[tuple[Response, Round]]:
    """A network's response to each round it answered, newest round first: its history
    on its page in the console."""
    rows = session.execute(
        select(Response, Round)
        .join(Round, Round.id == Response.round_id)
        .where(Response.network_id == network_id)
        .options(joinedload(Response.submitted_version))
        .order_by(Round.id.desc())
    )
    return [(response, round_) for response, round_ in rows]
