"""The staff roles, weakest first: each may do what the ones before it may. An API key and
a console account hold one each, and both are checked here.

A module of its own so that `consult --help` can list them without loading the models.
"""

ROLES = ("viewer", "staff", "admin")
RANK = {role: rank for rank, role in enumerate(ROLES)}


def role_allows(held: str, needed: str) -> bool:
    """Whether a key or an account holding `held` may do what needs `needed`."""
    return RANK[held] >= RANK[needed]
