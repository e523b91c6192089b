"""Settings from environment variables, with embedded defaults that need no server.

Every setting is read and checked here, once, so that a wrong value stops the service at
start-up with a message naming the variable rather than failing later in a request.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DATABASE_SCHEMES = ("sqlite", "postgresql")
MIN_SECRET_KEY_LENGTH = 32
BROKER_SCHEMES = ("redis", "rediss", "sqla+sqlite", "sqla+postgresql", "amqp", "memory")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
SMTP_TLS_MODES = ("none", "starttls", "ssl")


T = TypeVar("T")


class ConfigError(ValueError):
    """A setting has a value the service cannot run with."""


@dataclass(frozen=True)
class Settings:
    """What the API, the workers and beat need to know; built by `from_env`."""

    var_dir: Path
    database_url: str
    broker_url: str
    result_backend: str
    timezone: str
    max_body_bytes: int
    port: int
    log_level: str
    public_url: str
    summary_debounce_seconds: float
    summary_max_delay_seconds: float
    summary_claim_lease_seconds: float
    common_share: float
    division_gap: float
    secret_key: str
    smtp_host: str
    smtp_port: int
    smtp_tls: str
    smtp_user: str
    smtp_password: str
    mail_from: str
    mail_retry_max_seconds: float
    mail_lease_seconds: float
    mail_max_attempts: int
    staff_emails: tuple[str, ...]
    # Flask-Limiter limits (consult/rate_limits.py) and the proxies trusted for client address
    # and scheme (X-Forwarded-For, X-Forwarded-Proto).
    rate_limit_link: str = "300/minute"
    rate_limit_form: str = "60/minute"
    rate_limit_unknown_token: str = "120/minute"  # noqa: S105 (a limit, not a secret)
    trusted_proxies: int = 0
    # Webhooks may go to loopback and private addresses only when an admin says so.
    webhooks_allow_private: bool = False
    # The staff console: a session ends after this long without a request; sign-in attempts
    # per client address and per account.
    staff_idle_minutes: int = 60
    rate_limit_sign_in: str = "10/minute;40/hour"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read `CONSULT_*` variables (and `PORT`); raise ConfigError naming a bad one."""
        env = os.environ if environ is None else environ
        var_dir = Path(env.get("CONSULT_VAR_DIR", "var")).resolve()
        database_url = _checked_database_url(
            env.get("CONSULT_DATABASE_URL", f"sqlite:///{var_dir / 'consult.db'}")
        )
        broker_url = _checked_broker_url(
            env.get("CONSULT_BROKER_URL", f"sqla+sqlite:///{var_dir / 'broker.db'}")
        )
        result_backend = env.get("CONSULT_RESULT_BACKEND") or _default_result_backend(
            broker_url, var_dir
        )
        port = _checked(env, "PORT", "8000", _port)
        return cls(
            var_dir=var_dir,
            database_url=database_url,
            broker_url=broker_url,
            result_backend=result_backend,
            timezone=_checked(env, "CONSULT_TIMEZONE", "Asia/Phnom_Penh", _time_zone),
            max_body_bytes=_checked(env, "CONSULT_MAX_BODY_BYTES", "2097152", _positive_int),
            port=port,
            log_level=_checked(env, "CONSULT_LOG_LEVEL", "INFO", _log_level),
            public_url=_checked(env, "CONSULT_PUBLIC_URL", f"http://127.0.0.1:{port}", _public_url),
            summary_debounce_seconds=_checked(
                env, "CONSULT_SUMMARY_DEBOUNCE_SECONDS", "2", _seconds
            ),
            summary_max_delay_seconds=_checked(
                env, "CONSULT_SUMMARY_MAX_DELAY_SECONDS", "10", _seconds
            ),
            summary_claim_lease_seconds=_checked(
                env, "CONSULT_SUMMARY_CLAIM_LEASE_SECONDS", "120", _seconds
            ),
            common_share=_checked(env, "CONSULT_COMMON_SHARE", "0.6667", _fraction),
            division_gap=_checked(env, "CONSULT_DIVISION_GAP", "0.30", _fraction),
            secret_key=_secret_key(env.get("CONSULT_SECRET_KEY", ""), var_dir),
            smtp_host=env.get("CONSULT_SMTP_HOST", ""),
            smtp_port=_checked(env, "CONSULT_SMTP_PORT", "25", _port),
            smtp_tls=_checked(env, "CONSULT_SMTP_TLS", "none", _smtp_tls),
            smtp_user=env.get("CONSULT_SMTP_USER", ""),
            smtp_password=env.get("CONSULT_SMTP_PASSWORD", ""),
            mail_from=_checked(env, "CONSULT_MAIL_FROM", "consult <consult@localhost>", _address),
            mail_retry_max_seconds=_checked(env, "CONSULT_MAIL_RETRY_MAX_SECONDS", "300", _seconds),
            mail_lease_seconds=_checked(env, "CONSULT_MAIL_LEASE_SECONDS", "420", _seconds),
            mail_max_attempts=_checked(env, "CONSULT_MAIL_MAX_ATTEMPTS", "30", _positive_int),
            staff_emails=_checked(env, "CONSULT_STAFF_EMAILS", "", _addresses),
            rate_limit_link=_checked(env, "CONSULT_RATE_LIMIT_LINK", "300/minute", _rate_limit),
            rate_limit_form=_checked(env, "CONSULT_RATE_LIMIT_FORM", "60/minute", _rate_limit),
            rate_limit_unknown_token=_checked(
                env, "CONSULT_RATE_LIMIT_UNKNOWN_TOKEN", "120/minute", _rate_limit
            ),
            trusted_proxies=_checked(env, "CONSULT_TRUSTED_PROXIES", "0", _proxy_count),
            webhooks_allow_private=_checked(env, "CONSULT_WEBHOOKS_ALLOW_PRIVATE", "0", _flag),
            staff_idle_minutes=_checked(env, "CONSULT_STAFF_IDLE_MINUTES", "60", _positive_int),
            rate_limit_sign_in=_checked(
                env, "CONSULT_RATE_LIMIT_SIGN_IN", "10/minute;40/hour", _rate_limit
            ),
        )

    @property
    def zone(self) -> ZoneInfo:
        """The body's time zone, in which times are shown and schedules run."""
        return ZoneInfo(self.timezone)


def _checked(env: Mapping[str, str], name: str, default: str, parse: Callable[[str], T]) -> T:
    raw = env.get(name, default)
    try:
        return parse(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r}: {exc}") from None


def _checked_database_url(raw: str) -> str:
    try:
        url = make_url(raw)
    except ArgumentError:
        raise ConfigError(f"CONSULT_DATABASE_URL={raw!r}: not a database URL") from None
    if url.get_backend_name() not in DATABASE_SCHEMES:
        raise ConfigError(f"CONSULT_DATABASE_URL={raw!r}: use one of {', '.join(DATABASE_SCHEMES)}")
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def _checked_broker_url(raw: str) -> str:
    scheme = raw.split("://", 1)[0] if "://" in raw else ""
    if scheme not in BROKER_SCHEMES:
        raise ConfigError(f"CONSULT_BROKER_URL={raw!r}: use one of {', '.join(BROKER_SCHEMES)}")
    return raw


def _default_result_backend(broker_url: str, var_dir: Path) -> str:
    if broker_url.startswith(("redis://", "rediss://")):
        return broker_url
    return f"db+sqlite:///{var_dir / 'results.db'}"


def _secret_key(given: str, var_dir: Path) -> str:
    """A given key must be long: every network's link is an HMAC under it, and a link holder
    could guess a short key offline and derive the others. Never echoed in the error."""
    if not given:
        return _embedded_secret(var_dir)
    if len(given) < MIN_SECRET_KEY_LENGTH:
        raise ConfigError(
            f"CONSULT_SECRET_KEY: {len(given)} characters, at least {MIN_SECRET_KEY_LENGTH} "
            "needed (python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    return given


def _embedded_secret(var_dir: Path) -> str:
    """The key that signs links, kept in the var folder so restarts keep links working."""
    path = var_dir / "secret_key"
    if not path.exists():
        var_dir.mkdir(parents=True, exist_ok=True)
        try:
            with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as f:
                f.write(secrets.token_urlsafe(32))
        except FileExistsError:  # another process of `consult run` wrote it first
            pass
    return path.read_text().strip()


def _smtp_tls(raw: str) -> str:
    if raw not in SMTP_TLS_MODES:
        raise ValueError(f"use one of {', '.join(SMTP_TLS_MODES)}")
    return raw


def _address(raw: str) -> str:
    _, address = parseaddr(raw)
    if "@" not in address or address.startswith("@") or address.endswith("@"):
        raise ValueError("not an email address, e.g. 'CCC <consult@ccc-cambodia.org>'")
    return raw


def _addresses(raw: str) -> tuple[str, ...]:
    return tuple(_address(part.strip()) for part in raw.split(",") if part.strip())


def _time_zone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("not an IANA time zone such as Asia/Phnom_Penh") from None
    return raw


def _positive_int(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ValueError("not a whole number") from None
    if value <= 0:
        raise ValueError("must be greater than 0")
    return value


def _rate_limit(raw: str) -> str:
    """A Flask-Limiter limit such as "300/minute" or "10 per second; 500 per hour"."""
    from limits import parse_many

    try:
        parse_many(raw)
    except ValueError as error:
        raise ValueError("a limit such as 300/minute") from error
    return raw


def _proxy_count(raw: str) -> int:
    if not raw.isdigit() or int(raw) > 5:
        raise ValueError("the number of proxies in front of the API, 0 to 5")
    return int(raw)


def _port(raw: str) -> int:
    value = _positive_int(raw)
    if value > 65535:
        raise ValueError("must be at most 65535")
    return value


def _seconds(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ValueError("not a number of seconds") from None
    if not 0 <= value <= 3600:
        raise ValueError("must be between 0 and 3600 seconds")
    return value


def _fraction(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ValueError("not a number") from None
    if not 0 < value <= 1:
        raise ValueError("must be above 0 and at most 1")
    return value


def _public_url(raw: str) -> str:
    if not raw.startswith(("http://", "https://")) or raw[-3:] == "://":
        raise ValueError("give the address networks open, e.g. https://consult.example.org")
    return raw.rstrip("/")


def _flag(raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ValueError("use 1/true/yes/on or 0/false/no/off")


def _log_level(raw: str) -> str:
    level = raw.upper()
    if level not in LOG_LEVELS:
        raise ValueError(f"use one of {', '.join(LOG_LEVELS)}")
    return level
