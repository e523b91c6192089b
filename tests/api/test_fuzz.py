"""Generated requests for every operation of the OpenAPI document: never a 500.

schemathesis derives requests from the schema, including ones the schema forbids. A response
may refuse the request (4xx) but must not fail (5xx), and an error keeps the error shape.
Four runs, each on both databases:

- admin, every operation (in four shards of the operations, spread over the test
  processes): the examples the document gives (every JSON request body has one), then
  generated requests, valid and invalid;
- staff and viewer, every operation: valid requests; besides never a 5xx, the role matrix
  holds: an operation the role may not use answers 403 (never 2xx), one it may use never
  401/403;
- a network's own link (`/api/v1/respond/{token}` with a valid token of a launched round):
  valid and invalid answers, drafts and submissions, after which the link still opens;
- the stateful phase: `schema.as_state_machine()` chains calls along the document's links
  (consult/api/links.py) with the ids and tokens real answers return (a round read from its
  list, its invitations, a reissued link, the network's draft and submission, ...). Each
  scenario starts again from the answered sample round, so the same calls get the same
  answers; it prints how many calls went along a link and which links were not reached.

The rate limits are lifted here: generated requests are meant to reach the views, not a 429
(tests/api/test_abuse.py covers those). Runs are derandomized, so CI sends the same requests
every time. `make fuzz` runs the same longer: FUZZ_EXAMPLES generated requests per
operation and mode, FUZZ_SCENARIOS state machine runs of up to FUZZ_STEPS calls.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.core.errors import format_transition
from schemathesis.generation import GenerationMode
from werkzeug.exceptions import NotFound

from consult.api.auth import PUBLIC, access_of
from consult.api.links import LINKS
from consult.config import Settings
from consult.domain import api_keys
from consult.roles import role_allows
from tests.api.test_openapi import spec_path
from tests.conftest import bearer, restore_state, truncate_all

EXAMPLES_PER_OPERATION = int(os.environ.get("FUZZ_EXAMPLES", "15"))
# The lower roles send fewer: what they may use, admin has fuzzed already; what they may
# not, is refused before the input is read.
ROLE_EXAMPLES = max(EXAMPLES_PER_OPERATION // 6, 3)
REFUSED_EXAMPLES = 3
STATEFUL_SCENARIOS = int(os.environ.get("FUZZ_SCENARIOS", "25"))
STATEFUL_STEPS = int(os.environ.get("FUZZ_STEPS", "20"))
UNLIMITED = "1000000/minute"
RESPOND = "/api/v1/respond/"
# schemathesis' WSGI transport reads a body as sent; a compressed one (flask-compress) would
# leave links nothing to read and an error nothing to check.
PLAIN = {"Accept-Encoding": "identity"}

Check = Callable[[Any, Any], None]
# Lists whose items the links lead from ("GET /api/v1/rounds", ...).
LISTS = {link.source for link in LINKS if link.source.startswith("GET ") and "{" not in link.source}


@pytest.fixture(name="settings")
def settings_without_rate_limits(settings: Settings) -> Settings:
    """The usual test settings with every rate limit out of the fuzzer's reach."""
    return dataclasses.replace(
        settings,
        rate_limit_link=UNLIMITED,
        rate_limit_form=UNLIMITED,
        rate_limit_unknown_token=UNLIMITED,
    )


def never_fails(case, response) -> None:
    """No 5xx; an error answers with the documented shape."""
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:2000]}"
    )
    if response.status_code >= 400:
        assert set(response.json()) - {"key"} == {"code", "message", "errors"}, (
            f"{case.method} {case.formatted_path}: {response.text[:2000]}"
        )


def run(strategy, headers, max_examples: int, check: Check = never_fails) -> None:
    """Send what `strategy` draws and `check` each answer."""

    @given(case=strategy)
    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,  # the same requests every run: CI is reproducible
        suppress_health_check=list(HealthCheck),
    )
    def sends(case):
        check(case, case.call(headers={**PLAIN, **headers}))

    sends()


def run_both_modes(operation, headers, check: Check = never_fails, **fixed: Any) -> None:
    """Valid requests, then invalid ones; `fixed` holds what every request keeps (a token)."""
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        try:
            strategy = operation.as_strategy(generation_mode=mode, **fixed)
            run(strategy, headers, EXAMPLES_PER_OPERATION, check)
        except Unsatisfiable:
            # Nothing left to get wrong: no parameter but fixed ones, and no body.
            assert mode is GenerationMode.NEGATIVE


def load(app):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    return schema, operations


# The admin run is cut in shards of every SHARDS-th operation, so that pytest-xdist spreads
# it over the test processes instead of one process running it alone at the end.
SHARDS = 4


@pytest.mark.parametrize("shard", range(SHARDS))
def test_no_generated_request_reaches_a_server_error(app, keys, shard):
    schema, every_operation = load(app)
    operations = every_operation[shard::SHARDS]
    headers = bearer(keys["admin"])

    with_examples = set()
    for operation in operations:
        # The examples phase: each example once (path parameters are drawn around it).
        for strategy in schema.get_strategies_from_examples(operation):
            with_examples.add(operation.label)
            run(strategy, headers, max_examples=1)
        run_both_modes(operation, headers)

    json_bodies = {
        operation.label
        for operation in operations
        if "application/json" in schema.get_request_payload_content_types(operation)
    }
    assert json_bodies - with_examples == set(), "a JSON request body without an example"


class RoleMatrix:
    """The least role each operation needs, read from its view (consult/api/auth.py)."""

    def __init__(self, app) -> None:
        self.urls = app.url_map.bind("localhost")
        self.needs = {
            (spec_path(rule.rule), method): access_of(
                rule.endpoint, app.view_functions[rule.endpoint], method
            )
            for rule in app.url_map.iter_rules()
            for method in rule.methods - {"HEAD", "OPTIONS"}
        }

    def allows(self, role: str, operation) -> bool:
        needed = self.needs[(operation.path, operation.method.upper())]
        assert needed is not None, f"{operation.label} declares no role"
        return needed == PUBLIC or role_allows(role, needed)

    def routes(self, case) -> bool:
        """Whether the path reaches a view at all (a malformed id is a 404 before it)."""
        try:
            self.urls.match(case.formatted_path, method=case.method.upper())
        except NotFound:
            return False
        return True


@pytest.mark.parametrize("role", ["staff", "viewer"])
def test_a_lower_role_is_served_what_it_may_use_and_refused_the_rest(app, keys, role):
    _, operations = load(app)
    matrix = RoleMatrix(app)
    headers = bearer(keys[role])
    forbidden = {operation.label for operation in operations if not matrix.allows(role, operation)}
    refused: set[str] = set()

    for operation in operations:
        allowed = operation.label not in forbidden

        def role_matrix_holds(case, response, allowed=allowed) -> None:
            never_fails(case, response)
            where = f"{role}: {case.method} {case.formatted_path} -> {response.status_code}"
            if allowed:
                assert response.status_code not in (401, 403), where
            elif matrix.routes(case):
                assert response.status_code == 403, where
                refused.add(case.operation.label)
            else:
                assert response.status_code == 404, where

        strategy = operation.as_strategy(generation_mode=GenerationMode.POSITIVE)
        examples = ROLE_EXAMPLES if allowed else REFUSED_EXAMPLES
        run(strategy, headers, examples, role_matrix_holds)

    assert forbidden, f"{role} may use every operation"
    assert refused == forbidden, "each operation the role may not use was refused with a 403"


def test_a_network_link_takes_generated_answers_without_a_server_error(app, client, launched_round):
    _, operations = load(app)
    token = launched_round.tokens()[0]
    statuses: Counter[tuple[str, int]] = Counter()

    def counted(case, response) -> None:
        never_fails(case, response)
        statuses[(case.operation.label, response.status_code)] += 1

    linked = [operation for operation in operations if operation.path.startswith(RESPOND)]
    assert len(linked) >= 4
    for operation in linked:
        run_both_modes(operation, {}, counted, path_parameters={"token": token})

    print("link:", ", ".join(f"{label} {code}: {n}" for (label, code), n in statuses.items()))
    assert statuses[(f"GET {RESPOND}{{token}}", 200)] > 0, "the valid token reached the view"
    assert client.get(f"{RESPOND}{token}").status_code == 200, "the link still opens"


def test_linked_calls_never_reach_a_server_error(app, saved_rounds):
    schema, _ = load(app)
    # The document's own links only: the inferred ones would dilute them with guesses.
    schema.config.phases.stateful.inference.algorithms = []
    database = app.extensions["consult"].database
    calls: Counter[str] = Counter()
    followed: Counter[str] = Counter()

    class LinkedCalls(schema.as_state_machine()):
        def setup(self) -> None:
            """Each scenario starts from the answered sample round and a new admin key: the
            same calls get the same answers, as Hypothesis' replays require."""
            truncate_all(database.url)
            with database.engine.begin() as connection:
                restore_state(connection, saved_rounds["answered"].rows)
            self.new_key()

        def new_key(self) -> None:
            with database.session() as session:
                issued = api_keys.create_key(session, "fuzz", "admin")
                self.key_id, self.headers = issued.key.id, bearer(issued.secret)

        def after_call(self, response, case) -> None:
            super().after_call(response, case)
            revoked = case.operation.label == "DELETE /api/v1/keys/{key_id}"
            if revoked and response.status_code == 200 and response.json()["id"] == self.key_id:
                self.new_key()  # an admin may revoke its own key; the scenario goes on

        def before_call(self, case) -> None:
            if case.operation.label in LISTS:
                case.query = {}  # the first page, unfiltered: items for the links to follow

        def step(self, input):
            if input.transition is not None and input.is_applied:
                followed[input.transition.id] += 1
            return super().step(input)

        def get_call_kwargs(self, case) -> dict[str, Any]:
            return {"headers": {**PLAIN, **self.headers}}

        def validate_response(self, response, case, **kwargs: Any) -> None:
            calls[f"{response.status_code // 100}xx"] += 1
            never_fails(case, response)

    LinkedCalls.run(
        settings=settings(
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=STATEFUL_STEPS,
            phases=[Phase.generate],
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
    )
    print(
        f"stateful: {STATEFUL_SCENARIOS} scenarios, {sum(calls.values())} calls "
        f"({', '.join(f'{n} {k}' for k, n in sorted(calls.items()))}), "
        f"{sum(followed.values())} along a link, {len(followed)} of the {len(LINKS)} links"
    )
    missed = [
        f"{link.source} {link.name}"
        for link in LINKS
        if format_transition(link.source, str(link.status), link.name, link.target) not in followed
    ]
    print("links not followed:", "; ".join(missed) or "none")
    assert calls["2xx"] > 0 and followed, "the state machine followed links from real answers"
