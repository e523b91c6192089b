"""Summaries: computed from the latest submissions, stored as versions, kept fresh cheaply."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from consult.analysis.columns import Invitee, Respondent
from consult.analysis.summary import AnalysisSettings, summarize
from consult.domain import outbox
from consult.domain.errors import NotFound
from consult.domain.glossary import glossary_pairs
from consult.domain.responses import latest_submissions
from consult.domain.rounds import get_round
from consult.models import (
    Invitation,
    Network,
    NetworkSector,
    ResponseVersion,
    Summary,
    SummarySchedule,
)

Progress = Callable[[str], None]
# How long a claimed recompute may run before another run may take it over: far longer than
# any recompute takes (seconds at 100,000 answers), short enough that a dead worker's claim
# delays the summary by minutes, not for good.
CLAIM_LEASE = timedelta(minutes=2)
# The longest a change waits for the recompute that includes it (the setting's default,
# CONSULT_SUMMARY_MAX_DELAY_SECONDS): the debounce never postpones a recompute past it.
MAX_DELAY = 10.0


def respondents_of(
    session: Session, round_id: int, *, with_sectors: bool = False
) -> list[Respondent]:
    """Every network's latest submission with the attributes results are broken down by."""
    sectors = _sectors_of_invited(session, round_id) if with_sectors else {}
    rows = session.execute(
        latest_submissions(
            round_id,
            Network.id,
            Network.kind,
            Network.mou,
            Network.province,
            ResponseVersion.language,
            ResponseVersion.answers,
        ).execution_options(yield_per=2000)
    )
    return [
        Respondent(network_id, kind, mou, answers, language, province, sectors.get(network_id, ()))
        for network_id, kind, mou, province, language, answers in rows
    ]


def invitees_of(session: Session, round_id: int, *, with_sectors: bool = False) -> list[Invitee]:
    """Every invited network's attributes: who was asked, for participation by group."""
    sectors = _sectors_of_invited(session, round_id) if with_sectors else {}
    rows = session.execute(
        select(Network.id, Network.kind, Network.mou, Network.province)
        .join(Invitation, Invitation.network_id == Network.id)
        .where(Invitation.round_id == round_id)
        .order_by(Network.id)
    )
    return [
        Invitee(kind, mou, province, sectors.get(network_id, ()))
        for network_id, kind, mou, province in rows
    ]


def _sectors_of_invited(session: Session, round_id: int) -> dict[int, tuple[str, ...]]:
    rows = session.execute(
        select(NetworkSector.network_id, NetworkSector.name)
        .join(Invitation, Invitation.network_id == NetworkSector.network_id)
        .where(Invitation.round_id == round_id)
        .order_by(NetworkSector.network_id, NetworkSector.name)
    )
    found: dict[int, tuple[str, ...]] = {}
    for network_id, name in rows:
        found[network_id] = (*found.get(network_id, ()), name)
    return found


def compute_summary(
    session: Session,
    round_id: int,
    now: datetime,
    analysis: AnalysisSettings,
    *,
    final: bool = False,
    progress: Progress | None = None,
) -> Summary:
    """Analyse the round as it stands and store the result as its next summary version."""
    report = progress or (lambda step: None)
    round_ = get_round(session, round_id)
    report("reading responses")
    with_sectors = "sector" in round_.lens
    respondents = respondents_of(session, round_id, with_sectors=with_sectors)
    invited = invitees_of(session, round_id, with_sectors=with_sectors)
    report(f"analysing {len(respondents)} responses")
    data = summarize(
        round_.questionnaire,
        respondents,
        invited=invited,
        lens=round_.lens,
        settings=analysis,
        glossary=glossary_pairs(session),
    )
    report("saving")
    version = (
        session.scalar(select(func.max(Summary.version)).where(Summary.round_id == round_id)) or 0
    ) + 1
    summary = Summary(
        round_id=round_id,
        version=version,
        as_of=now,
        response_count=len(respondents),
        final=final,
        questionnaire_sha256=fingerprint(round_.questionnaire),
        data=data,
    )
    session.add(summary)
    session.flush()
    outbox.record(
        session,
        "summary.updated",
        "round",
        round_id,
        {
            "round_id": round_id,
            "version": version,
            "response_count": summary.response_count,
            "final": final,
        },
    )
    return summary


def fingerprint(questionnaire: list[dict[str, object]]) -> str:
    canonical = json.dumps(questionnaire, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def mark_stale(
    session: Session,
    round_id: int,
    now: datetime,
    debounce: float,
    max_delay: float = MAX_DELAY,
    changes: int = 1,
    since: datetime | None = None,
) -> datetime | None:
    """Note that `changes` submissions, the first made at `since` (default: now), put a
    round's summary out of date.

    Returns when a recompute should run if this call is the one that must schedule it,
    None if one is already due: that one will include these changes too (or, if it is
    already running, its finish schedules the next). Counting from the change, not from
    this call, keeps a relay that runs late from postponing the recompute as well.
    """
    schedule = _schedule(session, round_id)
    schedule.stale_since = schedule.stale_since or min(since or now, now)
    schedule.changes += changes
    if schedule.due_at is not None:
        return None
    schedule.due_at = _due(schedule.stale_since, now, debounce, max_delay)
    return schedule.due_at


def claim_recompute(
    session: Session, round_id: int, now: datetime, lease: timedelta = CLAIM_LEASE
) -> int | None:
    """Take the due recompute of a round: the count of changes it covers, or None when the
    round is not stale or another run holds a claim younger than `lease`.

    Nothing is cleared here: `finish_recompute` does that in the summary's own transaction,
    so a run killed half-way leaves the round stale for a redelivery or the sweep.
    """
    schedule = _schedule(session, round_id)
    if schedule.stale_since is None:
        return None
    if schedule.claimed_at is not None and schedule.claimed_at > now - lease:
        return None
    schedule.claimed_at = now
    schedule.recomputes += 1
    return schedule.changes


def finish_recompute(
    session: Session,
    round_id: int,
    claimed: int,
    now: datetime,
    debounce: float,
    max_delay: float = MAX_DELAY,
) -> datetime | None:
    """Mark the claimed recompute done, in the transaction that stores its summary.

    Returns when the next recompute is due if submissions arrived while this one ran (they
    are not in its summary), else None. The round stays stale since the claim, the earliest
    a change this summary may miss can have come: a steady stream of submissions gets a new
    version at least every `max_delay` seconds, however long the debounce.
    """
    schedule = _schedule(session, round_id)
    since = schedule.claimed_at or now
    schedule.claimed_at = None
    if schedule.changes == claimed:
        schedule.stale_since = None
        schedule.due_at = None
        return None
    schedule.stale_since = since
    schedule.due_at = _due(since, now, debounce, max_delay)
    return schedule.due_at


def _due(stale_since: datetime, now: datetime, debounce: float, max_delay: float) -> datetime:
    """A debounce that lets a burst ride on one recompute, capped at `max_delay` after the
    first change the summary lacks."""
    return max(
        now,
        min(now + timedelta(seconds=debounce), stale_since + timedelta(seconds=max_delay)),
    )


def overdue_rounds(
    session: Session, now: datetime, grace: float, lease: timedelta = CLAIM_LEASE
) -> list[int]:
    """Rounds whose recompute is late: its task was lost to a broker or worker failure, or
    the run that claimed it died (its claim is older than `lease`)."""
    cutoff = now - timedelta(seconds=grace)
    return list(
        session.scalars(
            select(SummarySchedule.round_id).where(
                SummarySchedule.stale_since.is_not(None),
                SummarySchedule.due_at < cutoff,
                or_(
                    SummarySchedule.claimed_at.is_(None),
                    SummarySchedule.claimed_at < now - lease,
                ),
            )
        )
    )


def recompute_count(session: Session, round_id: int) -> int:
    schedule = session.get(SummarySchedule, round_id)
    return schedule.recomputes if schedule else 0


def get_summary(session: Session, round_id: int, version: int | None = None) -> Summary:
    """The latest summary of a round, or the given version."""
    get_round(session, round_id)
    query = select(Summary).where(Summary.round_id == round_id)
    if version is not None:
        query = query.where(Summary.version == version)
    summary = session.scalar(query.order_by(Summary.version.desc()).limit(1))
    if summary is None:
        if version is not None:
            raise NotFound("refused_no_summary_version", round=round_id, version=version)
        raise NotFound("refused_no_summary_yet", round=round_id)
    return summary


def _schedule(session: Session, round_id: int) -> SummarySchedule:
    schedule = session.scalar(
        select(SummarySchedule).where(SummarySchedule.round_id == round_id).with_for_update()
    )
    if schedule is not None:
        return schedule
    try:
        with session.begin_nested():
            schedule = SummarySchedule(round_id=round_id, recomputes=0)
            session.add(schedule)
    except IntegrityError:  # another worker created it first: use theirs, locked
        schedule = session.scalars(
            select(SummarySchedule).where(SummarySchedule.round_id == round_id).with_for_update()
        ).one()
    return schedule


@dataclass(frozen=True)
class SummaryBrief:
    """Which summary a round has now, without its data: what a page polling it shows."""

    version: int
    as_of: datetime
    response_count: int
    final: bool


def latest_brief(session: Session, round_id: int) -> SummaryBrief | None:
    """The latest summary's version, time and count (its data left unread), or None."""
    row = session.execute(
        select(Summary.version, Summary.as_of, Summary.response_count, Summary.final)
        .where(Summary.round_id == round_id)
        .order_by(Summary.version.desc())
        .limit(1)
    ).one_or_none()
    return SummaryBrief(*row) if row else None
