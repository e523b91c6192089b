"""What a test does when a real service it needs (PostgreSQL, Redis, Chromium, ...) is not
there: skipped, and loudly, so a developer's run still goes through; under CI
(CONSULT_REQUIRE_SERVICES=1), a failure instead."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

REQUIRE_SERVICES = os.environ.get("CONSULT_REQUIRE_SERVICES") == "1"


def service_missing(service: str, reason: str) -> NoReturn:
    message = f"{service} is not available ({reason}); tests that need it cannot run"
    if REQUIRE_SERVICES:
        pytest.fail(f"{message}, and CONSULT_REQUIRE_SERVICES=1", pytrace=False)
    pytest.skip(f"SKIPPED LOUDLY: {message}. Start it or set its CONSULT_TEST_* URL.")
