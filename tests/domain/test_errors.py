"""A refusal is a key and its values: the API's English stays word for word, a Khmer reader
reads it in Khmer, and field names reach a person as labels, never as the API spells them."""

from __future__ import annotations

import re

import pytest
from marshmallow import ValidationError

from consult.domain.errors import Conflict, Invalid, message, status_conflict
from consult.schemas.calendar import EventCreateSchema
from consult.schemas.networks import ContactCreateSchema, NetworkUpdateSchema
from consult.schemas.refusals import field_label, messages_in, refusal, schema_refusals

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def test_a_status_refusal_keeps_the_apis_english_and_says_the_status_in_khmer():
    refused = status_conflict("refused_remind_not_open", 4, "closed")
    assert refused.key == "refused_remind_not_open"
    assert refused.message == "Round 4 is closed: only an open round is reminded."
    assert refused.errors == {"status": ["closed"]}
    khmer = refused.message_in("km")
    assert "បានបិទ" in khmer and "4" in khmer and not LATIN_WORD.search(khmer)
    assert refused.errors_in("km") == {"status": ["បានបិទ"]}


def test_field_refusals_are_keys_or_messages_with_values_said_in_either_language():
    refused = Invalid(
        "refused_term_too_long",
        {"en": ["refused_not_empty"], "km": [message("refused_at_most_characters", limit=9)]},
    )
    assert refused.errors == {"en": ["Must not be empty."], "km": ["At most 9 characters."]}
    assert refused.errors_in("km") == {"en": ["មិនអាចទុកទទេបានទេ។"], "km": ["យ៉ាងច្រើន 9 តួអក្សរ។"]}


def test_a_refusal_for_a_network_is_said_in_its_language_unless_another_is_asked():
    refused = Conflict("round_closed", language="km")
    assert refused.message.startswith("ការពិគ្រោះយោបល់នេះបានបិទហើយ")
    assert refused.message_in("en").startswith("This consultation is closed")


def test_an_unknown_key_is_refused_when_said_not_silently_shown():
    with pytest.raises(KeyError):
        Invalid("refused_no_such_text").message_in("km")


def refused_by(schema, body) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        schema.load(body)
    return raised.value


@pytest.mark.parametrize(
    ("schema", "body", "field", "english", "khmer"),
    [
        (ContactCreateSchema(), {"email": "dara@example.org"}, "name",
         "Missing data for required field.", "សូមបំពេញប្រអប់នេះ។"),
        (ContactCreateSchema(), {"name": "Dara", "email": "not mail"}, "email",
         "Not a valid email address.", "អាសយដ្ឋានអ៊ីមែលនេះមិនត្រឹមត្រូវទេ។"),
        (NetworkUpdateSchema(), {"kind": "club"}, "kind",
         "Must be one of: umbrella, provincial, member.",
         "តម្លៃនេះមិនមែនជាជម្រើសមួយដែលអាចប្រើបានទេ។"),
        (NetworkUpdateSchema(), {"acronym": "x" * 31}, "acronym",
         "Longer than maximum length 30.", "វែងជាងប្រវែងអតិបរមា 30។"),
        (NetworkUpdateSchema(), {"name": " "}, "name", "Cannot be blank.", "មិនអាចទុកទទេបានទេ។"),
        (EventCreateSchema(), {"title": {"en": "AGM", "km": "x" * 301},
                               "starts_at": "2027-01-01T08:00:00+07:00",
                               "ends_at": "2027-01-01T09:00:00+07:00"}, "title",
         "Khmer: at most 300 characters.", "ភាសាខ្មែរ៖ យ៉ាងច្រើន 300 តួអក្សរ។"),
        (NetworkUpdateSchema(), {"colour": "red"}, "colour", "Unknown field.",
         "ប្រអប់នេះមិនស្គាល់ទេ។"),
    ],
)  # fmt: skip
def test_schema_messages_are_read_back_into_keys_and_said_in_khmer(
    schema, body, field, english, khmer
):
    refusals = schema_refusals(refused_by(schema, body))
    assert [item.text("en") for item in refusals[field]] == [english]
    assert [item.text("km") for item in refusals[field]] == [khmer]


def test_nested_schema_messages_keep_their_places_and_are_said_in_khmer():
    nested = {"questions": {"q1": {"key": ["Missing data for required field."]}}}
    assert messages_in(nested, "km") == {"questions": {"q1": {"key": ["សូមបំពេញប្រអប់នេះ។"]}}}


def test_a_message_no_template_knows_keeps_its_english_and_asks_khmer_readers_to_check():
    unknown = refusal("Something new from a schema.")
    assert unknown.text("en") == "Something new from a schema."
    assert not LATIN_WORD.search(unknown.text("km"))


def test_the_most_literal_template_wins():
    assert refusal("Not a valid integer.").key == "refused_schema_not_integer"
    both = refusal("Must be greater than or equal to 1 and less than or equal to 5.")
    assert (both.key, dict(both.values)) == (
        "refused_schema_at_least_at_most",
        {"min": "1", "max": "5"},
    )


@pytest.mark.parametrize(
    ("field", "english", "khmer"),
    [
        ("commitments", "What the body will do", "អ្វីដែលស្ថាប័ននឹងធ្វើ"),
        ("audience.network_ids", "Networks chosen one by one", "បណ្តាញដែលបានជ្រើសរើសម្តងមួយៗ"),
        ("no_such_field", "This field", "ប្រអប់នេះ"),
    ],
)
def test_a_field_is_named_by_its_label_never_by_its_wire_name(field, english, khmer):
    assert (field_label(field, "en"), field_label(field, "km")) == (english, khmer)
