"""Streaming export of a round's responses: time and peak memory at 10,000 and 100,000.

Each measurement runs in a fresh process so its peak resident memory (ru_maxrss) is its
own. The floor is the least an export can do: the same rows read with sqlite3 and written
raw by csv.writer. The export streams, so its peak memory should barely grow from 10,000
to 100,000 responses; loading every row first (what a naive export does) is shown too, and
"xlsx" writes the workbook (constant memory) instead of the CSV.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.process import measure_in_subprocess, peak_mib, report

SIZES = (10_000, 100_000)
SEED = 20261125
SAMPLE_ROUND = Path(__file__).resolve().parents[1] / "examples" / "sample_round.json"


def build_database(path: Path, responses: int) -> int:
    """A migrated SQLite database holding one open round answered by `responses` networks."""
    from consult import migrate

    url = f"sqlite:///{path}"
    migrate.upgrade(url)
    questionnaire = json.loads(SAMPLE_ROUND.read_text(encoding="utf-8"))["questions"]
    rng = random.Random(SEED)
    now = datetime.now(UTC)
    stamp = now.isoformat(sep=" ")
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO rounds (id, title, purpose, questionnaire, audience, status, "
            "reminders_days_before_close, created_at, updated_at, closes_at) "
            "VALUES (1, ?, ?, ?, ?, 'open', '[7, 1]', ?, ?, ?)",
            (
                json.dumps({"en": "Bench"}),
                json.dumps({"en": "Bench"}),
                json.dumps(questionnaire),
                json.dumps({"all": True}),
                stamp,
                stamp,
                (now + timedelta(days=7)).isoformat(sep=" "),
            ),
        )
        connection.executemany(
            "INSERT INTO networks (id, name, name_key, kind, province, mou, language, "
            "created_at, updated_at) VALUES (?, ?, ?, 'member', 'Kampot', 0, 'km', ?, ?)",
            ((i, f"Network {i}", f"network {i}", stamp, stamp) for i in range(1, responses + 1)),
        )
        connection.executemany(
            "INSERT INTO invitations (id, round_id, network_id, token_hash, status, issued_at, "
            "times_reissued) VALUES (?, 1, ?, ?, 'submitted', ?, 0)",
            ((i, i, f"{i:064x}", stamp) for i in range(1, responses + 1)),
        )
        connection.executemany(
            "INSERT INTO response_versions (id, response_id, number, kind, answers, language, "
            "channel, submitted_by, created_at) "
            "VALUES (?, ?, 1, 'submission', ?, 'km', 'api', ?, ?)",
            (
                (i, i, json.dumps(_answers(rng), ensure_ascii=False), '{"name": "x"}', stamp)
                for i in range(1, responses + 1)
            ),
        )
        connection.executemany(
            "INSERT INTO responses (id, round_id, network_id, invitation_id, status, "
            "version_count, current_version_id, submitted_version_id, created_at, updated_at) "
            "VALUES (?, 1, ?, ?, 'submitted', 1, ?, ?, ?, ?)",
            ((i, i, i, i, i, stamp, stamp) for i in range(1, responses + 1)),
        )
    connection.close()
    return responses


def _answers(rng: random.Random) -> dict[str, object]:
    priorities = ["funding", "capacity", "space"]
    rng.shuffle(priorities)
    return {
        "coop_level": rng.randint(1, 5),
        "collab_areas": rng.sample(["technical", "institutional", "financial", "advocacy"], 2),
        "donor_role": rng.choice(["agree", "disagree", "pass"]),
        "mechanism": rng.choice(["mou", "working_group", "forum"]),
        "priorities": priorities,
        "members": rng.randint(0, 1000),
        "challenges": rng.choice(["ខ្វះថវិកា និងការសម្របសម្រួល", "Funding is declining"]),
    }


def measure(variant: str, path: Path) -> None:
    """Run one export variant in this process and print seconds and peak memory as JSON."""
    from zoneinfo import ZoneInfo

    from consult.api.exports import csv_chunks, write_workbook
    from consult.db import Database
    from consult.domain.exports import export_table

    started = time.perf_counter()
    rows = 0
    with open("/dev/null", "w", encoding="utf-8") as sink:
        if variant == "floor":
            connection = sqlite3.connect(path)
            import csv

            writer = csv.writer(sink)
            for row in connection.execute(
                "SELECT n.id, n.name, v.number, v.created_at, v.answers FROM responses r "
                "JOIN networks n ON n.id = r.network_id "
                "JOIN response_versions v ON v.id = r.submitted_version_id ORDER BY n.name_key"
            ):
                writer.writerow(row)
                rows += 1
        else:
            database = Database(f"sqlite:///{path}")
            session = database.read_session()
            # Khmer labels: the work a programme officer's default export does.
            sheet = export_table(session, 1, ZoneInfo("Asia/Phnom_Penh"), "km")
            if variant == "load-all":
                sheet = replace(sheet, rows=list(sheet.rows))
            if variant == "xlsx":
                Path(write_workbook([sheet])).unlink()
            else:
                for chunk in csv_chunks(sheet):
                    sink.write(chunk)
                    rows += chunk.count("\n")
            session.close()
    seconds = time.perf_counter() - started
    report({"variant": variant, "rows": rows, "seconds": seconds, "peak_mib": peak_mib()})


def _run(variant: str, path: Path) -> dict[str, float]:
    return measure_in_subprocess("bench.export", variant, str(path))


def main() -> None:
    print("export of a round's responses to CSV and XLSX (SQLite, one process per measurement)")
    print(f"{'responses':>10} {'variant':>10} {'seconds':>8} {'peak MiB':>9} {'x floor':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            path = Path(folder) / f"bench-{size}.db"
            build_database(path, size)
            floor = _run("floor", path)
            for variant in ("floor", "streaming", "load-all", "xlsx"):
                result = floor if variant == "floor" else _run(variant, path)
                print(
                    f"{size:>10} {variant:>10} {result['seconds']:>8.2f} "
                    f"{result['peak_mib']:>9.1f} {result['seconds'] / floor['seconds']:>8.2f}"
                )


if __name__ == "__main__":
    if len(sys.argv) == 3:
        measure(sys.argv[1], Path(sys.argv[2]))
    else:
        main()
