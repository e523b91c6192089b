"""Settings: embedded defaults, and a clear refusal of values the service cannot run with."""

from __future__ import annotations

import subprocess
import sys

import pytest

from consult.config import ConfigError, Settings
from consult.tasks import DATABASE_BROKER_POLL_SECONDS, make_celery


def test_defaults_need_no_server(tmp_path):
    settings = Settings.from_env({"CONSULT_VAR_DIR": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path}/consult.db"
    assert settings.broker_url == f"sqla+sqlite:///{tmp_path}/broker.db"
    assert settings.result_backend == f"db+sqlite:///{tmp_path}/results.db"
    assert settings.timezone == "Asia/Phnom_Penh"
    assert settings.port == 8000


def test_the_embedded_broker_is_polled_often_enough_for_a_burst_of_submissions(tmp_path):
    app = make_celery(Settings.from_env({"CONSULT_VAR_DIR": str(tmp_path)}))
    with app.connection_for_read() as connection:
        assert connection.transport.polling_interval == DATABASE_BROKER_POLL_SECONDS < 1


def test_redis_broker_is_also_the_result_backend():
    settings = Settings.from_env({"CONSULT_BROKER_URL": "redis://cache:6379/0"})
    assert settings.result_backend == "redis://cache:6379/0"


def test_plain_postgresql_url_uses_psycopg_driver():
    settings = Settings.from_env({"CONSULT_DATABASE_URL": "postgresql://u:p@db/consult"})
    assert settings.database_url == "postgresql+psycopg://u:p@db/consult"


@pytest.mark.parametrize(
    ("name", "value", "complaint"),
    [
        ("CONSULT_DATABASE_URL", "mysql://db/consult", "use one of sqlite, postgresql"),
        ("CONSULT_DATABASE_URL", "not a url", "not a database URL"),
        ("CONSULT_BROKER_URL", "kafka://broker", "use one of"),
        ("CONSULT_TIMEZONE", "Mars/Olympus", "not an IANA time zone"),
        ("CONSULT_MAX_BODY_BYTES", "lots", "not a whole number"),
        ("CONSULT_MAX_BODY_BYTES", "0", "greater than 0"),
        ("PORT", "70000", "at most 65535"),
        ("CONSULT_LOG_LEVEL", "CHATTY", "use one of"),
        ("CONSULT_SECRET_KEY", "hunter2", "7 characters, at least 32 needed"),
    ],
)
def test_wrong_value_is_refused_naming_the_variable(name, value, complaint):
    with pytest.raises(ConfigError) as raised:
        Settings.from_env({name: value})
    assert name in str(raised.value)
    assert complaint in str(raised.value)


def test_cli_stops_at_start_up_with_the_message(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "consult.cli", "db", "upgrade"],
        env={"CONSULT_VAR_DIR": str(tmp_path), "CONSULT_TIMEZONE": "Nowhere/Land", "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "CONSULT_TIMEZONE='Nowhere/Land'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_short_secret_key_is_refused_without_being_echoed():
    with pytest.raises(ConfigError) as raised:
        Settings.from_env({"CONSULT_SECRET_KEY": "hunter2"})
    assert "hunter2" not in str(raised.value)
