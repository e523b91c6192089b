"""`celery -A worker worker|beat` from a checkout, as before: the app is
`consult.tasks.worker`, which an installed package runs without this file."""

from consult.tasks.worker import app

__all__ = ["app"]
