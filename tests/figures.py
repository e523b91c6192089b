"""Figures the tests measure (calibration rates, what each fault test accepted, stored, lost),
printed in sections at the end of the run: `make test` runs without -s and under
pytest-xdist, where a test's own print is never seen (tests/conftest.py collects them)."""

FIGURES: dict[str, list[str]] = {}


def report(section: str, line: str) -> None:
    """Keep `line` for the end of the run's summary under `section`, and print it for -s."""
    print(f"\n{line}")
    FIGURES.setdefault(section, []).append(line)


# The section every fault test (tests/faults/) reports its line in.
FAULT_FIGURES = "fault tests: accepted, stored, lost, duplicated, errors, recovery"
