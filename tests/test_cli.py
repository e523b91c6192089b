"""`consult` commands on a real SQLite file: keys and the directory import."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from consult.cli import main
from consult.db import Database
from consult.models import ApiKey, Network
from tests.conftest import NETWORKS_CSV


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSULT_VAR_DIR", str(tmp_path))
    for name in ("CONSULT_DATABASE_URL", "CONSULT_BROKER_URL", "CONSULT_RESULT_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    assert CliRunner().invoke(main, ["db", "upgrade"]).exit_code == 0
    return f"sqlite:///{tmp_path / 'consult.db'}"


def test_create_key_prints_the_secret_once_and_stores_only_its_hash(cli_env):
    result = CliRunner().invoke(main, ["create-key", "--name", "secretariat", "--role", "staff"])
    assert result.exit_code == 0, result.output
    secret = result.stdout.strip().splitlines()[-1]
    assert secret.startswith("csk_")
    database = Database(cli_env)
    with database.session() as session:
        key = session.scalars(select(ApiKey)).one()
        assert key.role == "staff"
        assert secret not in (key.key_hash, key.prefix, key.name)
    database.dispose()
    listing = CliRunner().invoke(main, ["keys", "list"])
    assert "secretariat" in listing.output and secret not in listing.output


def test_revoke_marks_the_key_and_refuses_a_second_time(cli_env):
    CliRunner().invoke(main, ["create-key", "--name", "x", "--role", "viewer"])
    assert CliRunner().invoke(main, ["keys", "revoke", "1"]).exit_code == 0
    again = CliRunner().invoke(main, ["keys", "revoke", "1"])
    assert again.exit_code != 0 and "already revoked" in again.output
    assert "revoked" in CliRunner().invoke(main, ["keys", "list"]).output


def test_create_key_refuses_an_unknown_role(cli_env):
    result = CliRunner().invoke(main, ["create-key", "--name", "x", "--role", "root"])
    assert result.exit_code == 2
    assert "root" in result.output


def test_import_networks_command_is_idempotent(cli_env):
    first = CliRunner().invoke(main, ["import-networks", str(NETWORKS_CSV)])
    assert first.exit_code == 0, first.output
    assert "34 created" in first.output
    second = CliRunner().invoke(main, ["import-networks", str(NETWORKS_CSV)])
    assert "0 created, 0 updated, 34 unchanged" in second.output
    database = Database(cli_env)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Network)) == 34
    database.dispose()


def test_a_command_on_an_old_schema_says_to_migrate_instead_of_migrating(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSULT_VAR_DIR", str(tmp_path))
    monkeypatch.delenv("CONSULT_DATABASE_URL", raising=False)
    result = CliRunner().invoke(main, ["create-key", "--name", "x", "--role", "admin"])
    assert result.exit_code == 1 and "consult db upgrade" in result.output


def test_commands_start_without_the_web_stack():
    """`consult --help` and the key commands load no Flask, Celery or analysis code."""
    code = (
        "import sys, consult.cli; "
        "print(sorted(m for m in ('flask', 'celery', 'sklearn', 'consult.api') "
        "if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"
