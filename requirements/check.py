"""Fail when pyproject.toml asks for a package the lock files do not pin (run by `make install`).

The lock files are installed with --require-hashes and the project itself with --no-deps, so
a dependency added to pyproject.toml without `make lock` would otherwise go missing silently.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def name_of(requirement: str) -> str:
    """A requirement's canonical name (PEP 503): `Flask-Compress>=1` -> `flask-compress`."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if match is None:
        raise ValueError(f"cannot read a name in {requirement!r}")
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def pinned(lock: Path) -> set[str]:
    return {name_of(line) for line in lock.read_text().splitlines() if "==" in line}


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {
        "requirements/runtime.txt": project["dependencies"],
        "requirements/dev.txt": project["dependencies"] + project["optional-dependencies"]["dev"],
    }
    missing = {
        lock: sorted({name_of(r) for r in requirements} - pinned(ROOT / lock))
        for lock, requirements in wanted.items()
    }
    for lock, names in missing.items():
        if names:
            print(f"consult: {lock} does not pin {', '.join(names)}: run `make lock`")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
