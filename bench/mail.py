"""Fan-out of one reminder to 5,000 contacts through a local SMTP sink, against smtplib.

Ours: the reminders are queued (one multi-row insert of keyed rows) and sent by the mail
sender as the worker runs it: claimed in batches of 100, each rendered from its templates
in English or Khmer (the network's own link derived per message), sent over one SMTP
connection per batch and marked sent in its own commit before the next message's content
goes out, on the embedded SQLite database. The floor, in the same run: a bare smtplib loop
over one connection building and sending 5,000 small messages.
The sink is aiosmtpd's discarding handler in its own process.
"""

from __future__ import annotations

import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from bench.process import free_port, peak_mib

CONTACTS = 5_000


def start_sink(port: int) -> subprocess.Popen:
    sink = subprocess.Popen(  # noqa: S603 (our sink, our arguments)
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
         "-c", "aiosmtpd.handlers.Sink"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return sink
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the SMTP sink did not start")


def prepare(folder: Path, port: int):  # noqa: ANN201 (the settings and the database)
    """A migrated SQLite database with one open round to 5,000 networks, one contact each."""
    from consult import migrate
    from consult.config import Settings
    from consult.db import Database
    from consult.models import Contact, Invitation, Network, Round

    settings = Settings.from_env(
        {
            "CONSULT_VAR_DIR": str(folder),
            "CONSULT_SMTP_HOST": "127.0.0.1",
            "CONSULT_SMTP_PORT": str(port),
            "CONSULT_LOG_LEVEL": "WARNING",
        }
    )
    migrate.upgrade(settings.database_url)
    database = Database(settings.database_url)
    now = datetime.now(UTC)
    with database.session() as session:
        round_ = Round(
            title={"en": "Bench round", "km": "ការពិគ្រោះយោបល់សាកល្បង"},
            purpose={"en": "Benchmark", "km": "សាកល្បង"},
            questionnaire=[], audience={"all": True}, status="open",
            reminders_days_before_close=[7, 1], closes_at=now + timedelta(days=1, hours=1),
            launched_at=now - timedelta(days=7), opens_at=now - timedelta(days=7),
        )  # fmt: skip
        session.add(round_)
        session.flush()
        for i in range(CONTACTS):
            language = "km" if i % 2 else "en"
            network = Network(
                name=f"Network {i}", name_key=f"network {i}", kind="provincial",
                province="Kampot", mou=False, language=language,
            )  # fmt: skip
            network.contacts.append(
                Contact(name=f"Focal {i}", email=f"focal{i}@example.org", language=language)
            )
            session.add(network)
            session.flush()
            session.add(
                Invitation(round_id=round_.id, network_id=network.id, token_hash=f"{i:064x}")
            )
    return settings, database


def ours(settings, database) -> float:  # noqa: ANN001
    from consult.db import utcnow
    from consult.domain.due_mail import queue_reminders
    from consult.mail.sender import send_batch
    from consult.tasks.mail import BATCH

    started = time.perf_counter()
    with database.session() as session:
        assert queue_reminders(session, utcnow()) == CONTACTS
    sent = 0
    while True:
        batch, full = send_batch(database, settings, BATCH)
        sent += batch
        if not full:
            break
    assert sent == CONTACTS, sent
    return time.perf_counter() - started


def floor(port: int) -> float:
    """The least a sender does: build a small message and send it, on one connection."""
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as client:
        for i in range(CONTACTS):
            message = EmailMessage()
            message["From"] = "consult@localhost"
            message["To"] = f"focal{i}@example.org"
            message["Subject"] = "Reminder"
            message.set_content("Please answer by tomorrow.\nhttp://127.0.0.1:8000/r/abcdef\n")
            client.send_message(message)
    return time.perf_counter() - started


def main() -> None:
    port = free_port()
    sink = start_sink(port)
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings, database = prepare(Path(folder), port)
            bare = floor(port)
            before = peak_mib()
            mine = ours(settings, database)
            grown = peak_mib() - before
            database.dispose()
    finally:
        sink.terminate()
        sink.wait(timeout=10)
    print(f"\nreminder fan-out to {CONTACTS:,} contacts through a local SMTP sink (SQLite)")
    print(f"{'':>22} {'seconds':>8} {'messages/s':>11} {'x floor':>8}")
    print(f"{'bare smtplib (floor)':>22} {bare:>8.2f} {CONTACTS / bare:>11.0f} {1:>8.2f}")
    print(
        f"{'queued, rendered, sent':>22} {mine:>8.2f} {CONTACTS / mine:>11.0f} {mine / bare:>8.2f}"
    )
    print(f"peak memory growth while sending: {grown:.1f} MiB")


if __name__ == "__main__":
    main()
