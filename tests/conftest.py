"""Fixtures that attach to real services: PostgreSQL, Redis, SQLite files, a Flask app.

PostgreSQL and Redis come from CONSULT_TEST_DATABASE_URL / CONSULT_TEST_REDIS_URL (default:
the standard local ports). A test whose service is missing is skipped with the reason,
unless CONSULT_REQUIRE_SERVICES=1 (as in CI), where it fails instead.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis
from _pytest.mark.expression import Expression
from argon2 import PasswordHasher, profiles
from flask import Flask
from sqlalchemy import Connection, bindparam, create_engine, func, select, text
from werkzeug.serving import make_server

import consult.models  # noqa: F401
from consult import create_app, migrate
from consult.config import Settings
from consult.db import Base, Database
from consult.domain import api_keys, users
from consult.tasks.database import database_for
from tests.databases import scratch_postgres
from tests.figures import FIGURES
from tests.services import service_missing

pytest_plugins = ["tests.scripted", "tests.browsers"]  # answered_round; browser and page

POSTGRES_URL = os.environ.get(
    "CONSULT_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("CONSULT_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
# Fixed, so that link tokens derived in a saved database state stay valid in every test.
TEST_SECRET_KEY = "test-secret-key-for-link-tokens-0123456789"
# Copies of shared/data/, kept in the repo so a clone is complete on its own.
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NETWORKS_CSV = EXAMPLES / "networks.csv"
SAMPLE_ROUND = EXAMPLES / "sample_round.json"


# Markers, applied here rather than in each module: `make test-fast` runs `-m "not slow"`.
# A test is slow when it drives a real browser, a Celery worker, an SMTP server the worker
# mails through, generated requests, a child process or a statistical calibration.
SLOW_FIXTURES = {
    "browser": "Chromium",
    "live_server": "a threaded HTTP server (browsers, races)",
    "mail_stack": "a Celery worker mailing through an SMTP server",
    "smtp_server": "an SMTP server",
}
SLOW_MODULES = {
    "tests/api/test_fuzz.py": "schemathesis",
    "tests/api/test_exports_libreoffice.py": "LibreOffice in a child process",
    "tests/analysis/test_calibration.py": "calibration over many synthetic rounds",
    "tests/mail/test_outage.py": "fault: the SMTP server goes away",
    "tests/mail/test_worker_killed.py": "fault: worker processes killed",
    "tests/test_first_session.py": "`consult run` in a child process",
    "tests/test_run.py": "`consult run` in a child process",
    "tests/test_wheel.py": "builds and installs a wheel",
}
SLOW_FOLDERS = {
    "tests/tasks/": "tasks run by a real Celery worker",
    "tests/faults/": "fault: Celery worker processes killed",
}
ROOT = Path(__file__).resolve().parents[1]


# The figures tests measure (tests/figures.py) are printed at the end of the run. Under
# pytest-xdist they are measured in workers, so each worker hands its figures to the
# controller, which prints them all.
WORKERS_FIGURES: list[dict[str, list[str]]] = []


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["figures"] = FIGURES


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    WORKERS_FIGURES.append(getattr(node, "workeroutput", {}).get("figures", {}))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    sections: dict[str, list[str]] = {}
    for figures in [*WORKERS_FIGURES, FIGURES]:
        for section, lines in figures.items():
            sections.setdefault(section, []).extend(lines)
    for section, lines in sorted(sections.items()):
        terminalreporter.section(section)
        for line in lines:
            terminalreporter.write_line(line)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Leave the slow modules and folders unread when the marker expression leaves out every
    slow test (`make test-fast`): importing them (Playwright, schemathesis, Celery's test
    worker) costs each test process seconds for tests it would deselect anyway."""
    if not collection_path.is_relative_to(ROOT) or not slow_tests_deselected(config):
        return None
    module = collection_path.relative_to(ROOT).as_posix()
    slow = module in SLOW_MODULES or any(f"{module}/".startswith(folder) for folder in SLOW_FOLDERS)
    return True if slow else None


def slow_tests_deselected(config: pytest.Config) -> bool:
    """Whether `-m` deselects a slow test whatever other markers it has (postgres, redis)."""
    if not config.option.markexpr:
        return False
    expression = Expression.compile(config.option.markexpr)
    others = [set(), {"postgres"}, {"redis"}, {"postgres", "redis"}]
    return not any(
        expression.evaluate(lambda name, marks={"slow", *other}: name in marks) for other in others
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        module = item.path.relative_to(ROOT).as_posix()
        fixtures = set(getattr(item, "fixturenames", ()))
        in_slow_folder = any(module.startswith(folder) for folder in SLOW_FOLDERS)
        if module in SLOW_MODULES or in_slow_folder or fixtures & set(SLOW_FIXTURES):
            item.add_marker(pytest.mark.slow)
        # Services may also be asked for by parameter ("postgresql", "redis+postgresql").
        params = getattr(getattr(item, "callspec", None), "params", {})
        asked = " ".join(value for value in params.values() if isinstance(value, str))
        if "postgres_url" in fixtures or "postgres" in asked:
            item.add_marker(pytest.mark.postgres)
        if "redis_url" in fixtures or "redis" in asked:
            item.add_marker(pytest.mark.redis)


@pytest.fixture(scope="session", autouse=True)
def cheapest_password_hashing() -> Iterator[None]:
    """Staff passwords hashed with argon2id at its cheapest cost in this test process, as
    Django's documentation advises for tests: at the production cost every sign-in spends a
    sixth of a second of CPU, by design. Workers and `consult run` in child processes
    keep the production cost."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "HASHER", PasswordHasher.from_parameters(profiles.CHEAPEST))
        yield


@pytest.fixture(scope="session")
def networks_csv() -> bytes:
    return NETWORKS_CSV.read_bytes()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh, migrated database on the PostgreSQL server, dropped after the run."""
    with scratch_postgres(POSTGRES_URL, "consult_test") as url:
        migrate.upgrade(url)
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file that each test copies, so migrations run once per session."""
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    migrate.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def process_sqlite_url(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The SQLite file this test process's shared app works on (tests roll back their rows)."""
    path = tmp_path_factory.mktemp("process") / "consult.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


# The fixtures that give a test its settings, app and database; any other fixture that asks
# for the settings or the URL builds something of its own on them.
DATABASE_FIXTURES = {"database_url", "settings", "database", "app"}


def commits_for_real(item: pytest.Item) -> bool:
    """Whether a test needs a database of its own that the app really commits to.

    Slow tests do (a browser's or a worker's requests come on other threads and processes,
    over other connections), and so does a test that takes `settings` or `database_url`
    itself or through a fixture of its own: it builds an app or an engine, which would not
    see, and on SQLite would wait for, the rows of a transaction that is never committed.
    Every other test shares its process's app and runs inside a transaction rolled back at
    its end.
    """
    if item.get_closest_marker("slow") or item.get_closest_marker("commits"):
        return True
    info = item._fixtureinfo  # type: ignore[attr-defined]
    asking = {
        name
        for name, definitions in info.name2fixturedefs.items()
        if {"settings", "database_url"} & set(definitions[-1].argnames)
    }
    asked_directly = {"settings", "database_url"} & set(info.argnames)
    return bool(asked_directly or asking - DATABASE_FIXTURES)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each test that uses the database runs once on SQLite and once on PostgreSQL."""
    real = commits_for_real(request.node)
    if request.param == "sqlite":
        if not real:
            yield request.getfixturevalue("process_sqlite_url")
            return
        path = request.getfixturevalue("tmp_path") / "consult.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    url = request.getfixturevalue("postgres_url")
    yield url
    if real:
        truncate_all(url)


def truncate_all(url: str) -> None:
    """Empty every table and restart the ids at 1, as TRUNCATE ... RESTART IDENTITY would.

    DELETE is used for speed: on a few hundred rows it takes milliseconds where TRUNCATE of
    17 tables takes a fifth of a second. The pointers of responses to their versions are
    cleared first, so the rows can go in reverse dependency order.
    """
    engine = create_engine(url)
    tables = Base.metadata.sorted_tables
    with engine.begin() as connection:
        for table in reversed(tables):
            postponed = later_keys(table)
            if postponed:
                connection.execute(table.update().values(dict.fromkeys(postponed)))
        for table in reversed(tables):
            connection.execute(table.delete())
        restart_ids(connection)
    engine.dispose()


def restart_ids(connection: Connection) -> None:
    """Ids from 1 again on PostgreSQL, whose sequences a rollback does not take back
    (SQLite starts again from the highest id)."""
    if connection.dialect.name == "postgresql":
        restarts = [
            f"setval(pg_get_serial_sequence('{table.name}', 'id'), 1, false)"
            for table in Base.metadata.sorted_tables
            if "id" in table.c
        ]
        connection.execute(text(f"SELECT {', '.join(restarts)}"))


def later_keys(table) -> list[str]:
    """Columns of `table` that refer to a table created after it (a cycle: responses point at
    their current and submitted versions, which point back at their response)."""
    order = {other.name: index for index, other in enumerate(Base.metadata.sorted_tables)}
    return [
        key.parent.name
        for key in table.foreign_keys
        if order[key.column.table.name] > order[table.name]
    ]


@pytest.fixture(scope="session")
def shared_apps() -> Iterator[dict[tuple, Flask]]:
    """This test process's apps, one per database URL and set of changed settings, built when
    first asked for: building one costs a fifth of a second (flask-smorest writes the
    OpenAPI document), a test inside a rolled-back transaction a few milliseconds."""
    apps: dict[tuple, Flask] = {}
    yield apps
    for app in apps.values():
        app.extensions["consult"].database.dispose()


def shared_app(request: pytest.FixtureRequest, database_url: str, **changes: object) -> Flask:
    apps = request.getfixturevalue("shared_apps")
    key = (database_url, tuple(sorted(changes.items())))
    if key not in apps:
        var_dir = request.getfixturevalue("tmp_path_factory").mktemp("var")
        settings = dataclasses.replace(settings_for(database_url, var_dir), **changes)
        apps[key] = create_app(settings)
    return apps[key]


def databases_of(app: Flask) -> tuple[Database, Database]:
    """The app's database and the one the tasks it runs in this process use."""
    runtime = app.extensions["consult"]
    return runtime.database, database_for(runtime.celery)


def join(app: Flask, connection: Connection | None) -> None:
    for database in databases_of(app):
        database.join(connection)


def with_limits_reset(app: Flask) -> Flask:
    """A shared app's rate limits counted from zero, as a new app's would be."""
    for limiter in app.extensions.get("limiter", ()):
        limiter.reset()
    return app


TEST_CONNECTION = pytest.StashKey[Connection]()


@contextmanager
def rolled_back(app: Flask) -> Iterator[Connection]:
    """Every session of the app, and of the tasks it runs in this process, inside one
    transaction rolled back at the end; a commit releases a savepoint (warehouse's
    `db_session`)."""
    connection = app.extensions["consult"].database.engine.connect()
    transaction = connection.begin()
    join(app, connection)
    try:
        yield connection
    finally:
        join(app, None)
        transaction.rollback()
        restart_ids(connection)
        connection.commit()
        connection.close()


@pytest.fixture
def database(request: pytest.FixtureRequest, database_url: str) -> Iterator[Database]:
    """The test's database: its own engine for a test that commits for real, otherwise the
    shared app's, inside a transaction rolled back when the test ends."""
    if commits_for_real(request.node):
        database = Database(database_url)
        yield database
        database.dispose()
        return
    app = shared_app(request, database_url)
    with rolled_back(app) as connection:
        request.node.stash[TEST_CONNECTION] = connection
        yield app.extensions["consult"].database


def worker_redis_url() -> str:
    """REDIS_URL with one database number per pytest-xdist worker (gw0: 15, gw1: 14, ...),
    since the worker tests flush theirs."""
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    head, _, number = REDIS_URL.rpartition("/")
    if not number.isdigit() or worker == 0:
        return REDIS_URL
    return f"{head}/{(int(number) - worker) % 16}"


@pytest.fixture
def redis_url() -> str:
    url = worker_redis_url()
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        service_missing("Redis", f"{url}: {type(exc).__name__}")
    finally:
        client.close()
    return url


def settings_for(database_url: str, var_dir: Path) -> Settings:
    return Settings.from_env(
        {
            "CONSULT_VAR_DIR": str(var_dir),
            "CONSULT_DATABASE_URL": database_url,
            "CONSULT_BROKER_URL": "memory://",
            "CONSULT_RESULT_BACKEND": "cache+memory://",
            "CONSULT_MAX_BODY_BYTES": "65536",
            "CONSULT_SECRET_KEY": TEST_SECRET_KEY,
        }
    )


@pytest.fixture
def settings(request: pytest.FixtureRequest, database_url: str) -> Settings:
    if commits_for_real(request.node):
        return settings_for(database_url, request.getfixturevalue("tmp_path") / "var")
    return shared_app(request, database_url).extensions["consult"].settings


@pytest.fixture
def app(request: pytest.FixtureRequest, database_url: str) -> Iterator[Flask]:
    """The app: built for a test that commits for real, otherwise the process's own, its rate
    limits counted from zero and its database inside the test's transaction."""
    if commits_for_real(request.node):
        app = create_app(request.getfixturevalue("settings"))
        yield app
        app.extensions["consult"].database.dispose()
        return
    request.getfixturevalue("database")
    yield with_limits_reset(shared_app(request, database_url))


@pytest.fixture
def app_with(request: pytest.FixtureRequest, database_url: str) -> Iterator[Callable[..., Flask]]:
    """`app_with(**changes)`: an app whose settings differ from the test's by `changes`. Built
    for a test that commits for real; otherwise one per process for each set of changes,
    inside the test's transaction like `app`."""
    real = commits_for_real(request.node)
    built: list[Flask] = []
    joined: list[Flask] = []

    def make(**changes: object) -> Flask:
        if real:
            app = create_app(dataclasses.replace(request.getfixturevalue("settings"), **changes))
            built.append(app)
            return app
        request.getfixturevalue("database")
        app = shared_app(request, database_url, **changes)
        join(app, request.node.stash[TEST_CONNECTION])
        joined.append(app)
        return with_limits_reset(app)

    yield make
    for app in joined:
        join(app, None)
    for app in built:
        app.extensions["consult"].database.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def keys(database: Database) -> dict[str, str]:
    """A secret for each role: {"viewer": ..., "staff": ..., "admin": ...}."""
    with database.session() as session:
        return {
            role: api_keys.create_key(session, f"test {role}", role).secret
            for role in ("viewer", "staff", "admin")
        }


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def admin(keys: dict[str, str]) -> dict[str, str]:
    return bearer(keys["admin"])


@pytest.fixture
def viewer(keys: dict[str, str]) -> dict[str, str]:
    return bearer(keys["viewer"])


def sample_round_body() -> dict:
    body = json.loads(SAMPLE_ROUND.read_text(encoding="utf-8"))
    body["closes_at"] = (datetime.now(UTC) + timedelta(days=14)).isoformat()
    body["lens"] = ["kind", "mou"]  # the script divides the networks by both
    return body


@pytest.fixture
def sample_round() -> dict:
    """The bilingual sample round of shared/data, closing in two weeks, compared by kind and MoU."""
    return sample_round_body()


@dataclass
class LaunchedRound:
    id: int
    invitations: list[dict]
    answered: bool = False  # copied with every network's scripted answers and a summary

    def token_of(self, acronym_or_name: str) -> str:
        for invitation in self.invitations:
            network = invitation["network"]
            if acronym_or_name in (network["acronym"], network["name"]):
                return invitation["token"]
        raise KeyError(acronym_or_name)

    def tokens(self, language: str | None = None) -> list[str]:
        return [
            invitation["token"]
            for invitation in self.invitations
            if language is None or invitation["network"]["language"] == language
        ]


def import_over_http(client, admin, networks_csv: bytes) -> None:
    """Import the directory as staff would; nothing launched yet (no round, no invitations).
    `client` is Flask's test client or a live server's (tests/faults/burst.py)."""
    imported = client.post(
        "/api/v1/networks/import", data=networks_csv, headers={**admin, "Content-Type": "text/csv"}
    )
    assert imported.status_code == 200 and imported.json["errors"] == [], imported.json


def launch_over_http(client, admin, networks_csv: bytes, sample_round: dict) -> LaunchedRound:
    """Import a directory (the example one, as a rule), create a round and launch it, as staff
    would."""
    import_over_http(client, admin, networks_csv)
    created = client.post("/api/v1/rounds", json=sample_round, headers=admin)
    assert created.status_code == 201, created.json
    launched = client.post(f"/api/v1/rounds/{created.json['id']}/launch", headers=admin)
    assert launched.status_code == 200, launched.json
    return LaunchedRound(created.json["id"], launched.json["invitations"])


# Saved database states (warehouse's "build once, reuse" idea, without a shared transaction:
# the app commits as it would in production). The sample round is launched, and answered,
# over HTTP once per session; a test that asks for `launched_round` gets those rows copied
# into its own empty database in a few milliseconds instead of 34 imports and a launch.
# The rows of api_keys and users stay out: each test keeps its own keys and staff accounts
# (the saved states have none of the latter).
SAVED_TABLES = [
    table for table in Base.metadata.sorted_tables if table.name not in ("api_keys", "users")
]


@dataclass
class SavedState:
    rows: dict[str, list[dict]]
    launched: LaunchedRound | None  # None: the directory alone


def save_state(connection: Connection) -> dict[str, list[dict]]:
    return {
        table.name: [dict(row) for row in connection.execute(select(table)).mappings()]
        for table in SAVED_TABLES
    }


def is_empty(connection: Connection) -> bool:
    """No row outside api_keys and users: a saved state can be copied in without clashing."""
    counts = [select(func.count()).select_from(table) for table in SAVED_TABLES]
    return not any(connection.execute(count).scalar_one() for count in counts)


def restore_state(connection: Connection, rows: dict[str, list[dict]]) -> None:
    """Insert the saved rows in dependency order; a foreign key to a later table (responses
    point at their current version) is set once its row exists. Sequences follow on
    PostgreSQL."""
    later = {table.name: later_keys(table) for table in SAVED_TABLES}
    for table in SAVED_TABLES:
        saved = rows[table.name]
        if saved:
            postponed = later[table.name]
            connection.execute(
                table.insert(), [{**row, **dict.fromkeys(postponed)} for row in saved]
            )
    for table in SAVED_TABLES:
        postponed = later[table.name]
        updates = [
            {"row_id": row["id"], **{name: row[name] for name in postponed}}
            for row in rows[table.name]
            if any(row[name] is not None for name in postponed)
        ]
        if updates:
            statement = (
                table.update()
                .where(table.c.id == bindparam("row_id"))
                .values({name: bindparam(name) for name in postponed})
            )
            connection.execute(statement, updates)
    if connection.dialect.name == "postgresql":
        for table in SAVED_TABLES:
            if rows[table.name] and "id" in table.c and table.c.id.autoincrement is not False:
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f'(SELECT max(id) FROM "{table.name}"))'
                    )
                )


@pytest.fixture(scope="session")
def saved_rounds(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory, networks_csv):
    """{"directory": ..., "launched": ..., "answered": ...}: the example directory imported,
    then the sample round launched to it, then answered: built once over HTTP."""
    from tests.scripted import answer_all, compute

    place = tmp_path_factory.mktemp("saved")
    shutil.copy(sqlite_template, place / "consult.db")
    settings = Settings.from_env(
        {
            "CONSULT_VAR_DIR": str(place / "var"),
            "CONSULT_DATABASE_URL": f"sqlite:///{place / 'consult.db'}",
            "CONSULT_BROKER_URL": "memory://",
            "CONSULT_RESULT_BACKEND": "cache+memory://",
            "CONSULT_SECRET_KEY": TEST_SECRET_KEY,
        }
    )
    app = create_app(settings)
    database = app.extensions["consult"].database
    client = app.test_client()
    with database.session() as session:
        admin = bearer(api_keys.create_key(session, "saved states", "admin").secret)
    states = {}
    import_over_http(client, admin, networks_csv)
    with database.engine.connect() as connection:
        states["directory"] = SavedState(save_state(connection), None)
    launched = launch_over_http(client, admin, networks_csv, sample_round_body())
    with database.engine.connect() as connection:
        states["launched"] = SavedState(save_state(connection), launched)
    answer_all(client, launched)
    compute(app, launched.id)
    with database.engine.connect() as connection:
        states["answered"] = SavedState(save_state(connection), launched)
    database.dispose()
    return states


@pytest.fixture
def launched_round(
    request: pytest.FixtureRequest, app, client, admin, networks_csv, sample_round
) -> LaunchedRound:
    """The sample round launched to the 34 networks of the example directory.

    Copied from the saved state when the database is still empty (with the answers too when
    the test also asks for `answered_round`); launched over HTTP otherwise.
    """
    state = "answered" if "answered_round" in request.fixturenames else "launched"
    standard = networks_csv == NETWORKS_CSV.read_bytes() and same_round(
        sample_round, sample_round_body()
    )
    saved = restored(request, app, state) if standard else None
    if saved is None:
        return launch_over_http(client, admin, networks_csv, sample_round)
    launched = copy.deepcopy(saved.launched)
    launched.answered = state == "answered"
    return launched


@pytest.fixture
def imported_directory(request: pytest.FixtureRequest, app, client, admin, networks_csv) -> None:
    """The 34 networks of the example directory, as its import leaves them: copied from the
    saved state when the database is still empty, imported over HTTP otherwise."""
    if networks_csv != NETWORKS_CSV.read_bytes() or restored(request, app, "directory") is None:
        import_over_http(client, admin, networks_csv)


def restored(request: pytest.FixtureRequest, app, state: str) -> SavedState | None:
    """The saved `state` copied into the app's database, if that is still empty."""
    with app.extensions["consult"].database.session() as session:
        connection = session.connection()
        if not is_empty(connection):
            return None
        saved = request.getfixturevalue("saved_rounds")[state]
        restore_state(connection, saved.rows)
        return saved


def same_round(one: dict, other: dict) -> bool:
    """The same questionnaire and settings, whatever the closing date."""
    return {**one, "closes_at": None} == {**other, "closes_at": None}


SAMPLE_ANSWERS = {
    "coop_level": 4,
    "collab_areas": ["technical", "advocacy"],
    "donor_role": "agree",
    "mechanism": "working_group",
    "priorities": ["funding", "space", "capacity"],
    "members": 42,
    "challenges": "ការសម្របសម្រួលខ្សោយ and declining funding",
}
FOCAL_POINT = {"name": "Sok Dara", "role": "Coordinator", "email": "dara@example.org"}


@pytest.fixture
def live_server(app) -> Iterator[str]:
    """The app on a real threaded HTTP server on a free local port: for browsers and races."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)
