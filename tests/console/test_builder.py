"""The round builder: a round built, reordered and saved through plain forms, checked and
saved by the API's own schema and domain functions, its audience counted as a launch
invites it, and the network's form previewed exactly as a network sees it."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from consult.console.builder_form import column_code
from consult.domain import rounds
from consult.models import AuditEntry, Round
from consult.schemas.questionnaire import KEY_PATTERN
from consult.texts import CATALOG
from consult.texts.staff import STAFF as TEXTS
from tests.console.conftest import post, signed_in


class FormReader(HTMLParser):
    """The fields of a page's form as a browser would send them (without a button)."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._textarea: str | None = None
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = {key: value or "" for key, value in attrs}
        name = found.get("name")
        if tag == "input" and name:
            kind = found.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in found:
                return
            if kind != "submit":
                self.fields.append((name, found.get("value", "on")))
        elif tag == "textarea" and name:
            self._textarea = name
            self.fields.append((name, ""))
        elif tag == "select" and name:
            self._select, self._options = name, []
        elif tag == "option" and self._select:
            self._options.append((found.get("value", ""), "selected" in found))

    def handle_data(self, data: str) -> None:
        if self._textarea:
            name, value = self.fields.pop()
            self.fields.append((name, value + data))

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select:
            chosen = [value for value, selected in self._options if selected] or [
                self._options[0][0]
            ]
            self.fields.append((self._select, chosen[0]))
            self._select = None


class Builder:
    """A staff member at the builder: reads the page's form, changes fields, presses buttons."""

    def __init__(self, client, path: str) -> None:
        self.client, self.path = client, path
        self.page = client.get(path)
        assert self.page.status_code == 200, self.page.text
        self.fields = self.read(self.page.text)

    @staticmethod
    def read(html: str) -> list[tuple[str, str]]:
        reader = FormReader()
        reader.feed(html[re.search(r"<form[^>]*action=\"/staff/rounds", html).start() :])
        return reader.fields

    def set(self, name: str, value: str | list[str]) -> None:
        values = value if isinstance(value, list) else [value]
        self.fields = [(n, v) for n, v in self.fields if n != name] + [(name, v) for v in values]

    def value(self, name: str) -> str:
        return next(v for n, v in self.fields if n == name)

    def press(self, do: str, status: int = 200):
        answer = self.client.post(self.path, data=MultiDict([*self.fields, ("do", do)]))
        assert answer.status_code == status, answer.text
        if status in (200, 422):
            self.page = answer
            self.fields = self.read(answer.text)
        return answer

    def swap(self, do: str) -> str:
        """Press a button as htmx does: the answer is the questions alone, put in place of
        the old ones; the rest of the page stays as it was."""
        answer = self.client.post(
            self.path, data=MultiDict([*self.fields, ("do", do)]), headers={"HX-Request": "true"}
        )
        assert answer.status_code == 200, answer.text
        reader = FormReader()
        reader.feed(answer.text)
        swapped = ("questions.", "open", "new_type")
        self.fields = [(n, v) for n, v in self.fields if not n.startswith(swapped)]
        self.fields += reader.fields
        return answer.text

    def pair(self, name: str, en: str, km: str) -> None:
        self.set(f"{name}.en", en)
        self.set(f"{name}.km", km)

    def add(self, kind: str, en: str, km: str, **settings: str) -> int:
        """Add a question of `kind`, write its text and settings; its place on the page."""
        self.set("new_type", kind)
        self.press("add")
        place = len({n.split(".")[1] for n, _ in self.fields if n.startswith("questions.")}) - 1
        self.pair(f"questions.{place}.text", en, km)
        for name, value in settings.items():
            self.set(f"questions.{place}.{name}", value)
        return place

    def options(self, place: int, *labels: tuple[str, str]) -> None:
        for _ in range(len(labels) - 2):
            self.press(f"add_option.{place}")
        for index, (en, km) in enumerate(labels):
            self.pair(f"questions.{place}.options.{index}.text", en, km)


def question_keys(database, round_id: int) -> list[str]:
    with database.session() as session:
        return [q["key"] for q in session.get(Round, round_id).questionnaire]


def saved_id(answer) -> int:
    found = re.fullmatch(r"/staff/rounds/(\d+)/edit", answer.headers["Location"])
    assert found, answer.headers["Location"]
    return int(found.group(1))


@pytest.fixture
def staff_client(client, accounts):
    signed_in(client, accounts["staff"].email)
    return client


@pytest.fixture
def directory(imported_directory):
    """The example directory's 34 networks."""


def test_staff_build_a_round_of_every_question_type_in_both_languages(
    staff_client, database, directory
):
    builder = Builder(staff_client, "/staff/rounds/new")
    builder.pair("title", "Climate adaptation", "ការបន្សាំនឹងការប្រែប្រួលអាកាសធាតុ")
    builder.pair("purpose", "The networks' view on adaptation.", "ទស្សនៈរបស់បណ្តាញលើការបន្សាំ។")
    builder.add("likert", "Adaptation is funded well.", "ការបន្សាំទទួលបានថវិកាគ្រប់គ្រាន់។")
    choice = builder.add("single_choice", "Who should lead?", "តើអ្នកណាគួរដឹកនាំ?")
    builder.options(
        choice, ("Government", "រដ្ឋាភិបាល"), ("Networks", "បណ្តាញ"), ("Donors", "ម្ចាស់ជំនួយ")
    )
    picks = builder.add("multi_choice", "Which risks?", "ហានិភ័យណាខ្លះ?", min_picks="1", max_picks="2")
    builder.options(picks, ("Floods", "ទឹកជំនន់"), ("Drought", "គ្រោះរាំងស្ងួត"))
    builder.add("rating", "Rate the last plan.", "វាយតម្លៃផែនការចុងក្រោយ។", scale="7")
    builder.add("number", "How many members?", "សមាជិកប៉ុន្មាន?", min="0", max="1000")
    builder.set("questions.4.integer", "on")
    builder.add("text", "What would help?", "អ្វីនឹងជួយបាន?", max_length="500")
    ranked = builder.add("ranking", "Rank the needs.", "រៀបតម្រូវការតាមលំដាប់។")
    builder.options(ranked, ("Money", "ថវិកា"), ("Skills", "ជំនាញ"))
    builder.add("statement", "Donors must coordinate.", "ម្ចាស់ជំនួយត្រូវតែសម្របសម្រួល។")
    builder.set("questions.7.required", [])
    builder.set("audience.way", "filter")
    builder.set("audience.kinds", "provincial")
    builder.set("closes_at", "2030-03-31T17:00")
    builder.set("reminders_days_before_close", "7, 3, 1")

    saved = builder.press("save", 303)

    round_id = saved_id(saved)
    with database.session() as session:
        round_ = session.get(Round, round_id)
        assert round_.title == {
            "en": "Climate adaptation",
            "km": "ការបន្សាំនឹងការប្រែប្រួលអាកាសធាតុ",
        }
        questions = round_.questionnaire
        assert [q["type"] for q in questions] == [
            "likert",
            "single_choice",
            "multi_choice",
            "rating",
            "number",
            "text",
            "ranking",
            "statement",
        ]
        assert questions[1]["options"][2] == {
            "key": "donors",
            "text": {"en": "Donors", "km": "ម្ចាស់ជំនួយ"},
        }
        assert (questions[2]["min_picks"], questions[2]["max_picks"]) == (1, 2)
        assert questions[3]["scale"] == 7
        assert (questions[4]["min"], questions[4]["max"], questions[4]["integer"]) == (
            0,
            1000,
            True,
        )
        assert questions[5]["max_length"] == 500
        assert questions[7]["required"] is False and questions[0]["required"] is True
        assert round_.audience == {"kinds": ["provincial"]}
        assert round_.closes_at == datetime(2030, 3, 31, 10, 0, tzinfo=UTC)  # 17:00 at UTC+7
        assert round_.reminders_days_before_close == [7, 3, 1]
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "create-round"))
        assert [(e.actor, e.target) for e in audit] == [
            ("user:staff@ccc.example.org", f"round:{round_id}")
        ]
    again = Builder(staff_client, f"/staff/rounds/{round_id}/edit")
    assert TEXTS["builder_saved"]["en"] in again.page.text
    assert again.value("closes_at") == "2030-03-31T17:00"  # shown in Phnom Penh time
    assert again.value("questions.1.options.2.text.km") == "ម្ចាស់ជំនួយ"
    assert again.value("reminders_days_before_close") == "7, 3, 1"


def test_reorder_and_remove_questions_and_options_then_save(
    staff_client, database, admin, sample_round
):
    round_id = staff_client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    keys = question_keys(database, round_id)
    builder = Builder(staff_client, f"/staff/rounds/{round_id}/edit")

    builder.press("down.0")
    assert TEXTS["builder_changed"]["en"] in builder.page.text
    assert question_keys(database, round_id) == keys, "nothing is saved before Save"
    builder.press("up.6")
    builder.press("remove.2")
    assert builder.value("questions.2.options.0.key") == "mou"
    builder.press("option_down.2.0")
    builder.press("option_remove.2.2")
    builder.press("save", 303)

    expected = [keys[1], keys[0], keys[3], keys[4], keys[6], keys[5]]
    assert question_keys(database, round_id) == expected
    with database.session() as session:
        mechanism = session.get(Round, round_id).question("mechanism")
        assert [option["key"] for option in mechanism["options"]] == ["working_group", "mou"]
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "update-round")).one()
        assert entry.target == f"round:{round_id}" and entry.details == {
            "changed": ["questionnaire"]
        }


def test_changing_a_questions_type_shows_the_settings_of_its_new_type(staff_client):
    builder = Builder(staff_client, "/staff/rounds/new")
    builder.add("likert", "Agree?", "យល់ស្រប?")
    assert "questions.0.options.0.key" not in dict(builder.fields)
    builder.set("questions.0.type", "ranking")
    builder.press("type.0")
    assert "questions.0.options.1.text.km" in dict(builder.fields), "a ranking starts with 2"
    assert builder.value("questions.0.text.km") == "យល់ស្រប?"
    builder.set("questions.0.type", "number")
    builder.press("type.0")
    fields = dict(builder.fields)
    assert {"questions.0.min", "questions.0.max"} <= set(fields)
    assert "questions.0.options.0.key" not in fields and "questions.0.scale" not in fields


def test_an_invalid_form_says_which_field_and_keeps_what_was_typed(staff_client, database):
    builder = Builder(staff_client, "/staff/rounds/new")
    builder.pair("purpose", "Keep what I wrote", "សូមរក្សាអ្វីដែលខ្ញុំបានសរសេរ")
    place = builder.add("rating", "Rate it", "វាយតម្លៃ", scale="11")
    builder.set(f"questions.{place}.key", "Bad Key")
    builder.set("opens_at", "2030-04-02T09:00")
    builder.set("closes_at", "2030-04-01T09:00")
    builder.set("reminders_days_before_close", "7, seven")

    refused = builder.press("save", 422)

    page = refused.text
    for field in ("title", "questions-0-key", "questions-0-scale", "reminders_days_before_close"):
        assert f'id="f-{field}-error"' in page, field
    assert "Give the text in English, Khmer or both." in page
    assert "Use lower-case Latin letters, digits and _, starting with a letter." in page
    assert "Must be greater than or equal to 2 and less than or equal to 10." in page
    assert builder.value("purpose.km") == "សូមរក្សាអ្វីដែលខ្ញុំបានសរសេរ"
    assert builder.value("questions.0.key") == "Bad Key"
    assert builder.value("questions.0.scale") == "11"
    assert builder.value("reminders_days_before_close") == "7, seven"
    assert builder.value("closes_at") == "2030-04-01T09:00"
    assert '<a href="#f-questions-0-key">Question 1, Export column code' in page
    builder.pair("title", "A title", "ចំណងជើង")
    builder.set("questions.0.key", "rated")
    builder.set("questions.0.scale", "10")
    builder.set("reminders_days_before_close", "7")
    builder.set("audience.way", "all")
    builder.press("save", 422)
    assert 'id="f-closes_at-error"' in builder.page.text
    assert "The closing date must come after the opening date." in builder.page.text
    assert builder.value("questions.0.text.km") == "វាយតម្លៃ"
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Round)) == 0


BAD_INPUT = [
    {"questions.0.type": "essay"},
    {"questions.0.scale": "1e999"},
    {"questions.0.scale": "9" * 30},
    {"questions.0.text.km": "\x00"},
    {"questions.0.key": "x" * 5000},
    {"closes_at": "2030-13-45T99:99"},
    {"closes_at": "0001-01-01T00:00"},
    {"opens_at": "yesterday"},
    {"reminders_days_before_close": "-1, 0, 1000"},
    {"audience.way": "networks"},
    {"audience.way": "networks", "audience.network_ids": "abc"},
    {"audience.way": "filter", "audience.kinds": "village"},
    {"audience.way": "filter"},
    {"audience.way": "everyone"},
]


def test_bad_input_is_a_422_naming_the_field_never_a_500(staff_client, database):
    for bad in BAD_INPUT:
        builder = Builder(staff_client, "/staff/rounds/new")
        builder.pair("title", "T", "ចំណងជើង")
        builder.pair("purpose", "P", "គោលបំណង")
        builder.add("rating", "Rate", "វាយតម្លៃ")
        builder.set("audience.way", "all")
        for name, value in bad.items():
            builder.set(name, value)
        refused = builder.press("save", 422)
        assert 'class="error"' in refused.text, bad
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Round)) == 0


def test_a_viewer_gets_403_and_nothing_changes(client, accounts, database, admin, sample_round):
    round_id = client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    signed_in(client, accounts["viewer"].email)
    for path in ("/staff/rounds/new", f"/staff/rounds/{round_id}/edit"):
        assert client.get(path).status_code == 403
        refused = post(client, path, {"title.en": "Changed", "do": "save"})
        assert refused.status_code == 403 and "Not allowed" in refused.text
    assert client.get(f"/staff/rounds/{round_id}/preview?lang=km").status_code == 200
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Round)) == 1
        assert session.get(Round, round_id).title == sample_round["title"]


def test_a_post_without_its_csrf_token_is_refused(staff_client, database, admin, sample_round):
    round_id = staff_client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    for path in ("/staff/rounds/new", f"/staff/rounds/{round_id}/edit"):
        builder = Builder(staff_client, path)
        builder.set("title.en", "Changed")
        builder.set("csrf_token", [])
        builder.press("save", 400)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Round)) == 1
        assert session.get(Round, round_id).title == sample_round["title"]


def test_the_audience_shown_is_what_a_launch_invites(staff_client, admin, directory, sample_round):
    unmailed = staff_client.post(
        "/api/v1/networks",
        json={"name": "Kep Community Network", "kind": "provincial", "province": "Kep"},
        headers=admin,
    )
    assert unmailed.status_code == 201, unmailed.json
    round_id = staff_client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    builder = Builder(staff_client, f"/staff/rounds/{round_id}/edit")
    builder.set("audience.way", "filter")
    builder.set("audience.kinds", "provincial")
    builder.press("audience")
    shown = re.search(r"(\d+) networks would be invited", builder.page.text)
    assert shown, "the count is shown before saving"
    builder.press("save", 303)
    page = staff_client.get(f"/staff/rounds/{round_id}/edit").text
    count = int(re.search(r"(\d+) networks would be invited", page).group(1))
    assert count == int(shown.group(1))
    assert "1 of them have no mail address" in page and "Kep Community Network" in page

    launched = staff_client.post(f"/api/v1/rounds/{round_id}/launch", headers=admin)

    invited = launched.json["invitations"]
    assert len(invited) == count
    for item in invited:
        assert item["network"]["name"] in page
    assert [i["network"]["name"] for i in invited if i["mail_contacts"] == 0] == [
        "Kep Community Network"
    ]


def test_console_and_api_save_through_the_same_domain_functions(
    staff_client, admin, sample_round, monkeypatch
):
    calls: list[tuple[str, str]] = []
    for name in ("create_round", "update_round"):
        original = getattr(rounds, name)

        def recording(*args, _name=name, _original=original, **kwargs):
            calls.append((_name, "console" if "/staff/" in _request_path() else "api"))
            return _original(*args, **kwargs)

        monkeypatch.setattr(rounds, name, recording)
    round_id = staff_client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    staff_client.patch(f"/api/v1/rounds/{round_id}", json={"lens": ["kind"]}, headers=admin)
    builder = Builder(staff_client, f"/staff/rounds/{round_id}/edit")
    builder.press("save", 303)
    builder = Builder(staff_client, "/staff/rounds/new")
    builder.pair("title", "T", "ចំណងជើង")
    builder.pair("purpose", "P", "គោលបំណង")
    builder.add("statement", "S", "សេចក្តីថ្លែង")
    builder.set("audience.way", "all")
    builder.press("save", 303)
    assert calls == [
        ("create_round", "api"),
        ("update_round", "api"),
        ("update_round", "console"),
        ("create_round", "console"),
    ]


def _request_path() -> str:
    from flask import request

    return request.path


def test_the_preview_is_the_networks_own_form_and_cannot_send(
    client, accounts, launched_round, database
):
    token = launched_round.token_of("BNN")
    signed_in(client, accounts["viewer"].email)
    for language in ("km", "en"):
        preview = client.get(f"/staff/rounds/{launched_round.id}/preview?lang={language}")
        assert preview.status_code == 200
        network = client.get(f"/r/{token}?lang={language}")
        questions = re.compile(r'<fieldset id="q-.*<fieldset id="submitted-by"', re.S)
        assert questions.search(preview.text).group(0) == questions.search(network.text).group(0)
        assert preview.text.count(" disabled>") == 2  # save and submit are off
        assert TEXTS["builder_preview_notice"][language] in preview.text
    assert (
        "កិច្ចសហការរបស់អង្គការសង្គមស៊ីវិល"
        in client.get(f"/staff/rounds/{launched_round.id}/preview?lang=km").text
    )
    sent = post(client, f"/staff/rounds/{launched_round.id}/preview", {"action": "submit"})
    assert sent.status_code == 405


def test_a_launched_round_cannot_be_edited_and_the_page_says_so(
    staff_client, launched_round, database
):
    page = staff_client.get(f"/staff/rounds/{launched_round.id}/edit")
    assert page.status_code == 200
    assert TEXTS["builder_launched_title"]["en"] in page.text
    refused = post(
        staff_client, f"/staff/rounds/{launched_round.id}/edit", {"title.en": "X", "do": "save"}
    )
    assert refused.status_code == 409
    with database.session() as session:
        assert session.get(Round, launched_round.id).title["en"] != "X"


def test_an_export_column_code_is_made_from_the_english_text():
    assert column_code("Young people are heard in planning.", set(), "q1") == (
        "young_people_heard_planning"
    )
    assert column_code("Which channel works best?", {"channel_works_best"}, "q2") == (
        "channel_works_best_2"
    )
    assert column_code("Café prices in Siem Reap", set(), "q1") == "cafe_prices_siem_reap"
    assert column_code("2025 budget", set(), "q4") == "q_2025_budget"
    assert column_code("យុវជនត្រូវបានស្តាប់", set(), "q3") == "q3", "no Latin letter: its place"
    assert column_code("", {"o2"}, "o2") == "o2_2"


@given(st.text(max_size=300), st.sets(st.text(max_size=5), max_size=5))
def test_every_export_column_code_fits_the_schemas_rule_and_is_new(english, taken):
    code = column_code(english, taken, "q1")
    assert re.fullmatch(KEY_PATTERN, code) and code not in taken


def test_codes_are_made_at_save_hidden_and_kept_when_the_text_changes(staff_client, database):
    builder = Builder(staff_client, "/staff/rounds/new")
    builder.pair("title", "Codes", "កូដ")
    builder.pair("purpose", "Made for staff", "សម្រាប់បុគ្គលិក")
    builder.add("likert", "Young people are heard in planning.", "យុវជនត្រូវបានស្តាប់។")
    choice = builder.add("single_choice", "Young people are heard in planning!", "ម្តងទៀត")
    builder.options(choice, ("Meetings", "កិច្ចប្រជុំ"), ("Social media", "បណ្តាញសង្គម"))
    builder.add("text", "", "តែភាសាខ្មែរ")
    builder.set("audience.way", "all")
    assert re.search(r'<details class="codes"\s*>', builder.page.text), "shown only if asked"

    round_id = saved_id(builder.press("save", 303))

    assert question_keys(database, round_id) == [
        "young_people_heard_planning",
        "young_people_heard_planning_2",
        "q3",
    ]
    again = Builder(staff_client, f"/staff/rounds/{round_id}/edit")
    assert again.value("questions.1.options.1.key") == "social_media"
    again.press("edit.0")
    again.set("questions.0.text.en", "Youth are listened to.")
    again.press("save", 303)
    with database.session() as session:
        saved = session.get(Round, round_id).questionnaire
        assert saved[0]["key"] == "young_people_heard_planning", "a code once set is kept"
        assert saved[0]["text"]["en"] == "Youth are listened to."


def test_one_question_is_open_and_the_others_are_one_line_that_keep_everything(
    staff_client, database, admin, sample_round
):
    round_id = staff_client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    with database.session() as session:
        before = session.get(Round, round_id).questionnaire
    builder = Builder(staff_client, f"/staff/rounds/{round_id}/edit")
    assert builder.page.text.count('<fieldset class="question"') == 0
    assert builder.page.text.count('class="summary"') == len(sample_round["questions"])

    builder.press("edit.2")
    assert builder.page.text.count('<fieldset class="question"') == 1
    assert 'id="f-questions-2-text-en"' in builder.page.text
    builder.press("save", 303)

    with database.session() as session:
        assert session.get(Round, round_id).questionnaire == before
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "update-round"))
        assert [entry.details for entry in entries] == [{"changed": []}], "nothing was lost"


def test_htmx_adds_opens_moves_and_removes_in_place_and_save_keeps_it(
    staff_client, database, admin, sample_round
):
    round_id = staff_client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    keys = question_keys(database, round_id)
    builder = Builder(staff_client, f"/staff/rounds/{round_id}/edit")

    builder.set("new_type", "statement")
    added = builder.swap("add")
    assert "<html" not in added and 'id="questions"' in added
    assert TEXTS["builder_changed"]["en"] in added
    new = len(keys)
    assert builder.value("open") == str(new)
    assert f'id="f-questions-{new}-text-en"' in added, "the new question opens for editing"
    builder.pair(f"questions.{new}.text", "Donors must coordinate.", "ម្ចាស់ជំនួយត្រូវសម្របសម្រួល។")
    moved_up = builder.swap(f"up.{new}")
    assert builder.value("open") == str(new - 1), "the open question stays open as it moves"
    assert re.search(rf'id="do-up-{new - 1}"[^>]*autofocus', moved_up), "focus follows it"
    removed = builder.swap("remove.0")
    assert re.search(r'id="new_type"[^>]*autofocus', removed)
    moved = builder.swap("edit.1")
    assert moved.count('<fieldset class="question"') == 1 and builder.value("open") == "1"
    builder.press("save", 303)

    saved = question_keys(database, round_id)
    assert saved == [*keys[1:-1], "donors_must_coordinate", keys[-1]]


def test_without_javascript_the_same_buttons_send_the_whole_page(staff_client):
    builder = Builder(staff_client, "/staff/rounds/new")
    assert 'hx-post="/staff/rounds/new"' in builder.page.text
    builder.set("new_type", "likert")
    answer = builder.press("add")
    assert answer.text.lstrip().lower().startswith("<!doctype html>")
    assert TEXTS["builder_changed"]["en"] in answer.text
    assert builder.value("open") == "0"


def test_a_refused_save_says_why_in_khmer_beside_each_field(staff_client):
    post(staff_client, "/staff/language", {"language": "km", "next": "/staff/"})
    builder = Builder(staff_client, "/staff/rounds/new")
    builder.set("new_type", "rating")
    builder.press("add")
    builder.set("questions.0.scale", "11")
    builder.set("audience.way", "networks")

    refused = builder.press("save", 422).text
    shown = re.sub(r"<[^>]+>", " ", refused)

    for said in (
        "refused_schema_give_text",
        "refused_schema_at_least_at_most",
        "refused_schema_audience_one_way",
    ):
        assert CATALOG[said]["km"].split("{")[0] in refused, said
    for english in ("Give the text", "network_ids", "Must be greater", "Choose the audience"):
        assert english not in shown, english
    assert 'id="f-questions-0-scale-error"' in refused
    assert builder.value("questions.0.scale") == "11", "what was typed is kept"
