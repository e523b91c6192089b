"""Entry point for `celery -A consult.tasks.worker worker` and `... beat`: the Celery app built
from the environment's settings, importable from an installed wheel (no checkout needed)."""

from consult.config import ConfigError, Settings
from consult.tasks import make_celery

try:
    app = make_celery(Settings.from_env())
except ConfigError as exc:
    raise SystemExit(f"consult: {exc}") from None
