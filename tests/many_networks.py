"""A directory of any size and answers that vary by network, for the tests that run a round
with hundreds of networks (the example directory has 34)."""

from __future__ import annotations

from tests.conftest import SAMPLE_ANSWERS

HEADER = "name,acronym,kind,province,sectors,mou,language,contact_name,contact_email\n"


def directory(count: int) -> bytes:
    """A CSV of `count` networks, each with one contact: every fifth an umbrella network,
    every third with an MoU, Khmer and English alternating."""
    rows = [
        f"Network {i},N{i},{'umbrella' if i % 5 == 0 else 'provincial'},Province {i % 25},"
        f"health,{'yes' if i % 3 == 0 else 'no'},{'km' if i % 2 else 'en'},"
        f"Focal {i},focal{i}@example.org"
        for i in range(count)
    ]
    return (HEADER + "\n".join(rows) + "\n").encode()


def answers(index: int) -> dict:
    """The sample answers, varied by `index` so that statistics and themes have a spread."""
    return {
        **SAMPLE_ANSWERS,
        "coop_level": 1 + index % 5,
        "donor_role": ("agree", "disagree", "pass")[index % 3],
        "members": index,
        "challenges": "ថវិកាថយចុះ" if index % 2 else f"Funding gap number {index % 7}",
    }
