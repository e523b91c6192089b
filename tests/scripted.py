"""The scripted sample round: 34 networks whose answers make known positions common or divided."""

from __future__ import annotations

import pytest

from consult.analysis.summary import AnalysisSettings
from consult.db import utcnow
from consult.domain import summaries
from tests.conftest import FOCAL_POINT

ENGLISH_CHALLENGES = [
    "Donor funding is declining and the CCC network needs core funding",
    "Core funding from donors ends next year",
    "We lack funding for advocacy staff",
]
KHMER_CHALLENGES = [
    "ការសម្របសម្រួលជាមួយអាជ្ញាធរខេត្តខ្សោយ",
    "កិច្ចប្រជុំសម្របសម្រួលជាមួយខេត្តកម្រណាស់",
    "ត្រូវការការសម្របសម្រួលប្រចាំខែជាមួយខេត្ត",
]


def scripted_answers(network: dict, index: int, dissenters: set[str]) -> dict:
    """The script: what every network holds, and where umbrella/provincial and MoU differ.

    Common by design: donor_role agree, funding ranked first, working group chosen (all but
    two networks, each in a large group), technical collaboration chosen.
    Divided by design: coop_level by kind (umbrella 5, provincial 1) and financial
    collaboration by MoU partnership (every partner, no one else).
    """
    umbrella = network["kind"] == "umbrella"
    dissenter = network["acronym"] in dissenters
    areas = ["technical", "financial"] if network["mou"] else ["technical"]
    texts = ENGLISH_CHALLENGES if umbrella else KHMER_CHALLENGES
    return {
        "coop_level": 5 if umbrella else 1,
        "collab_areas": areas,
        "donor_role": "agree",
        "mechanism": ("forum" if umbrella else "mou") if dissenter else "working_group",
        "priorities": ["funding", "capacity", "space"]
        if index % 2
        else ["funding", "space", "capacity"],
        "members": 10 + index,
        "challenges": texts[index % len(texts)],
    }


def pick_dissenters(invitations: list[dict]) -> set[str]:
    """One umbrella and one provincial network, both without an MoU (the larger groups)."""
    chosen = set()
    for kind in ("umbrella", "provincial"):
        network = next(
            i["network"]
            for i in invitations
            if i["network"]["kind"] == kind and not i["network"]["mou"]
        )
        chosen.add(network["acronym"])
    return chosen


def answer_all(client, launched_round) -> None:
    dissenters = pick_dissenters(launched_round.invitations)
    for index, invitation in enumerate(launched_round.invitations):
        body = {
            "answers": scripted_answers(invitation["network"], index, dissenters),
            "submitted_by": FOCAL_POINT,
        }
        reply = client.post(f"/api/v1/respond/{invitation['token']}", json=body)
        assert reply.status_code == 200, reply.json


def compute(app, round_id: int, final: bool = False) -> int:
    """What the recompute task does, in the test's process (the worker test runs the task)."""
    with app.extensions["consult"].database.session() as session:
        return summaries.compute_summary(
            session, round_id, utcnow(), AnalysisSettings(), final=final
        ).version


@pytest.fixture
def answered_round(app, client, launched_round):
    """Every network has submitted its scripted answers and a summary is computed.

    Usually copied with the launched round (tests/conftest.py); answered over HTTP otherwise.
    """
    if not launched_round.answered:
        answer_all(client, launched_round)
        compute(app, launched_round.id)
        launched_round.answered = True
    return launched_round
