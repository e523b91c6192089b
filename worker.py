"""Entry point for `celery -A worker worker` and `celery -A worker beat`."""

from consult.config import ConfigError, Settings
from consult.tasks import make_celery

try:
    app = make_celery(Settings.from_env())
except ConfigError as exc:
    raise SystemExit(f"consult: {exc}") from None
