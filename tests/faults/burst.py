"""Networks answering a launched round over HTTP, many clients at once, and what the
database kept: the half the fault tests share.

A client behaves as a careful integration would: each submission carries its own
Idempotency-Key, a 503 is waited out for its Retry-After and the same request sent again,
a broken connection is retried after a short pause. Anything else is counted as an error.
"""

from __future__ import annotations

import http.client
import json
import statistics
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.db import Database
from consult.domain import api_keys
from consult.models import DomainEvent
from consult.models.responses import Response, ResponseVersion
from tests.conftest import FOCAL_POINT, bearer, launch_over_http
from tests.many_networks import answers, directory

REQUEST_TIMEOUT = 30.0  # a reply slower than this is a hang: counted, then retried
RECONNECT_PAUSE = 0.3  # after a refused or broken connection
ERROR_KEYS = {"code", "message", "errors"}


@dataclass
class Reply:
    status: int
    headers: Message
    body: bytes
    seconds: float

    def json(self) -> Any:
        return json.loads(self.body)


def call(
    method: str,
    url: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
    data: bytes | None = None,
    timeout: float = REQUEST_TIMEOUT,
) -> Reply:
    """One HTTP request on a new connection; a connection that fails raises OSError (or
    http.client.HTTPException for a reply cut short), an HTTP status never does."""
    headers = dict(headers or {})
    if body is not None:
        data = json.dumps(body).encode()
        headers.setdefault("Content-Type", "application/json")
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Reply(response.status, response.headers, response.read(), _since(started))
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.headers, error.read(), _since(started))


def _since(started: float) -> float:
    return time.monotonic() - started


def timed_out(error: BaseException) -> bool:
    return isinstance(error, TimeoutError) or isinstance(
        getattr(error, "reason", None), TimeoutError
    )


def unavailable_problem(reply: Reply) -> str | None:
    """What is wrong with a 503 by the API's contract (JSON {code, message, errors} and a
    Retry-After in seconds), or None."""
    if not reply.headers.get("Content-Type", "").startswith("application/json"):
        return f"503 as {reply.headers.get('Content-Type')}: {reply.body[:80]!r}"
    try:
        shape = set(reply.json())
    except ValueError:
        return f"503 with a body that is not JSON: {reply.body[:80]!r}"
    if shape != ERROR_KEYS:
        return f"503 shaped {sorted(shape)}"
    if not reply.headers.get("Retry-After", "").isdigit():
        return f"503 without Retry-After in seconds ({reply.headers.get('Retry-After')!r})"
    return None


@dataclass
class Tally:
    """What the clients saw; shared by their threads."""

    accepted: set[int] = field(default_factory=set)  # network ids whose submission got a 200
    unavailable: int = 0  # documented 503s, waited out and retried
    replayed: int = 0  # retries answered with the save an earlier, cut-off try made
    broken: int = 0  # refused or cut connections, retried
    errors: Counter[str] = field(default_factory=Counter)  # anything else (5xx, 4xx, hangs)
    latencies: list[float] = field(default_factory=list)  # of every answered request
    last_unavailable_at: float = 0.0
    lock: threading.Condition = field(default_factory=threading.Condition)

    def wait_accepted(self, count: int, timeout: float) -> bool:
        with self.lock:
            return self.lock.wait_for(lambda: len(self.accepted) >= count, timeout)

    @property
    def server_errors(self) -> int:
        """Replies of 500 and above other than a documented 503."""
        return sum(n for problem, n in self.errors.items() if problem[:1] == "5")

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        if len(ordered) < 2:
            return ordered[0] if ordered else 0.0
        return statistics.quantiles(ordered, n=100, method="inclusive")[round(share * 100) - 1]


class Burst:
    """`threads` clients answering every invitation once (a draft first for every
    `drafts_every`-th network if asked), until all are in or `seconds` have passed."""

    def __init__(
        self,
        base: str,
        invitations: list[dict[str, Any]],
        key: str,
        threads: int = 8,
        drafts_every: int = 0,
        seconds: float = 150.0,
        request_timeout: float = REQUEST_TIMEOUT,
    ) -> None:
        self.base, self.invitations, self.key = base, invitations, key
        self.threads, self.drafts_every = threads, drafts_every
        self.timeout = request_timeout
        self.deadline = time.monotonic() + seconds
        self.tally = Tally()
        self._runner = threading.Thread(target=self._run, daemon=True)

    def expected(self) -> dict[int, dict[str, Any]]:
        """What each network (by id) submits."""
        return {inv["network"]["id"]: answers(i) for i, inv in enumerate(self.invitations)}

    def start(self) -> Burst:
        self._runner.start()
        return self

    def join(self) -> Tally:
        left = max(0.0, self.deadline - time.monotonic())
        self._runner.join(timeout=left + self.timeout)
        return self.tally

    def _run(self) -> None:
        with ThreadPoolExecutor(self.threads) as pool:
            list(pool.map(self._answer, range(len(self.invitations))))

    def _answer(self, index: int) -> None:
        invitation = self.invitations[index]
        url = f"{self.base}/api/v1/respond/{invitation['token']}"
        if self.drafts_every and index % self.drafts_every == 0:
            draft = {"answers": {"coop_level": 1 + index % 5}}
            if not self._until_answered("PUT", url, draft, f"{self.key}-{index}-draft"):
                return
        body = {"answers": answers(index), "submitted_by": FOCAL_POINT}
        if self._until_answered("POST", url, body, f"{self.key}-{index}"):
            with self.tally.lock:
                self.tally.accepted.add(invitation["network"]["id"])
                self.tally.lock.notify_all()

    def _until_answered(self, method: str, url: str, body: dict[str, Any], key: str) -> bool:
        tally = self.tally
        while time.monotonic() < self.deadline:
            try:
                reply = call(method, url, body, {"Idempotency-Key": key}, None, self.timeout)
            except (OSError, http.client.HTTPException) as error:
                with tally.lock:
                    if timed_out(error):
                        tally.errors[f"no reply within {self.timeout:.0f} s"] += 1
                    else:
                        tally.broken += 1
                time.sleep(RECONNECT_PAUSE)
                continue
            with tally.lock:
                tally.latencies.append(reply.seconds)
            if reply.status == 200:
                if reply.json().get("replayed"):
                    with tally.lock:
                        tally.replayed += 1
                return True
            problem = unavailable_problem(reply) if reply.status == 503 else None
            if reply.status != 503 or problem:
                with tally.lock:
                    tally.errors[problem or f"{reply.status}: {reply.body[:120]!r}"] += 1
                return False
            with tally.lock:
                tally.unavailable += 1
                tally.last_unavailable_at = time.monotonic()
            time.sleep(int(reply.headers["Retry-After"]))
        with tally.lock:
            tally.errors["gave up: the burst's time ran out"] += 1
        return False


class LiveClient:
    """What launch_over_http asks of Flask's test client, sent to a live server over HTTP."""

    def __init__(self, base: str) -> None:
        self.base = base

    def post(
        self,
        path: str,
        json: Any = None,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> LiveReply:
        reply = call("POST", f"{self.base}{path}", json, headers, data)
        return LiveReply(reply.status, reply.body)


@dataclass
class LiveReply:
    status_code: int
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Launched:
    admin: dict[str, str]  # an admin key's headers
    round_id: int
    invitations: list[dict[str, Any]]


def launch(base: str, database_url: str, networks: int, round_body: dict[str, Any]) -> Launched:
    """A new admin key, `networks` networks imported and a round launched to them, over
    HTTP."""
    database = Database(database_url)
    try:
        with database.session() as session:
            admin = bearer(api_keys.create_key(session, "fault test", "admin").secret)
    finally:
        database.dispose()
    launched = launch_over_http(LiveClient(base), admin, directory(networks), round_body)
    assert len(launched.invitations) == networks
    return Launched(admin, launched.id, launched.invitations)


@dataclass
class Kept:
    """What the database holds of a round's submissions."""

    submissions: dict[int, list[dict[str, Any]]]  # network id: answers of each version
    half_written: list[str]  # a response without its versions, or an empty version
    submitted_events: Counter[int]  # response.submitted per network id
    updated_events: int  # response.updated: a network submitting a second time

    @property
    def stored(self) -> int:
        return sum(1 for versions in self.submissions.values() if versions)

    @property
    def duplicated(self) -> int:
        """Submitted versions beyond the one each network sent."""
        return sum(max(0, len(versions) - 1) for versions in self.submissions.values())

    def differing(self, expected: dict[int, dict[str, Any]]) -> list[int]:
        """Networks whose stored submission is not what they sent."""
        return [
            network
            for network, versions in self.submissions.items()
            if versions and versions[-1] != expected.get(network)
        ]


def kept(database_url: str, round_id: int) -> Kept:
    database = Database(database_url)
    try:
        session = database.read_session()
        try:
            return _kept(session, round_id)
        finally:
            session.close()
    finally:
        database.dispose()


def _kept(session: Session, round_id: int) -> Kept:
    responses = session.scalars(select(Response).where(Response.round_id == round_id)).all()
    submissions: dict[int, list[dict[str, Any]]] = {}
    half_written: list[str] = []
    for response in responses:
        versions = session.scalars(
            select(ResponseVersion)
            .where(ResponseVersion.response_id == response.id)
            .order_by(ResponseVersion.number)
        ).all()
        numbers = [version.number for version in versions]
        if not versions or response.current_version_id != versions[-1].id:
            half_written.append(f"network {response.network_id}: current version not its last")
        if response.version_count != len(versions) or numbers != list(range(1, len(numbers) + 1)):
            half_written.append(f"network {response.network_id}: versions {numbers}")
        half_written += [
            f"network {response.network_id}: version {version.number} has no answers"
            for version in versions
            if not version.answers
        ]
        submitted = [version for version in versions if version.kind == "submission"]
        if submitted and response.submitted_version_id != submitted[-1].id:
            half_written.append(f"network {response.network_id}: submitted version not its last")
        submissions[response.network_id] = [version.answers for version in submitted]
    events = session.scalars(
        select(DomainEvent).where(DomainEvent.type.in_(["response.submitted", "response.updated"]))
    ).all()
    mine = [event for event in events if event.payload.get("round_id") == round_id]
    return Kept(
        submissions=submissions,
        half_written=half_written,
        submitted_events=Counter(
            event.payload["network_id"] for event in mine if event.type == "response.submitted"
        ),
        updated_events=sum(1 for event in mine if event.type == "response.updated"),
    )
