"""The API answers a refusal in English by default, word for word as before, with a key a
program can act on; a client that prefers Khmer reads it in Khmer."""

from __future__ import annotations


def test_a_refusal_is_english_by_default_with_its_key(client, admin):
    response = client.get("/api/v1/rounds/999999", headers=admin)
    assert response.status_code == 404
    assert response.json == {
        "code": "not_found",
        "key": "refused_no_round",
        "message": "No round 999999.",
        "errors": {},
    }


def test_a_client_that_prefers_khmer_reads_the_refusal_and_its_fields_in_khmer(
    client, admin, launched_round
):
    headers = {**admin, "Accept-Language": "km, en;q=0.5"}
    response = client.post(f"/api/v1/rounds/{launched_round.id}/launch", headers=headers)
    assert response.status_code == 409
    assert response.json["key"] == "refused_cannot_launch"
    assert response.json["message"] == (
        f"មិនអាចចាប់ផ្តើមជុំពិគ្រោះយោបល់ទី {launched_round.id} បានទេ៖ វាកំពុងបើក មិនមែននៅជាសេចក្តីព្រាងទេ។"
    )
    assert response.json["errors"] == {"status": ["កំពុងបើក"]}
