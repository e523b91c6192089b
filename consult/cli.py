"""`consult …` commands: run the service, migrate, manage keys and users, import the directory."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from consult.config import ConfigError, Settings
from consult.roles import ROLES
from consult.texts import LANGUAGES

if TYPE_CHECKING:
    from consult.db import Database


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


@click.group()
def main() -> None:
    """consult: consultation rounds for an NGO umbrella body."""


@main.command()
@click.option("--port", type=click.IntRange(1, 65535), help="Overrides $PORT (default 8000).")
def run(port: int | None) -> None:
    """Run the API, a worker and beat together until Ctrl-C."""
    from consult.supervisor import run_service

    settings = _settings()
    if port is not None:
        settings = dataclasses.replace(settings, port=port)
    sys.exit(run_service(settings))


@main.group()
def db() -> None:
    """Database schema migrations."""


@db.command()
def upgrade() -> None:
    """Apply every migration not yet applied."""
    from consult import migrate

    settings = _settings()
    migrate.upgrade(settings.database_url)
    click.echo(f"database at the latest schema: {_safe_url(settings.database_url)}")


@db.command()
def current() -> None:
    """Show the schema revision the database is at."""
    from consult import migrate

    migrate.current(_settings().database_url)


@main.command("create-key")
@click.option("--name", required=True, help="Who or what uses the key.")
@click.option("--role", type=click.Choice(ROLES), required=True)
def create_key(name: str, role: str) -> None:
    """Issue a staff API key and print it, once: only its hash is kept."""
    from consult.domain import api_keys

    with _database().session() as session:
        issued = api_keys.create_key(session, name, role)
    click.echo(f"key {issued.key.id} ({role}) for {name}:", err=True)
    click.echo(issued.secret)


@main.command("create-user")
@click.option("--email", required=True, help="The address the person signs in with.")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--name", default="", help="Their name, as the console shows it.")
@click.option("--language", type=click.Choice(LANGUAGES), default="en")
@click.password_option(
    envvar="CONSULT_NEW_USER_PASSWORD", help="Asked for twice unless given (or in the variable)."
)
def create_user(email: str, role: str, name: str, language: str, password: str) -> None:
    """Create a staff account for the console at /staff/ (passwords of 12+ characters)."""
    from consult.domain import audit, users
    from consult.domain.errors import DomainError

    try:
        with _database().session() as session:
            user = users.create_user(session, email, role, password, name, language)
            audit.record(session, "cli", "create-user", user.email, role=role)
    except DomainError as exc:
        problems = "; ".join(f"{field}: {' '.join(why)}" for field, why in exc.errors.items())
        raise click.ClickException(f"{exc.message} {problems}".strip()) from None
    click.echo(f"user {user.id} ({role}): {user.email}")


@main.group()
def keys() -> None:
    """List and revoke staff API keys."""


@keys.command("list")
def list_keys() -> None:
    """Every key with its role and state; secrets are never shown."""
    from consult.domain import api_keys

    with _database().session() as session:
        for key in api_keys.list_keys(session):
            state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
            used = f"{key.last_used_at:%Y-%m-%d %H:%M}" if key.last_used_at else "never"
            click.echo(
                f"{key.id}\t{key.role}\t{key.name}\tcsk_{key.prefix}_…\t{state}\tused {used}"
            )


@keys.command("revoke")
@click.argument("key_id", type=int)
def revoke_key(key_id: int) -> None:
    """Revoke a key: it gets 401 from now on."""
    from consult.domain import api_keys
    from consult.domain.errors import DomainError

    try:
        with _database().session() as session:
            api_keys.revoke_key(session, key_id)
    except DomainError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"key {key_id} revoked")


@main.command("import-networks")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check and count, save nothing.")
def import_networks_command(csv_file: Path, dry_run: bool) -> None:
    """Create or update networks from a CSV file (see shared/data/networks.csv)."""
    from consult.domain.errors import DomainError
    from consult.domain.network_import import import_networks
    from consult.schemas.networks import NetworkCsvRowSchema

    database = _database()
    session = database.sessions()
    try:
        report = import_networks(session, csv_file.read_bytes(), NetworkCsvRowSchema())
        session.rollback() if dry_run else session.commit()
    except DomainError as exc:
        raise click.ClickException(f"{exc.message} {exc.errors}") from None
    finally:
        session.close()
    click.echo(
        f"{report.rows} rows: {report.created} created, {report.updated} updated, "
        f"{report.unchanged} unchanged, {len(report.errors)} with errors"
        + (" (dry run: nothing saved)" if dry_run else "")
    )
    for error in report.errors:
        click.echo(f"  line {error.line} ({error.name}): {error.errors}", err=True)
    if report.errors:
        sys.exit(1)


@main.command("seed-events")
def seed_events_command() -> None:
    """Add the body's calendar (learning forums, the AGM); events already there are kept."""
    from consult.domain.calendar import seed_body_calendar

    with _database().session() as session:
        added = seed_body_calendar(session, _settings().zone)
    click.echo(f"{added} events added")


def _database() -> Database:
    """The database, once it is at the latest schema (only `run` and `db upgrade` migrate)."""
    from consult import migrate
    from consult.db import Database

    settings = _settings()
    if not migrate.is_current(settings.database_url):
        raise click.ClickException(
            "The database schema is not up to date: run `consult db upgrade` (or `make "
            "migrate`) first; `make run` does it too."
        )
    return Database(settings.database_url)


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


if __name__ == "__main__":
    main()
