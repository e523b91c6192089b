"""The debounce lets a burst ride on one recompute but never postpones it past the max delay
after the first change the summary lacks: while answers keep coming, a new version at least
every CONSULT_SUMMARY_MAX_DELAY_SECONDS (plus the recompute's own time)."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise

from consult.domain import summaries
from tests.factories import make_round

DEBOUNCE = 2.0
MAX_DELAY = 3.0


def seconds(n: float) -> timedelta:
    return timedelta(seconds=n)


def test_the_first_change_is_due_after_the_debounce(session, now):
    round_id = make_round(session, now).id
    assert summaries.mark_stale(session, round_id, now, DEBOUNCE, MAX_DELAY) == now + seconds(2)


def test_a_late_relay_does_not_add_its_lateness_to_the_debounce(session, now):
    round_id = make_round(session, now).id
    relayed = now + seconds(2.5)  # the submission came at `now`; the relay ran behind
    due = summaries.mark_stale(session, round_id, relayed, DEBOUNCE, MAX_DELAY, since=now)
    assert due == now + seconds(MAX_DELAY)
    very_late = make_round(session, now).id
    at = now + seconds(60)
    assert summaries.mark_stale(session, very_late, at, DEBOUNCE, MAX_DELAY, since=now) == at


def test_changes_during_a_long_recompute_are_due_max_delay_after_its_claim(session, now):
    round_id = make_round(session, now).id
    summaries.mark_stale(session, round_id, now, DEBOUNCE, MAX_DELAY, changes=40)
    claimed_at = now + seconds(2)
    claimed = summaries.claim_recompute(session, round_id, claimed_at)
    assert claimed == 40
    summaries.mark_stale(session, round_id, claimed_at + seconds(0.5), DEBOUNCE, MAX_DELAY)
    finished = claimed_at + seconds(2.5)  # a slow recompute: the debounce would overshoot
    due = summaries.finish_recompute(session, round_id, claimed, finished, DEBOUNCE, MAX_DELAY)
    assert due == claimed_at + seconds(MAX_DELAY)


def test_a_steady_stream_gets_a_recompute_at_least_every_max_delay(session, now):
    """Submissions every 0.1 s for a minute, each recompute taking 1.5 s: claims, taken as a
    worker takes them once due, are never more than the max delay apart."""
    round_id = make_round(session, now).id
    clock, claims, due = now, [], None
    running: tuple[int, datetime] | None = None  # (changes claimed, when it finishes)
    while clock < now + seconds(60):
        clock += seconds(0.1)
        due = summaries.mark_stale(session, round_id, clock, DEBOUNCE, MAX_DELAY) or due
        if running and clock >= running[1]:
            due = summaries.finish_recompute(
                session, round_id, running[0], clock, DEBOUNCE, MAX_DELAY
            )
            running = None
        if running is None and due is not None and clock >= due:
            claimed = summaries.claim_recompute(session, round_id, clock)
            assert claimed is not None
            claims.append(clock)
            running, due = (claimed, clock + seconds(1.5)), None
    assert len(claims) >= 15
    gaps = [later - earlier for earlier, later in pairwise(claims)]
    assert max(gaps) <= seconds(MAX_DELAY + 0.1)  # the 0.1 s step of this clock
