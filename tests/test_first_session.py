"""The README's first session, line by line, against a running service on embedded defaults.

The lines are read from the README itself, so the README cannot drift from what works.
`make run &` is the service this test starts (`consult run`, what `make run` calls);
`xdg-open URL` becomes a fetch of that URL (no browser to open); every `curl` fails the
test on an HTTP error; `sleep N`, there to give the workers time for the summary, waits at
most N seconds, until the summary counts the submission. Each line runs in one bash
session, in a folder of its own that holds the checkout's `examples/`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.servers import free_port, wait_until_ready
from tests.test_run import stop

ROOT = Path(__file__).resolve().parents[1]


def first_session_lines() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("A first session", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.replace("\\\n", "").splitlines() if line.strip()]


# The README's KEY and BASE are set by its earlier lines; round 1 is the one it launches.
SLEEP_UNTIL_SUMMARISED = """sleep() {
  local tries=$(( $1 * 5 )) summary
  while (( tries-- > 0 )); do
    summary=$(command curl -sS -H "Authorization: Bearer $KEY" "$BASE/api/v1/rounds/1/summary")
    grep -q '"response_count": *1\\b' <<< "$summary" && return
    command sleep 0.2
  done
}"""


def test_the_readme_names_port_and_no_mac_only_command():
    lines = first_session_lines()
    assert lines[0].startswith("make run &")
    commands = [line.split("#")[0] for line in lines]
    assert not any(re.search(r"(^|\s)open\s", command) for command in commands), "macOS `open`"
    assert not any(":8000" in line and "PORT" not in line for line in lines)


def test_the_readme_first_session_works(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONSULT_")}
    env |= {"PORT": str(port), "CONSULT_VAR_DIR": str(tmp_path / "var")}
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parent.parent)
    service = subprocess.Popen(
        [sys.executable, "-m", "consult.cli", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_ready(f"http://127.0.0.1:{port}")
        script = "\n".join(
            [
                "set -euo pipefail",
                'curl() { command curl --fail-with-body -sS "$@"; }',
                'xdg-open() { command curl --fail-with-body -sS -o /dev/null "$1"; }',
                SLEEP_UNTIL_SUMMARISED,
                *(_echoed(line) for line in first_session_lines()[1:]),
            ]
        )
        done = subprocess.run(
            ["bash", "-c", script],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert done.returncode == 0, f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    finally:
        stop(service)
    output = done.stdout
    assert re.search(r'"created":\s*34\b', output), "the directory was imported"
    assert "BEGIN:VCALENDAR" in output, "the calendar feed was served"
    assert re.search(r'"response_count":\s*1\b', output), "the summary counts the submission"
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert report.lower().startswith("<!doctype html")
    assert list(tmp_path.glob("round-1-responses*.xlsx")), "the export was saved"
    assert len(list((tmp_path / "var" / "mail").glob("*.eml"))) >= 34


def _echoed(line: str) -> str:
    """The line, announced on stderr first so a failure says which line it was."""
    quoted = line.replace("'", "'\\''")
    return f"echo '$ {quoted}' >&2\n{line}"
