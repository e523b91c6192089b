"""Generated requests for every operation of the OpenAPI document: never a 500.

schemathesis derives requests from the schema, including ones the schema forbids; with an
admin key every operation is reachable. A response may refuse the request (4xx) but must not
fail (5xx), and an error keeps the error shape. Two phases run: the examples the document
gives (every JSON request body has one), then generated requests, valid and invalid.
`make fuzz` runs the same with more requests per operation (FUZZ_EXAMPLES).
"""

from __future__ import annotations

import os

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode

from tests.conftest import bearer

EXAMPLES_PER_OPERATION = int(os.environ.get("FUZZ_EXAMPLES", "30"))


def run(strategy, headers, max_examples: int) -> None:
    """Send what `strategy` draws; fail on a 5xx or an error outside the error shape."""

    @given(case=strategy)
    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,  # the same requests every run: CI is reproducible
        suppress_health_check=list(HealthCheck),
    )
    def never_fails(case):
        response = case.call(headers=headers)
        assert response.status_code < 500, f"{case.method} {case.path}: {response.text}"
        if response.status_code >= 400:
            assert set(response.json()) == {"code", "message", "errors"}

    never_fails()


def test_no_generated_request_reaches_a_server_error(app, keys):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    headers = bearer(keys["admin"])
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10

    with_examples = set()
    for operation in operations:
        # The examples phase: each example once (path parameters are drawn around it).
        for strategy in schema.get_strategies_from_examples(operation):
            with_examples.add(operation.label)
            run(strategy, headers, max_examples=1)
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                run(operation.as_strategy(generation_mode=mode), headers, EXAMPLES_PER_OPERATION)
            except Unsatisfiable:
                # Nothing to get wrong: the operation takes no parameters and no body.
                assert mode is GenerationMode.NEGATIVE

    json_bodies = {
        operation.label
        for operation in operations
        if "application/json" in schema.get_request_payload_content_types(operation)
    }
    assert json_bodies - with_examples == set(), "a JSON request body without an example"
