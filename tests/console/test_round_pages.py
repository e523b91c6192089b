"""A round from the console: the list, launch with its confirmation and the links shown
once, invitations live, a new link, reminders, close and publish, responses and the report,
the common response and follow-ups. Each action as staff (done, audited), as a viewer (403,
nothing changed), without its CSRF token (400) and with bad input (422 naming the field)."""

from __future__ import annotations

import csv
import html
import io
import re
from urllib.parse import unquote

import pytest
from sqlalchemy import func, select

from consult.models import AuditEntry, Followup, MailMessage, Round
from consult.texts import t
from tests.api.test_common_response import COMMITMENTS, STATEMENT
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS
from tests.console.conftest import csrf_of, post, signed_in


def count(app, model, *where) -> int:
    with app.extensions["consult"].database.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def audited(app) -> list[tuple[str, str]]:
    """What the console's accounts did, besides signing in (the API's keys are audited too)."""
    with app.extensions["consult"].database.session() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.target)
            .where(AuditEntry.actor.startswith("user:"), AuditEntry.action != "sign-in")
            .order_by(AuditEntry.id)
        )
        return [(action, target) for action, target in rows]


def status_of(app, round_id: int) -> str:
    with app.extensions["consult"].database.session() as session:
        return session.get(Round, round_id).status


def submit(client, token: str, answers: dict | None = None):
    body = {"answers": answers or SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    reply = client.post(f"/api/v1/respond/{token}", json=body)
    assert reply.status_code == 200, reply.json
    return reply


def draft_round(client, admin, sample_round, **audience) -> int:
    created = client.post(
        "/api/v1/rounds",
        json={**sample_round, "audience": audience or {"all": True}},
        headers=admin,
    )
    assert created.status_code == 201, created.json
    return created.json["id"]


def test_the_rounds_list_shows_each_status_with_its_response_rate(
    client, admin, accounts, launched_round, sample_round
):
    draft = draft_round(client, admin, sample_round)
    submit(client, launched_round.invitations[0]["token"])
    signed_in(client, accounts["viewer"].email)
    page = client.get("/staff/rounds")
    assert page.status_code == 200
    assert "1 of 34 (3%)" in page.text
    assert f'href="/staff/rounds/{launched_round.id}"' in page.text
    assert f'href="/staff/rounds/{draft}"' in page.text
    only_open = client.get("/staff/rounds?status=open").text
    assert f'href="/staff/rounds/{draft}"' not in only_open
    assert 'href="/staff/rounds"' in client.get("/staff/").text, "the menu links the list"


def test_launch_says_who_is_invited_and_who_has_no_mail_then_shows_their_links_once(
    app, client, admin, accounts, launched_round, sample_round
):
    bare = client.post(
        "/api/v1/networks",
        json={"name": "Kep Fishers Network", "kind": "provincial", "province": "Kep"},
        headers=admin,
    ).json["id"]
    mailed = launched_round.invitations[0]["network"]["id"]
    round_id = draft_round(client, admin, sample_round, network_ids=[bare, mailed])
    signed_in(client, accounts["staff"].email)
    confirm = client.get(f"/staff/rounds/{round_id}/launch")
    assert confirm.status_code == 200
    assert "2 networks will be invited" in confirm.text
    assert "No mail address (1)" in confirm.text and "Kep Fishers Network" in confirm.text
    assert status_of(app, round_id) == "draft", "the confirmation changes nothing"

    launched = post(client, f"/staff/rounds/{round_id}/launch", {}, f"/staff/rounds/{round_id}")
    assert launched.status_code == 200 and launched.headers["Cache-Control"] == "no-store"
    assert status_of(app, round_id) == "open"
    links = re.findall(r"<code>(http[^<]+/r/[^<]+)</code>", launched.text)
    handed = launched.text.split("Links to hand over")[1].split("<details")[0]
    assert (
        "Kep Fishers Network" in handed
        and launched_round.invitations[0]["network"]["name"] not in handed
    )
    token = links[0].rsplit("/", 1)[1]
    assert client.get(f"/api/v1/respond/{token}").status_code == 200, "the link works"
    assert ("launch-round", f"round:{round_id}") in audited(app)
    again = client.get(f"/staff/rounds/{round_id}")
    assert token not in again.text, "the links are not shown again"
    assert client.get(f"/staff/rounds/{round_id}/launch").status_code == 303


def links_file(page: str) -> list[list[str]]:
    """The rows of the links page's CSV download (a data: URL carried by the page)."""
    [url] = re.findall(r'href="data:text/csv;charset=utf-8,([^"]+)"\s+download=', page)
    content = unquote(html.unescape(url))
    assert content.startswith("\ufeff"), "a byte order mark, so spreadsheet programs read UTF-8"
    return list(csv.reader(io.StringIO(content[1:])))


def test_the_links_page_offers_copy_buttons_a_csv_and_a_printable_sheet(
    client, admin, accounts, launched_round, sample_round
):
    bare = client.post(
        "/api/v1/networks",
        json={"name": "=Kep Fishers", "kind": "provincial", "province": "Kep"},
        headers=admin,
    ).json["id"]
    mailed = launched_round.invitations[0]["network"]
    round_id = draft_round(client, admin, sample_round, network_ids=[bare, mailed["id"]])
    signed_in(client, accounts["staff"].email)
    launched = post(client, f"/staff/rounds/{round_id}/launch", {}, f"/staff/rounds/{round_id}")
    header, *rows = links_file(launched.text)
    assert header == ["Network", "Contacts", "Form", "API link"]
    by_name = {row[0]: row for row in rows}
    assert set(by_name) == {"'=Kep Fishers", mailed["name"]}, "no cell runs as a formula"
    assert by_name["'=Kep Fishers"][1] == ""
    contacts = client.get(f"/api/v1/networks/{mailed['id']}", headers=admin).json["contacts"]
    assert by_name[mailed["name"]][1] == "; ".join(f"{c['name']} <{c['email']}>" for c in contacts)
    token = by_name[mailed["name"]][2].rsplit("/", 1)[1]
    assert by_name[mailed["name"]][3].endswith(f"/api/v1/respond/{token}")
    assert client.get(f"/api/v1/respond/{token}").status_code == 200
    assert launched.text.count('class="small secondary copy"') == 2 * (2 + 1)  # all + to hand
    assert 'data-copy="all-form-' in launched.text and "links.js" in launched.text
    sheet = launched.text.split('class="print-sheet"')[1]
    assert sheet.count("<section>") == 2 and "No mail address: hand this link over." in sheet
    post(client, "/staff/language", {"language": "km", "next": "/staff/"})
    reissued = post(
        client, f"/staff/rounds/{round_id}/invitations/{bare}/reissue", {"confirmed": "yes"},
        f"/staff/rounds/{round_id}",
    )  # fmt: skip
    header, row = links_file(reissued.text)
    assert header == ["បណ្តាញ", "អ្នកទំនាក់ទំនង", "ទម្រង់", "តំណ API"]
    assert row[0] == "'=Kep Fishers" and row[2] != by_name["'=Kep Fishers"][2]


def test_the_invitation_list_changes_after_a_submission_through_the_api(
    client, accounts, launched_round
):
    signed_in(client, accounts["viewer"].email)
    page = client.get(f"/staff/rounds/{launched_round.id}")
    live = f"/staff/rounds/{launched_round.id}/live"
    assert f'hx-get="{live}"' in page.text and 'hx-trigger="every 5s"' in page.text
    assert "/static/htmx.min.js" in page.text
    assert f'href="/staff/rounds/{launched_round.id}"' in page.text, "a reload link"
    invitation = launched_round.invitations[3]
    network = invitation["network"]["id"]
    before = client.get(live)
    assert before.status_code == 200 and "0 of 34 networks answered (0%)" in before.text
    assert "<html" not in before.text, "a fragment, not a page"
    row = re.compile(rf'<tr id="invitation-{network}">.*?</tr>', re.S)
    assert "pending" in row.search(before.text).group(0)

    client.get(f"/api/v1/respond/{invitation['token']}")
    assert "opened" in row.search(client.get(live).text).group(0)
    submit(client, invitation["token"])
    after = client.get(live).text
    assert "1 of 34 networks answered (3%)" in after
    assert "submitted" in row.search(after).group(0)


def test_a_reminder_is_sent_once_however_often_the_form_is_sent(
    app, client, accounts, launched_round
):
    round_page = f"/staff/rounds/{launched_round.id}"
    submit(client, launched_round.invitations[0]["token"])
    signed_in(client, accounts["staff"].email)
    key = re.search(r'name="key" value="([^"]+)"', client.get(round_page).text).group(1)
    for _ in range(2):  # a double click
        sent = post(client, f"{round_page}/remind", {"key": key}, round_page)
        assert sent.status_code == 303 and sent.headers["Location"] == round_page
    assert count(app, Followup, Followup.kind == "reminder") == 1
    with app.extensions["consult"].database.session() as session:
        followup = session.scalars(select(Followup)).one()
        assert len(followup.network_ids) == 33, "not the network that answered"
    assert audited(app).count(("remind", f"round:{launched_round.id}")) == 1
    assert "That reminder was sent already" in client.get(round_page).text, "the double click"
    one = launched_round.invitations[5]["network"]["id"]
    sent = post(client, f"{round_page}/remind", {"key": "k2", "network": one}, round_page)
    assert sent.status_code == 303
    with app.extensions["consult"].database.session() as session:
        latest = session.scalars(select(Followup).order_by(Followup.id.desc())).first()
        assert list(latest.network_ids) == [one]
    queued = count(app, MailMessage, MailMessage.kind == "reminder")
    assert queued >= 34, "every contact of the networks reminded has a message queued"


def test_a_new_link_is_shown_once_and_the_old_one_stops_working(
    app, client, accounts, launched_round
):
    invitation = launched_round.invitations[2]
    network = invitation["network"]
    round_page = f"/staff/rounds/{launched_round.id}"
    signed_in(client, accounts["staff"].email)
    reissue = f"{round_page}/invitations/{network['id']}/reissue"
    issued = post(client, reissue, {"confirmed": "yes"}, round_page)
    assert issued.status_code == 200 and issued.headers["Cache-Control"] == "no-store"
    assert f"A new link for {network['name']}" in issued.text
    [link] = re.findall(r"<code>(http[^<]+/r/[^<]+)</code>", issued.text)
    assert client.get(f"/api/v1/respond/{invitation['token']}").status_code == 404
    assert client.get(f"/api/v1/respond/{link.rsplit('/', 1)[1]}").status_code == 200
    assert ("reissue-link", f"round:{launched_round.id}") in audited(app)


def test_responses_show_every_version_and_the_report_is_behind_the_sign_in(
    client, accounts, launched_round
):
    invitation = launched_round.invitations[0]
    network = invitation["network"]
    submit(client, invitation["token"])
    submit(client, invitation["token"], {**SAMPLE_ANSWERS, "members": 43})
    history = f"/staff/rounds/{launched_round.id}/responses/{network['id']}"
    assert client.get(history).status_code == 302, "sign-in first"
    signed_in(client, accounts["viewer"].email)
    listed = client.get(f"/staff/rounds/{launched_round.id}/responses")
    assert listed.status_code == 200 and f'href="{history}"' in listed.text
    page = client.get(history)
    assert page.status_code == 200
    assert "Version 1: submitted" in page.text and "Version 2: submitted" in page.text
    assert "42" in page.text and "43" in page.text and "Sok Dara" in page.text
    missing = client.get(f"/staff/rounds/{launched_round.id}/responses/999999")
    assert missing.status_code == 404
    assert client.get(f"/staff/rounds/{launched_round.id}/responses?page=0").status_code == 422


def test_the_summary_report_is_the_apis_in_the_readers_language(client, accounts, answered_round):
    report = f"/staff/rounds/{answered_round.id}/report"
    assert client.get(report).status_code == 302
    signed_in(client, accounts["viewer"].email)
    english = client.get(report)
    assert english.status_code == 200 and "Common response" in english.text
    khmer = client.get(f"{report}?lang=km")
    assert khmer.status_code == 200 and "ការឆ្លើយតបរួម" in khmer.text
    bad = client.get(f"{report}?lang=fr")
    assert bad.status_code == 422 and "lang" in bad.text
    assert client.get(f"{report}?version=99").status_code == 404


def test_close_review_approve_and_publish_with_the_validation_tally(
    app, client, accounts, answered_round
):
    round_id = answered_round.id
    round_page = f"/staff/rounds/{round_id}"
    signed_in(client, accounts["staff"].email)
    closed = post(client, f"{round_page}/close", {"confirmed": "yes"}, round_page)
    assert closed.status_code == 303 and status_of(app, round_id) == "closed"
    recompute = app.extensions["consult"].celery.tasks["consult.summaries.recompute"]
    recompute.apply(args=[round_id], kwargs={"final": True, "force": True}).get()
    early = post(client, f"{round_page}/publish", {}, round_page)
    assert early.status_code == 409 and "Approve the common response to publish" in early.text
    assert status_of(app, round_id) == "closed"

    common = f"{round_page}/common-response"
    page = client.get(common)
    assert page.status_code == 200 and "Draft, not approved" in page.text
    half = post(client, common, {"statement_en": "Only English"}, common)
    assert half.status_code == 303, "one language is saved alone, for a colleague to translate"
    form = {f"statement_{code}": STATEMENT[code] for code in ("en", "km")}
    form |= {f"commitments_{code}": COMMITMENTS[code] for code in ("en", "km")}
    edited = post(client, common, form, common)
    assert edited.status_code == 303
    page = client.get(common).text
    assert STATEMENT["km"] in page and "Version 3" in page
    bad = post(client, f"{common}/approve", {"version": "two"}, common)
    assert bad.status_code == 422 and t("safe_approve_refused", "en") in bad.text
    stale = post(client, f"{common}/approve", {"version": "1"}, common)
    assert stale.status_code == 409
    approved = post(client, f"{common}/approve", {"version": "3"}, common)
    assert approved.status_code == 303
    assert count(app, Followup, Followup.kind == "validation") == 1

    followups = f"{round_page}/followups"
    live = client.get(f"{followups}/live").text
    assert re.search(r"Confirmed\s*</dt>\s*<dd>\s*0\s*</dd>", live)
    with app.extensions["consult"].database.session() as session:
        followup_id = session.scalars(select(Followup.id)).one()
    token = answered_round.invitations[0]["token"]
    reply = {"verdict": "contest", "text": "Provincial networks see it otherwise."}
    assert (
        client.post(f"/api/v1/respond/{token}/followups/{followup_id}", json=reply).status_code
        == 201
    )
    live = client.get(f"{followups}/live").text
    assert re.search(r"Contested\s*</dt>\s*<dd>\s*1\s*</dd>", live)
    assert "Provincial networks see it otherwise." in live

    published = post(client, f"{round_page}/publish", {}, round_page)
    assert published.status_code == 303 and status_of(app, round_id) == "published"
    actions = [action for action, _ in audited(app)]
    assert actions == [
        "close-round",
        "edit-common-response",
        "edit-common-response",
        "approve-common-response",
        "publish-round",
    ]


def test_a_clarification_question_goes_to_networks_that_submitted(
    app, client, accounts, launched_round
):
    answered = launched_round.invitations[1]
    submit(client, answered["token"])
    followups = f"/staff/rounds/{launched_round.id}/followups"
    signed_in(client, accounts["staff"].email)
    page = client.get(followups).text
    assert f'value="{answered["network"]["id"]}"' in page
    silent = launched_round.invitations[2]["network"]["id"]
    asked = {"question_en": "Which donors?", "question_km": "ម្ចាស់ជំនួយណាខ្លះ?"}
    nobody = post(client, followups, asked, followups)
    assert nobody.status_code == 422 and "networks" in nobody.text
    stranger = post(client, followups, {**asked, "networks": str(silent)}, followups)
    assert stranger.status_code == 422 and "has not submitted" in stranger.text
    one_language = post(
        client,
        followups,
        {"question_en": "Which?", "networks": str(answered["network"]["id"])},
        followups,
    )
    assert one_language.status_code == 422 and "question" in one_language.text
    sent = post(
        client,
        followups,
        {**asked, "networks": str(answered["network"]["id"]), "question_key": "donor_role"},
        followups,
    )
    assert sent.status_code == 303
    assert count(app, Followup, Followup.kind == "clarification") == 1
    assert "Which donors?" in client.get(followups).text
    assert ("ask-clarification", f"round:{launched_round.id}") in audited(app)


@pytest.mark.parametrize(
    "action",
    [
        "launch",
        "remind",
        "close",
        "publish",
        "reissue",
        "common-response",
        "common-response/approve",
        "followups",
    ],
)
def test_a_viewer_is_refused_every_action_and_nothing_changes(
    app, client, accounts, launched_round, action
):
    round_page = f"/staff/rounds/{launched_round.id}"
    network = launched_round.invitations[0]["network"]["id"]
    path = {
        "reissue": f"{round_page}/invitations/{network}/reissue",
    }.get(action, f"{round_page}/{action}")
    signed_in(client, accounts["viewer"].email)
    refused = post(
        client, path, {"version": "1", "statement_en": "x", "statement_km": "x"}, round_page
    )
    assert refused.status_code == 403 and "Not allowed" in refused.text
    assert status_of(app, launched_round.id) == "open"
    assert count(app, Followup) == 0 and audited(app) == []
    assert (
        client.get(f"/api/v1/respond/{launched_round.invitations[0]['token']}").status_code == 200
    )


def test_every_action_without_its_csrf_token_is_refused(app, client, accounts, launched_round):
    round_page = f"/staff/rounds/{launched_round.id}"
    signed_in(client, accounts["staff"].email)
    for path in ("launch", "remind", "close", "publish", "common-response", "followups"):
        refused = client.post(f"{round_page}/{path}", data={"key": "x"})
        assert refused.status_code == 400 and "The form has expired" in refused.text
    assert status_of(app, launched_round.id) == "open" and count(app, Followup) == 0
    assert audited(app) == []


def test_bad_or_unfit_input_is_a_page_that_says_why_never_a_500(client, accounts, launched_round):
    round_page = f"/staff/rounds/{launched_round.id}"
    signed_in(client, accounts["staff"].email)
    bad = post(client, f"{round_page}/remind", {"network": "abc"}, round_page)
    assert bad.status_code == 422 and "networks" in bad.text
    assert "Nothing was changed" in bad.text
    stranger = post(client, f"{round_page}/remind", {"network": "999999"}, round_page)
    assert stranger.status_code == 422 and "was not invited" in stranger.text
    assert post(client, f"{round_page}/launch", {}, round_page).status_code == 409
    assert post(client, "/staff/rounds/999999/close", {}, round_page).status_code == 404
    assert client.get("/staff/rounds/999999").status_code == 404
    early = client.get(f"{round_page}/common-response")
    assert early.status_code == 404 and "drafted when it closes" in early.text
    assert csrf_of(client.get(round_page).data)


class Recorder:
    """Wraps domain functions: each call's arguments are kept, then the call goes through."""

    def __init__(self, monkeypatch, module, *names: str) -> None:
        self.calls: list[tuple[str, tuple]] = []
        for name in names:
            monkeypatch.setattr(module, name, self.wrap(name, getattr(module, name)))

    def wrap(self, name, function):
        def recorded(session, *args, **kwargs):
            self.calls.append((name, args))
            return function(session, *args, **kwargs)

        return recorded


def test_console_actions_call_the_same_domain_functions_as_the_api(
    app, client, admin, accounts, monkeypatch, answered_round, sample_round
):
    from consult.domain import common_responses, followups, invitations, rounds

    launches = Recorder(monkeypatch, rounds, "launch_round", "move_round")
    links = Recorder(monkeypatch, invitations, "reissue")
    sent = Recorder(monkeypatch, followups, "send_followup")
    reviewed = Recorder(monkeypatch, common_responses, "edit", "approve")
    staff = accounts["staff"].email
    round_id = answered_round.id
    draft = draft_round(client, admin, sample_round)
    network = answered_round.invitations[0]["network"]["id"]
    console = f"/staff/rounds/{round_id}"

    def both(api_path: str, body: dict | None, console_path: str, form: dict) -> None:
        client.post(api_path, json=body, headers=admin)
        post(client, console_path, form, console)

    signed_in(client, staff)

    both(f"/api/v1/rounds/{draft}/launch", None, f"/staff/rounds/{draft}/launch", {})
    both(
        f"/api/v1/rounds/{round_id}/invitations/{network}/reissue",
        None,
        f"{console}/invitations/{network}/reissue",
        {"confirmed": "yes"},
    )
    question = {"en": "Which donors?", "km": "ម្ចាស់ជំនួយណាខ្លះ?"}
    both(
        f"/api/v1/rounds/{round_id}/followups",
        {"kind": "clarification", "networks": [network], "question": question},
        f"{console}/followups",
        {"networks": str(network), "question_en": question["en"], "question_km": question["km"]},
    )
    both(f"/api/v1/rounds/{round_id}/close", None, f"{console}/close", {"confirmed": "yes"})
    recompute = app.extensions["consult"].celery.tasks["consult.summaries.recompute"]
    recompute.apply(args=[round_id], kwargs={"final": True, "force": True}).get()
    both(
        f"/api/v1/rounds/{round_id}/common-response",
        {"statement": STATEMENT, "commitments": COMMITMENTS},
        f"{console}/common-response",
        {
            **{f"statement_{code}": STATEMENT[code] for code in ("en", "km")},
            **{f"commitments_{code}": COMMITMENTS[code] for code in ("en", "km")},
        },
    )
    both(
        f"/api/v1/rounds/{round_id}/common-response/approve",
        {"version": 3},
        f"{console}/common-response/approve",
        {"version": "3"},
    )
    both(f"/api/v1/rounds/{round_id}/publish", None, f"{console}/publish", {})

    def pairs(recorder: Recorder, *keep: int) -> list[tuple[str, tuple]]:
        return [(name, tuple(args[i] for i in keep)) for name, args in recorder.calls]

    assert pairs(launches, 0) == [
        ("launch_round", (draft,)),
        ("launch_round", (draft,)),
        ("move_round", (round_id,)),
        ("move_round", (round_id,)),
        ("move_round", (round_id,)),
        ("move_round", (round_id,)),
    ]
    assert [args[1] for name, args in launches.calls if name == "move_round"] == [
        "close",
        "close",
        "publish",
        "publish",
    ]
    assert launches.calls[0][1][2] == launches.calls[1][1][2], "the same secret key"
    assert pairs(links, 0, 1, 2)[0] == pairs(links, 0, 1, 2)[1]
    asked = [args[1] for _, args in sent.calls if args[1].kind == "clarification"]
    assert [(request.networks, request.question) for request in asked] == [
        ([network], question),
        ([network], question),
    ]
    edits = [args[1] for name, args in reviewed.calls if name == "edit"]
    assert [(edit.statement, edit.commitments) for edit in edits] == [
        (STATEMENT, COMMITMENTS),
        (STATEMENT, COMMITMENTS),
    ]
    approvals = [args[1] for name, args in reviewed.calls if name == "approve"]
    assert approvals == [3, 3]


def test_the_vendored_htmx_is_the_pinned_version_served_from_here(client):
    from pathlib import Path

    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text()
    pinned = re.search(r"^HTMX_VERSION := (\S+)$", makefile, re.M).group(1)
    served = client.get("/staff/static/htmx.min.js")
    assert served.status_code == 200 and "javascript" in served.content_type
    assert f'version:"{pinned}"' in served.get_data(as_text=True)
