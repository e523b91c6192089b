"""Submissions through the real service under load, against a bare insert on the same stack.

Ours: the API under gunicorn exactly as `consult run` starts it (consult/supervisor.py:
gthread, 2 workers x 4 threads, consult.gunicorn_conf), on a fresh PostgreSQL database
(CONSULT_BENCH_POSTGRES, dropped after) and the shared Redis (db 5, flushed), with a Celery
worker (prefork, concurrency 2) and beat running. A round is launched to enough networks
that every request is a network's first submission to its own link.
The floor, in the same run: bench/floor_app.py under the same gunicorn command, one route
that parses the same JSON and inserts it as one row.

wrk (Debian's package) drives both at 16 and 64 connections for a fixed time after a
warm-up, in turn: floor, API, floor; the ratio is the API's rate over the mean of the two
floor runs around it, so load from elsewhere on the machine that drifts during the run
weighs on both sides. bench/ingest.lua gives each request the next unused link. Before each
measurement the worker finishes what the previous one left (queues empty, events relayed,
mail sent, summary fresh), so a backlog is not charged to the next run. Last, the API with
the worker and beat stopped shows what they cost the API on this 2-core machine.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import redis
from sqlalchemy import func, insert, select

from bench.floor_app import TABLE
from bench.process import free_port
from consult import migrate
from consult.config import Settings
from consult.db import Database
from consult.models import (
    DomainEvent,
    MailMessage,
    Network,
    Response,
    Summary,
    SummarySchedule,
)
from consult.supervisor import commands
from consult.tasks import QUEUES

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(__file__).with_name("ingest.lua")
SERVER = os.environ.get("CONSULT_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
DATABASE = "consult_bench"
REDIS_URL = os.environ.get("CONSULT_BENCH_REDIS", "redis://127.0.0.1:6379/5")
SECRET_KEY = "bench-secret-key-for-link-tokens-0123456789"  # noqa: S105 (a throwaway database)
CONCURRENCIES = (16, 64)
SECONDS = 15
WARM_UP_SECONDS = 3
WRK_THREADS = 2
NETWORKS = 40_000  # every API request of the run gets a link of its own
DRAIN_TIMEOUT_SECONDS = 120
START_TIMEOUT_SECONDS = 60
WRK = shutil.which("wrk") or "/usr/bin/wrk"
Files = tuple[Path, Path]  # the tokens and the request bodies, one a line
FOCAL_POINT = {"name": "Sok Dara", "role": "Coordinator", "email": "dara@example.org"}


@dataclass(frozen=True)
class Load:
    """What wrk measured in one run; latencies in milliseconds."""

    requests: int
    seconds: float
    errors: int
    p50: float
    p95: float
    p99: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    @classmethod
    def from_wrk(cls, line: str) -> Load:
        found = json.loads(line)
        return cls(
            requests=found["requests"],
            seconds=found["microseconds"] / 1e6,
            errors=found["status_errors"] + found["socket_errors"],
            p50=found["p50"] / 1000,
            p95=found["p95"] / 1000,
            p99=found["p99"] / 1000,
        )


def answers(index: int) -> dict[str, Any]:
    """Complete answers to the sample round (examples/sample_round.json), varied by index."""
    return {
        "coop_level": 1 + index % 5,
        "collab_areas": [("technical", "advocacy", "financial", "resources")[index % 4]],
        "donor_role": ("agree", "disagree", "pass")[index % 3],
        "mechanism": ("mou", "working_group", "forum")[index % 3],
        "priorities": ["funding", "space", "capacity"][index % 3 :]
        + ["funding", "space", "capacity"][: index % 3],
        "members": index % 1000,
        "challenges": "ថវិកាថយចុះ និងការសម្របសម្រួលខ្សោយ" if index % 2 else f"Funding gap {index % 7}",
    }


@contextmanager
def bench_database() -> Iterator[str]:
    """A fresh, migrated database on the PostgreSQL server, dropped afterwards."""
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {DATABASE}")
    server = psycopg.conninfo.conninfo_to_dict(SERVER)
    url = f"postgresql+psycopg://{server.get('user', 'postgres')}@{server['host']}:"
    url += f"{server.get('port', 5432)}/{DATABASE}"
    try:
        migrate.upgrade(url)
        yield url
    finally:
        with psycopg.connect(SERVER, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def seed(database: Database) -> tuple[int, list[str]]:
    """The sample round launched to NETWORKS networks (no contacts: no invitation mail)."""
    from consult.domain.rounds import create_round, launch_round
    from consult.schemas.rounds import RoundCreateSchema

    body = json.loads((ROOT / "examples" / "sample_round.json").read_text(encoding="utf-8"))
    body["closes_at"] = (datetime.now(UTC) + timedelta(days=14)).isoformat()
    with database.session() as session:
        session.execute(
            insert(Network),
            [
                {
                    "name": f"Network {i}",
                    "name_key": f"network {i}",
                    "kind": "umbrella" if i % 5 == 0 else "provincial",
                    "province": f"Province {i % 25}",
                    "mou": i % 3 == 0,
                    "language": "km" if i % 2 else "en",
                }
                for i in range(NETWORKS)
            ],
        )
        round_ = create_round(session, RoundCreateSchema().load(body))
        _, issued = launch_round(session, round_.id, datetime.now(UTC), SECRET_KEY)
        return round_.id, [item.token for item in issued]


class Service:
    """The child processes of the bench, each in its own process group, logging to files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.children: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, argv: list[str], env: dict[str, str]) -> None:
        log = (self.folder / f"{name}.log").open("wb")
        self.children[name] = subprocess.Popen(  # noqa: S603 (our own commands)
            argv, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def stop(self, name: str) -> None:
        child = self.children.pop(name)
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGTERM)
        try:
            child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()

    def stop_all(self) -> None:
        for name in list(self.children):
            self.stop(name)

    def log(self, name: str) -> str:
        return (self.folder / f"{name}.log").read_text(errors="replace")

    def require_running(self) -> None:
        for name, child in self.children.items():
            if child.poll() is not None:
                raise RuntimeError(f"{name} stopped:\n{self.log(name)[-3000:]}")


def _answers_http(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (our own URL)
            return True
    except urllib.error.HTTPError:
        return True  # it answered
    except OSError:
        return False


def wait_until(condition: Any, what: str, service: Service, timeout: float) -> float:
    """Seconds until `condition()` held; the bench stops if it does not in `timeout`."""
    started = time.monotonic()
    while not condition():
        service.require_running()
        if time.monotonic() - started > timeout:
            raise RuntimeError(f"{what} did not happen within {timeout:.0f} s")
        time.sleep(0.2)
    return time.monotonic() - started


def start_service(service: Service, url: str, folder: Path) -> tuple[str, str]:
    """The API, worker, beat and floor started and answering; their base URLs."""
    api_port, floor_port = free_port(), free_port()
    env = {
        **os.environ,
        "CONSULT_VAR_DIR": str(folder),
        "CONSULT_DATABASE_URL": url,
        "CONSULT_BROKER_URL": REDIS_URL,
        "CONSULT_RESULT_BACKEND": REDIS_URL,
        "CONSULT_SECRET_KEY": SECRET_KEY,
        "PORT": str(api_port),
    }
    settings = Settings.from_env(env)
    production = commands(settings)
    floor = commands(Settings.from_env({**env, "PORT": str(floor_port)}))["api"]
    floor[floor.index("consult:create_app()")] = "bench.floor_app:app"
    service.start("api", production["api"], env)
    service.start("worker", production["worker"], env)
    service.start("beat", production["beat"], env)
    floor_env = {**os.environ, "FLOOR_DATABASE_URL": url.replace("+psycopg", "")}
    service.start("floor", floor, floor_env)
    api, floor_url = f"http://127.0.0.1:{api_port}", f"http://127.0.0.1:{floor_port}"
    wait_until(lambda: _answers_http(f"{api}/healthz"), "the API", service, START_TIMEOUT_SECONDS)
    wait_until(lambda: _answers_http(floor_url), "the floor", service, START_TIMEOUT_SECONDS)
    wait_until(
        lambda: " ready." in service.log("worker"), "the worker", service, START_TIMEOUT_SECONDS
    )
    return api, floor_url


def drained(database: Database, broker: redis.Redis) -> bool:
    """Nothing left for the worker: queues empty, events relayed, mail sent, summaries fresh."""
    if any(broker.llen(queue) for queue in QUEUES):
        return False
    with database.session() as session:
        waiting = (
            select(func.count()).select_from(DomainEvent).where(DomainEvent.dispatched_at.is_(None))
        )
        unsent = (
            select(func.count())
            .select_from(MailMessage)
            .where(MailMessage.status.in_(("queued", "sending")))
        )
        stale = (
            select(func.count())
            .select_from(SummarySchedule)
            .where(SummarySchedule.stale_since.is_not(None))
        )
        return all(session.scalar(query) == 0 for query in (waiting, unsent, stale))


def run_wrk(base: str, connections: int, seconds: int, files: Files, first: int) -> Load:
    """`connections` clients for `seconds`, starting at the `first` token (1-based)."""
    tokens, bodies = files
    output = subprocess.run(  # noqa: S603 (our own arguments)
        [WRK, f"-t{WRK_THREADS}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
         "-s", str(SCRIPT), base, "--", str(tokens), str(bodies), str(first), str(WRK_THREADS)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return Load.from_wrk(output.strip().splitlines()[-1])


@dataclass
class Links:
    """The links not yet used by the API: each run starts after the last one's."""

    files: Files
    total: int
    used: int = 0

    def run(self, base: str, connections: int, seconds: int) -> Load:
        load = run_wrk(base, connections, seconds, self.files, self.used + 1)
        self.used += load.requests + connections  # a request cut short may still have landed
        if self.used > self.total:
            print(f"note: {self.used - self.total} requests reused a link (resubmissions)")
        return load


def summary_state(database: Database, round_id: int) -> tuple[int, int, int]:
    """Summary versions stored, responses the newest covers, and submissions stored."""
    with database.session() as session:
        versions, covered = session.execute(
            select(func.count(), func.coalesce(func.max(Summary.response_count), 0)).where(
                Summary.round_id == round_id
            )
        ).one()
        stored = session.scalar(
            select(func.count()).select_from(Response).where(Response.round_id == round_id)
        )
    return int(versions), int(covered), int(stored or 0)


Row = tuple[str, int, Load, float]  # label, clients, what wrk measured, the floor's rate


def print_table(rows: list[Row]) -> None:
    print(
        f"{'':>24} {'clients':>7} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
        f" {'errors':>6} {'x floor':>7}"
    )
    for label, connections, load, floor in rows:
        print(
            f"{label:>24} {connections:>7} {load.rate:>7.0f} {load.p50:>7.1f} {load.p95:>7.1f}"
            f" {load.p99:>7.1f} {load.errors:>6} {load.rate / floor:>7.2f}"
        )


def main() -> None:
    if not Path(WRK).exists():
        print("\ningest: skipped, wrk is not installed (apt-get install wrk; `make bench` tries)")
        return
    broker = redis.Redis.from_url(REDIS_URL)
    broker.flushdb()
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        url = stack.enter_context(bench_database())
        database = Database(url)
        stack.callback(database.dispose)
        round_id, tokens = seed(database)
        with database.engine.begin() as connection:
            connection.exec_driver_sql(TABLE)
        token_file, body_file = folder / "tokens.txt", folder / "bodies.txt"
        token_file.write_text("\n".join(tokens) + "\n")
        bodies = [{"answers": answers(i), "submitted_by": FOCAL_POINT} for i in range(420)]
        body_file.write_text("\n".join(json.dumps(b, ensure_ascii=False) for b in bodies) + "\n")
        links = Links((token_file, body_file), len(tokens))
        service = Service(folder)
        stack.callback(broker.flushdb)
        stack.callback(service.stop_all)
        api, floor = start_service(service, url, folder)

        def settle() -> float:
            return wait_until(
                lambda: drained(database, broker), "draining", service, DRAIN_TIMEOUT_SECONDS
            )

        links.run(api, 16, WARM_UP_SECONDS)
        run_wrk(floor, 16, WARM_UP_SECONDS, (token_file, body_file), 1)
        rows: list[Row] = []
        notes = []
        for connections in CONCURRENCIES:
            settle()
            floor_before = run_wrk(floor, connections, SECONDS, (token_file, body_file), 1)
            settle()
            before = summary_state(database, round_id)
            load = links.run(api, connections, SECONDS)
            after = summary_state(database, round_id)
            caught_up = settle()
            floor_after = run_wrk(floor, connections, SECONDS, (token_file, body_file), 1)
            floor_rate = (floor_before.rate + floor_after.rate) / 2
            rows += [
                ("floor, before", connections, floor_before, floor_rate),
                ("API, worker running", connections, load, floor_rate),
                ("floor, after", connections, floor_after, floor_rate),
            ]
            notes.append(
                f"{connections} clients: {after[0] - before[0]} new summary versions during the "
                f"run, the newest of {after[1]} of {after[2]} stored; the worker finished its "
                f"backlog {caught_up:.0f} s after the run"
            )
        service.stop("worker")
        service.stop("beat")
        floor_rate = rows[0][3]
        alone = links.run(api, CONCURRENCIES[0], SECONDS)
        rows += [("API, worker stopped", CONCURRENCIES[0], alone, floor_rate)]
        service.require_running()
    print(f"\ningest: POST /api/v1/respond/{{token}} for {SECONDS} s, wrk, PostgreSQL + Redis")
    print_table(rows)
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
