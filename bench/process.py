"""Run one measurement in a fresh process, so its peak memory is its own."""

from __future__ import annotations

import json
import resource
import socket
import subprocess
import sys


def peak_mib() -> float:
    """The peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(result: dict[str, object]) -> None:
    """What a measuring process prints as its last line, for `measure_in_subprocess`."""
    print(json.dumps(result), flush=True)


def measure_in_subprocess(module: str, *arguments: str) -> dict[str, float]:
    output = subprocess.run(  # noqa: S603 (our own module, our own arguments)
        [sys.executable, "-m", module, *arguments],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now, for a server the bench starts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
