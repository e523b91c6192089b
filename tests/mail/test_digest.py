"""The weekly digest: once per recipient per week, in their language, with events ahead."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine

from tests.conftest import NETWORKS_CSV, launch_over_http
from tests.mail.smtp import wait_until
from tests.mail.test_followups import DIRECTORY

ZONE = ZoneInfo("Asia/Phnom_Penh")
STAFF = "secretariat@ccc.example.org"


def next_monday_8am() -> datetime:
    today = datetime.now(ZONE).replace(hour=8, minute=0, second=0, microsecond=0)
    return today + timedelta(days=7 - today.weekday())


def test_weekly_digest_goes_once_a_week_to_staff_and_contacts_and_can_be_stopped(
    mail_stack, smtp_server, sample_round
):
    client = mail_stack.app.test_client()
    admin = mail_stack.admin
    monday = next_monday_8am()
    forum = {
        "title": {"en": "Learning forum on the common response", "km": "វេទិកាសិក្សាអំពីការឆ្លើយតបរួម"},
        "starts_at": (monday + timedelta(days=3)).isoformat(),
        "ends_at": (monday + timedelta(days=3, hours=4)).isoformat(),
        "place": "Phnom Penh",
    }
    assert client.post("/api/v1/events", json=forum, headers=admin).status_code == 201
    sample_round["closes_at"] = (monday + timedelta(days=4)).isoformat()
    launch_over_http(client, admin, NETWORKS_CSV.read_bytes(), sample_round)
    sink = smtp_server.sink
    assert wait_until(lambda: sink.count() >= 34, timeout=30)
    invitations = sink.count()

    with time_machine.travel(monday, tick=True):
        assert mail_stack.run("consult.mail.weekly_digest") == 35
        assert mail_stack.run("consult.mail.weekly_digest") == 0, "beat firing twice: no more"
        assert wait_until(lambda: sink.count() >= invitations + 35, timeout=30)

    [staff] = [m for m in sink.to(STAFF)]
    staff_text = staff.get_body(("plain",)).get_content()
    assert "CSO collaboration for development effectiveness" in staff_text
    assert "0 of 34 networks answered (0%)" in staff_text
    assert "Closing this week" in staff_text and forum["title"]["en"] in staff_text

    khmer = next(row for row in DIRECTORY if row["language"] == "km")
    [digest] = [m for m in sink.to(khmer["contact_email"]) if "សប្តាហ៍" in m["Subject"]]
    text = digest.get_body(("plain",)).get_content()
    assert forum["title"]["km"] in text and sample_round["title"]["km"] in text
    assert "/r/" in text, "the network's own link to answer"
    stop_link = digest["List-Unsubscribe"].strip("<>")
    path = stop_link.split("://", 1)[1].split("/", 1)[1]
    assert client.get(f"/{path}").status_code == 200, "asking is not stopping"
    assert client.post(f"/{path}").status_code == 200
    assert client.post("/digests/stop/forged-link").status_code == 404

    preview = client.get(f"/api/v1/digests/preview?staff={STAFF}", headers=admin)
    assert preview.status_code == 200 and "CSO collaboration" in preview.get_data(as_text=True)

    with time_machine.travel(monday + timedelta(days=7), tick=True):
        assert mail_stack.run("consult.mail.weekly_digest") == 34, "one contact stopped digests"
