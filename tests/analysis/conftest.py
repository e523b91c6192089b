"""Print the calibration rates at the end of the run, whatever pytest captures."""

from __future__ import annotations

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.analysis.test_calibration import RATES

    if RATES:
        terminalreporter.section("calibration of the common response")
        for line in RATES:
            terminalreporter.write_line(line)
