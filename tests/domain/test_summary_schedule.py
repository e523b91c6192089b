"""A recompute is done only when its summary commits: the claim a run takes, what a run that
dies leaves behind, and submissions that arrive while it computes."""

from __future__ import annotations

from datetime import timedelta

from consult.domain import summaries
from consult.domain.summaries import CLAIM_LEASE
from tests.factories import make_round

DEBOUNCE = 2.0
GRACE = 10.0


def test_a_finished_recompute_clears_the_round(session, now):
    round_id = make_round(session, now).id
    assert summaries.mark_stale(session, round_id, now, DEBOUNCE) is not None
    claimed = summaries.claim_recompute(session, round_id, now)
    assert claimed == 1
    assert summaries.finish_recompute(session, round_id, claimed, now, DEBOUNCE) is None
    assert summaries.claim_recompute(session, round_id, now) is None, "nothing left to do"


def test_a_run_that_dies_leaves_the_round_stale_for_the_sweep(session, now):
    round_id = make_round(session, now).id
    summaries.mark_stale(session, round_id, now, DEBOUNCE)
    assert summaries.claim_recompute(session, round_id, now) is not None
    # killed here: finish_recompute never ran, its transaction never committed
    soon = now + timedelta(seconds=GRACE + DEBOUNCE + 1)
    assert summaries.claim_recompute(session, round_id, soon) is None, "the claim still holds"
    assert summaries.overdue_rounds(session, soon, GRACE) == [], "not before the lease ends"
    later = now + CLAIM_LEASE + timedelta(seconds=1)
    assert summaries.overdue_rounds(session, later, GRACE) == [round_id]
    assert summaries.claim_recompute(session, round_id, later) is not None, "taken over"


def test_submissions_during_a_recompute_schedule_the_next(session, now):
    round_id = make_round(session, now).id
    summaries.mark_stale(session, round_id, now, DEBOUNCE)
    claimed = summaries.claim_recompute(session, round_id, now)
    assert claimed is not None
    during = now + timedelta(seconds=1)
    assert summaries.mark_stale(session, round_id, during, DEBOUNCE) is None, "one is running"
    after = now + timedelta(seconds=3)
    due = summaries.finish_recompute(session, round_id, claimed, after, DEBOUNCE)
    assert due == after + timedelta(seconds=DEBOUNCE), "the late submission is not lost"
    again = summaries.claim_recompute(session, round_id, due)
    assert again == 2
    assert summaries.finish_recompute(session, round_id, again, due, DEBOUNCE) is None
