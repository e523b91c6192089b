"""Generated requests for every operation of the OpenAPI document: never a 500.

schemathesis derives requests from the schema, including ones the schema forbids; with an
admin key every operation is reachable. A response may refuse the request (4xx) but must not
fail (5xx), and an error keeps the error shape.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode

from tests.conftest import bearer

EXAMPLES_PER_OPERATION = 30


def test_no_generated_request_reaches_a_server_error(app, keys):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    headers = bearer(keys["admin"])
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10

    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
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

            try:
                never_fails()
            except Unsatisfiable:
                # Nothing to get wrong: the operation takes no parameters and no body.
                assert mode is GenerationMode.NEGATIVE
