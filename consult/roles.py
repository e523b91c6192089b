"""The staff roles, weakest first: each may do what the ones before it may.

A module of its own so that `consult --help` can list them without loading the models.
"""

ROLES = ("viewer", "staff", "admin")
