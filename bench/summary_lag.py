"""How far the live summary falls behind a burst of submissions.

A burst of 1,000 submissions, one after another through the API (the Flask test client, in
this process), to a round launched to 1,000 networks, with the worker and beat as `consult
run` starts them (consult/supervisor.py: prefork, two processes, every queue) on a fresh
PostgreSQL database (consult_bench_lag on CONSULT_BENCH_POSTGRES, dropped after) and Redis
(CONSULT_BENCH_REDIS, default db 6, flushed), with the default debounce and max delay. The
burst starts once the launch's invitations are mailed.

Reported: the summary versions stored during the burst and the largest gap between them
(the burst's start and end count as edges), how long after the last submission a version
covered them all, and how long until the worker had nothing left (queues empty, nothing
reserved, events relayed, mail sent, no round stale). The baseline, from the same run: one
recompute of the final round, computed directly in this process once the worker stopped, so
the lag reads as a number of recomputes.
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import psycopg
import redis
from flask.testing import FlaskClient
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from consult import create_app, migrate
from consult.analysis.summary import AnalysisSettings
from consult.config import Settings
from consult.db import Database, utcnow
from consult.domain import api_keys, summaries
from consult.models import DomainEvent, MailMessage, Summary, SummarySchedule
from consult.supervisor import commands
from consult.tasks import QUEUES

ROOT = Path(__file__).resolve().parents[1]
SERVER = os.environ.get("CONSULT_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
DATABASE = "consult_bench_lag"
REDIS_URL = os.environ.get("CONSULT_BENCH_REDIS", "redis://127.0.0.1:6379/6")
SUBMISSIONS = 1_000
WAIT_SECONDS = 600  # for the invitations to go out, the summary and the drain
RECOMPUTES = 3  # the baseline is the median of this many, after one to warm the caches
HEADER = "name,acronym,kind,province,sectors,mou,language,contact_name,contact_email\n"
FOCAL_POINT = {"name": "Sok Dara", "role": "Coordinator", "email": "dara@example.org"}


def largest_gap(start: datetime, versions: list[datetime], end: datetime) -> float:
    """The longest stretch of [start, end] with no new summary version, in seconds."""
    moments = [start, *sorted(t for t in versions if start < t < end), end]
    return max((later - earlier).total_seconds() for earlier, later in pairwise(moments))


@contextmanager
def fresh_database() -> Iterator[str]:
    """DATABASE on the PostgreSQL server, created empty and migrated; dropped afterwards."""
    server = make_url(SERVER).set(drivername="postgresql+psycopg")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    drop = text(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    with admin.connect() as connection:
        connection.execute(drop)
        connection.execute(text(f'CREATE DATABASE "{DATABASE}"'))
    url = server.set(database=DATABASE).render_as_string(hide_password=False)
    try:
        migrate.upgrade(url)
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(drop)
        admin.dispose()


def directory(count: int) -> bytes:
    rows = [
        f"Network {i},N{i},{'umbrella' if i % 5 == 0 else 'provincial'},Province {i % 25},"
        f"health,{'yes' if i % 3 == 0 else 'no'},{'km' if i % 2 else 'en'},"
        f"Focal {i},focal{i}@example.org"
        for i in range(count)
    ]
    return (HEADER + "\n".join(rows) + "\n").encode()


def answers(index: int) -> dict[str, Any]:
    """Complete answers to the sample round (examples/sample_round.json), varied by index."""
    return {
        "coop_level": 1 + index % 5,
        "collab_areas": [("technical", "advocacy", "financial", "resources")[index % 4]],
        "donor_role": ("agree", "disagree", "pass")[index % 3],
        "mechanism": ("mou", "working_group", "forum")[index % 3],
        "priorities": ["funding", "space", "capacity"],
        "members": index,
        "challenges": "ថវិកាថយចុះ" if index % 2 else f"Funding gap number {index % 7}",
    }


def drained(database: Database, broker: redis.Redis) -> bool:
    """Nothing left for the worker: queues empty, nothing reserved (a recompute waiting for
    its due time is), events relayed, mail sent, no round stale."""
    if any(broker.llen(queue) for queue in QUEUES) or broker.hlen("unacked"):
        return False
    with database.session() as session:
        left = [
            select(func.count())
            .select_from(DomainEvent)
            .where(DomainEvent.dispatched_at.is_(None)),
            select(func.count()).select_from(MailMessage).where(MailMessage.status == "queued"),
            select(func.count())
            .select_from(SummarySchedule)
            .where(SummarySchedule.stale_since.is_not(None)),
        ]
        return all(session.scalar(query) == 0 for query in left)


def wait_until(condition: Callable[[], Any], what: str, step: float = 0.1) -> Any:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(step)
    raise RuntimeError(f"no {what} within {WAIT_SECONDS} s")


def one_recompute(database: Database, round_id: int, settings: Settings) -> float:
    """Seconds for one recompute of the round as it stands, stored nowhere (rolled back)."""
    analysis = AnalysisSettings(
        common_share=settings.common_share, division_gap=settings.division_gap
    )
    times = []
    for _ in range(RECOMPUTES + 1):
        session = database.sessions()
        try:
            started = time.perf_counter()
            summaries.compute_summary(session, round_id, utcnow(), analysis)
            session.flush()
            times.append(time.perf_counter() - started)
        finally:
            session.rollback()
            session.close()
    return statistics.median(times[1:])


@contextmanager
def worker_and_beat(settings: Settings, env: dict[str, str], folder: Path) -> Iterator[None]:
    """The worker and beat with `consult run`'s argv, each in its own process group."""
    children = []
    for name in ("worker", "beat"):
        log = (folder / f"{name}.log").open("wb")
        children.append(
            subprocess.Popen(  # noqa: S603 (the service's own commands)
                commands(settings)[name],
                env={**os.environ, **env},
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    try:
        yield
    finally:
        for child in children:
            os.killpg(child.pid, signal.SIGTERM)
        for child in children:
            try:
                child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()


def launch(client: FlaskClient, database: Database) -> tuple[int, list[str]]:
    """The sample round launched to SUBMISSIONS networks, as staff would over HTTP: its id
    and the networks' link tokens."""
    with database.session() as session:
        admin = {"Authorization": f"Bearer {api_keys.create_key(session, 'bench', 'admin').secret}"}
    imported = client.post(
        "/api/v1/networks/import",
        data=directory(SUBMISSIONS),
        headers={**admin, "Content-Type": "text/csv"},
    )
    assert imported.status_code == 200, imported.text
    body = json.loads((ROOT / "examples" / "sample_round.json").read_text(encoding="utf-8"))
    body["closes_at"] = (datetime.now(UTC) + timedelta(days=14)).isoformat()
    created = client.post("/api/v1/rounds", json=body, headers=admin).get_json()
    launched = client.post(f"/api/v1/rounds/{created['id']}/launch", headers=admin).get_json()
    return created["id"], [invitation["token"] for invitation in launched["invitations"]]


def submit_all(client: FlaskClient, tokens: list[str]) -> tuple[datetime, datetime]:
    """Each network submits once, one after another: when the first and the last did."""
    first = utcnow()
    for index, token in enumerate(tokens):
        body = {"answers": answers(index), "submitted_by": FOCAL_POINT}
        reply = client.post(f"/api/v1/respond/{token}", json=body)
        assert reply.status_code == 200, reply.text
    return first, utcnow()


def covering_all(database: Database, round_id: int) -> datetime | None:
    """When the first summary version of every submission was stored, if one was."""
    with database.session() as session:
        return session.scalar(
            select(func.min(Summary.created_at)).where(
                Summary.round_id == round_id, Summary.response_count == SUBMISSIONS
            )
        )


def measure(url: str, folder: Path) -> dict[str, float]:
    env = {
        "CONSULT_VAR_DIR": str(folder),
        "CONSULT_DATABASE_URL": url,
        "CONSULT_BROKER_URL": REDIS_URL,
        "CONSULT_RESULT_BACKEND": REDIS_URL,
        "CONSULT_LOG_LEVEL": "WARNING",
    }
    settings = Settings.from_env(env)
    broker = redis.Redis.from_url(REDIS_URL)
    broker.flushdb()
    app = create_app(settings)
    database: Database = app.extensions["consult"].database
    try:
        round_id, tokens = launch(app.test_client(), database)
        with worker_and_beat(settings, env, folder):
            wait_until(lambda: drained(database, broker), "mailed invitations", step=0.5)
            first, last = submit_all(app.test_client(), tokens)
            submitted = time.monotonic()
            covered = wait_until(lambda: covering_all(database, round_id), "complete summary")
            wait_until(lambda: drained(database, broker), "drain")
            drain = time.monotonic() - submitted
        with database.session() as session:
            versions = list(
                session.scalars(select(Summary.created_at).where(Summary.round_id == round_id))
            )
            recomputes = summaries.recompute_count(session, round_id)
        return {
            "burst": (last - first).total_seconds(),
            "versions": len([moment for moment in versions if first < moment < last]),
            "recomputes": recomputes,
            "gap": largest_gap(first, versions, last),
            "lag": (covered - last).total_seconds(),
            "drain": drain,
            "recompute": one_recompute(database, round_id, settings),
            "debounce": settings.summary_debounce_seconds,
            "max_delay": settings.summary_max_delay_seconds,
        }
    finally:
        database.dispose()
        broker.flushdb()


def servers_missing() -> str | None:
    """Why the bench cannot run here, if it cannot: it needs PostgreSQL and Redis."""
    try:
        with psycopg.connect(SERVER, connect_timeout=3):
            pass
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
    except (psycopg.Error, redis.RedisError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def main() -> None:
    missing = servers_missing()
    if missing:
        print(f"\nsummary lag: skipped, it needs PostgreSQL and Redis ({missing})")
        return
    with fresh_database() as url, tempfile.TemporaryDirectory() as folder:
        found = measure(url, Path(folder))
    recompute = found["recompute"]
    print(
        f"\nsummary lag: {SUBMISSIONS:,} submissions through the API in {found['burst']:.1f} s "
        f"({SUBMISSIONS / found['burst']:.0f}/s), worker (prefork, 2) and beat on PostgreSQL "
        f"and Redis, debounce {found['debounce']:g} s, max delay {found['max_delay']:g} s"
    )
    print(
        f"{int(found['versions'])} summary versions during the burst "
        f"({int(found['recomputes'])} recomputes in all)"
    )
    print(f"{'':>46} {'seconds':>8} {'recomputes':>11}")
    rows = [
        ("one recompute of the final round (baseline)", recompute),
        ("largest gap between versions in the burst", found["gap"]),
        ("last version after the last submission", found["lag"]),
        ("queues drained after the last submission", found["drain"]),
    ]
    for label, seconds in rows:
        print(f"{label:>46} {seconds:>8.2f} {seconds / recompute:>11.1f}")


if __name__ == "__main__":
    main()
