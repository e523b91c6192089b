"""The common response staff sign before anything reaches the networks.

Closing a round drafts it from the final summary (version 1, `computed`); staff edit the
wording in both languages and say what the body will do (each edit a new version, with
who and when); approval freezes the text and, in the same transaction, sends it to the
networks for validation. Nothing is mailed before approval.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from consult.domain import followups, outbox
from consult.domain.errors import Conflict, NotFound, message, round_status, status_conflict
from consult.domain.rounds import get_round
from consult.models import CommonResponseVersion, Network, Response, Round, Summary
from consult.texts import LANGUAGES

REVIEWABLE = ("closed", "published")  # a common response is drafted when a round closes
PARTS = ("statement", "commitments")  # what staff word and sign, each in both languages

# Who "wrote" the draft made when the round closed; pages say it in words.
DRAFTED_AT_CLOSE = "round closed"


@dataclass(frozen=True)
class Edit:
    """Staff's change: each language given of a part replaces the latest version's; the
    rest is kept, so one language can be saved now and the other by a colleague later."""

    statement: dict[str, str] | None = None
    commitments: dict[str, str] | None = None
    show_names: bool | None = None


@dataclass
class CommonResponse:
    """A round's common response as staff review it: every version, the counts behind it
    and, once approved and sent, the validation's tally."""

    round_id: int
    versions: list[CommonResponseVersion]
    counts: dict[str, Any]
    validation: followups.FollowupReport | None
    queued: int = 0  # messages the approval just queued

    @property
    def latest(self) -> CommonResponseVersion:
        return self.versions[-1]

    @property
    def status(self) -> str:
        return "approved" if self.latest.kind == "approval" else "draft"


def draft_from_summary(
    session: Session, summary: Summary, now: datetime
) -> CommonResponseVersion | None:
    """The computed draft of a round's final summary, made once: a retried recompute (or a
    second final summary) finds version 1 taken and drafts nothing. No answers, no draft."""
    if not summary.final or summary.response_count == 0:
        return None
    if _versions(session, summary.round_id):
        return None
    draft = CommonResponseVersion(
        round_id=summary.round_id,
        number=1,
        kind="computed",
        summary_id=summary.id,
        statement=summary.data["common_response"]["narrative"],
        commitments={},
        show_names=False,
        created_by=DRAFTED_AT_CLOSE,
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(draft)
    except IntegrityError:  # a concurrent run drafted it first
        return None
    return draft


def get_common_response(session: Session, round_id: int) -> CommonResponse:
    """The latest version, every version and the counts; NotFound says why there is none."""
    round_ = get_round(session, round_id)
    return _view(session, round_, _existing_versions(session, round_))


def edit(
    session: Session, round_id: int, change: Edit, now: datetime, edited_by: str
) -> CommonResponse:
    """Add staff's wording as a new version; refused once the text is approved."""
    round_ = get_round(session, round_id, for_update=True)  # edits and approval in turn
    versions = _reviewable_versions(session, round_)
    version = _next(versions[-1], "edit", now, edited_by, change)
    session.add(version)
    session.flush()
    return _view(session, round_, [*versions, version])


def approve(
    session: Session, round_id: int, number: int, now: datetime, approved_by: str
) -> CommonResponse:
    """Freeze version `number` (it must be the latest: staff approve what they read) and,
    for a closed round, send it to every invited network for validation, mail queued in
    this transaction. A published round takes no replies, so it is not sent then."""
    round_ = get_round(session, round_id, for_update=True)
    versions = _reviewable_versions(session, round_)
    latest = versions[-1]
    if number != latest.number:
        not_latest = message("refused_not_latest_version", version=latest.number)
        raise Conflict(
            "refused_approve_latest",
            {"version": [not_latest]},
            version=latest.number,
            round=round_id,
        )
    incomplete = {
        part: ["refused_both_languages_to_approve"] for part in missing_for_approval(latest)
    }
    if incomplete:
        raise Conflict("refused_approve_incomplete", incomplete)
    approval = _next(latest, "approval", now, approved_by)
    session.add(approval)
    session.flush()
    sent = None
    if round_.status == "closed":
        sent = followups.send_followup(
            session, round_id, followups.FollowupRequest(kind="validation"), now, approved_by
        )
    outbox.record(
        session,
        "common_response.approved",
        "round",
        round_id,
        {
            "version": approval.number,
            "approved_by": approved_by,
            "followup_id": sent.followup.id if sent else None,
        },
    )
    view = _view(session, round_, [*versions, approval])
    view.queued = sent.queued if sent else 0
    return view


def missing_for_approval(version: CommonResponseVersion) -> list[str]:
    """The parts ("statement", "commitments") a version lacks in a language: approval
    needs both parts in English and Khmer, a draft may have one language only."""
    return [
        part
        for part in PARTS
        if not all(getattr(version, part).get(code, "").strip() for code in LANGUAGES)
    ]


@dataclass(frozen=True)
class Change:
    """A sentence of a part in one language: kept ("same"), "removed" or "added"."""

    kind: str
    text: str


SENTENCE_END = re.compile(r"(?<=[.!?។])\s+|\n+")


def version_changes(
    previous: CommonResponseVersion, version: CommonResponseVersion
) -> dict[tuple[str, str], list[Change]]:
    """What a version changed against the one before, sentence by sentence, for each part
    and language it changed (a reader compares wording, not characters)."""
    changed: dict[tuple[str, str], list[Change]] = {}
    for part in PARTS:
        for code in LANGUAGES:
            before = _sentences(getattr(previous, part).get(code, ""))
            after = _sentences(getattr(version, part).get(code, ""))
            if before != after:
                changed[(part, code)] = _compared(before, after)
    return changed


def _sentences(text: str) -> list[str]:
    return [piece.strip() for piece in SENTENCE_END.split(text) if piece.strip()]


def _compared(before: list[str], after: list[str]) -> list[Change]:
    compared: list[Change] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, start, end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            compared += [Change("same", sentence) for sentence in before[start:end]]
            continue
        compared += [Change("removed", sentence) for sentence in before[start:end]]
        compared += [Change("added", sentence) for sentence in after[new_start:new_end]]
    return compared


def get_version(session: Session, round_id: int, number: int) -> CommonResponseVersion:
    """One version of a round's common response; NotFound if it has no such version."""
    get_round(session, round_id)
    version = session.scalar(
        select(CommonResponseVersion).where(
            CommonResponseVersion.round_id == round_id, CommonResponseVersion.number == number
        )
    )
    if version is None:
        raise NotFound("refused_no_common_response_version", round=round_id, version=number)
    return version


@dataclass
class PublishedResults:
    """What the public results page of a round shows."""

    round: Round
    approval: CommonResponseVersion
    common_response: dict[str, Any]  # followups.approved_response
    tally: dict[str, int] | None  # confirm, contest, no_reply once sent for validation
    networks: list[Network]  # the networks that answered, if staff chose to show their names


def published_results(session: Session, round_id: int) -> PublishedResults:
    """A published round's approved common response; NotFound for any other round, so the
    page says nothing about rounds that are not public."""
    round_ = session.get(Round, round_id)
    approval = followups.approval_of(session, round_id) if round_ else None
    if round_ is None or round_.status != "published" or approval is None:
        raise NotFound("refused_no_results", round=round_id)
    data = session.scalars(select(Summary.data).where(Summary.id == approval.summary_id)).one()
    validation = followups.validation_of(session, round_id)
    return PublishedResults(
        round=round_,
        approval=approval,
        common_response=followups.approved_response(approval, data),
        tally=(
            followups.followup_report(session, round_id, validation.id).tally
            if validation is not None
            else None
        ),
        networks=_answered(session, round_id) if approval.show_names else [],
    )


def _answered(session: Session, round_id: int) -> list[Network]:
    return list(
        session.scalars(
            select(Network)
            .join(Response, Response.network_id == Network.id)
            .where(Response.round_id == round_id, Response.submitted_version_id.is_not(None))
            .order_by(Network.name)
        )
    )


def _next(
    latest: CommonResponseVersion, kind: str, now: datetime, created_by: str, change: Edit = Edit()
) -> CommonResponseVersion:
    """The version after `latest`, with `change` applied (an approval changes nothing)."""
    return CommonResponseVersion(
        round_id=latest.round_id,
        number=latest.number + 1,
        kind=kind,
        summary_id=latest.summary_id,
        statement={**latest.statement, **(change.statement or {})},
        commitments={**latest.commitments, **(change.commitments or {})},
        show_names=latest.show_names if change.show_names is None else change.show_names,
        created_by=created_by,
        created_at=now,
    )


def _reviewable_versions(session: Session, round_: Round) -> list[CommonResponseVersion]:
    """The versions staff may add to: the round is closed (or published), not approved."""
    if round_.status not in REVIEWABLE:
        raise status_conflict("refused_review_not_closed", round_.id, round_.status)
    versions = _existing_versions(session, round_)
    latest = versions[-1]
    if latest.kind == "approval":
        when = latest.created_at.strftime("%Y-%m-%d %H:%M UTC")
        raise Conflict(
            "refused_response_frozen",
            {"status": ["refused_status_approved"]},
            round=round_.id,
            by=latest.created_by,
            when=when,
            version=latest.number,
        )
    return versions


def _existing_versions(session: Session, round_: Round) -> list[CommonResponseVersion]:
    """The round's versions, oldest first, or NotFound telling why it has none (yet)."""
    versions = _versions(session, round_.id)
    if versions:
        return versions
    if round_.status not in REVIEWABLE:
        raise NotFound(
            "refused_drafted_when_closed", round=round_.id, status=round_status(round_.status)
        )
    final = session.scalar(
        select(Summary.response_count)
        .where(Summary.round_id == round_.id, Summary.final.is_(True))
        .order_by(Summary.version.desc())
        .limit(1)
    )
    if final == 0:
        raise NotFound("refused_closed_without_answers", round=round_.id)
    raise NotFound("refused_response_being_drafted", round=round_.id)


def _versions(session: Session, round_id: int) -> list[CommonResponseVersion]:
    return list(
        session.scalars(
            select(CommonResponseVersion)
            .where(CommonResponseVersion.round_id == round_id)
            .order_by(CommonResponseVersion.number)
        )
    )


def _view(session: Session, round_: Round, versions: list[CommonResponseVersion]) -> CommonResponse:
    data = session.scalars(select(Summary.data).where(Summary.id == versions[-1].summary_id))
    validation = followups.validation_of(session, round_.id)
    return CommonResponse(
        round_id=round_.id,
        versions=versions,
        counts=followups.counts_behind(data.one()),
        validation=(
            followups.followup_report(session, round_.id, validation.id)
            if validation is not None
            else None
        ),
    )
