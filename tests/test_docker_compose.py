"""docker-compose.yml is not run here (no Docker engine); these tests check it makes sense."""

from __future__ import annotations

import importlib
import importlib.util
import re
import shlex
from pathlib import Path

import yaml
from click.testing import CliRunner

from consult.cli import main as consult_cli
from consult.config import Settings
from consult.supervisor import commands
from consult.tasks import QUEUES

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]


def command_of(service: str) -> list[str]:
    command = SERVICES[service]["command"]
    if isinstance(command, list):
        return command
    words = shlex.split(command)
    if words[:2] == ["sh", "-c"]:
        return shlex.split(words[2])
    return words


def test_compose_has_every_production_service():
    assert set(SERVICES) >= {"api", "worker", "beat", "redis", "postgres", "smtp"}
    for name in ("api", "worker", "beat"):
        assert SERVICES[name]["build"] == "."
    assert (ROOT / "Dockerfile").exists()


def test_api_command_migrates_then_serves_the_app_factory():
    words = command_of("api")
    assert words[:3] == ["consult", "db", "upgrade"]
    result = CliRunner().invoke(consult_cli, ["db", "upgrade", "--help"])
    assert result.exit_code == 0
    gunicorn = words[words.index("gunicorn") :]
    module, _, factory = gunicorn[-1].partition(":")
    assert callable(getattr(importlib.import_module(module), factory.removesuffix("()")))
    logger = gunicorn[gunicorn.index("--logger-class") + 1]
    assert logger == commands(Settings.from_env({}))["api"][-2], "as consult run logs"
    assert importlib.import_module(logger.rpartition(".")[0]), "link tokens masked in the log"


def test_worker_and_beat_run_the_packaged_celery_app_as_consult_run_does(tmp_path):
    local = commands(Settings.from_env({"CONSULT_VAR_DIR": str(tmp_path)}))
    for service in ("worker", "beat"):
        words = command_of(service)
        assert words[:3] == ["celery", "-A", "consult.tasks.worker"]
        assert local[service][local[service].index("-A") + 1] == "consult.tasks.worker"
    assert importlib.util.find_spec("consult.tasks.worker"), "inside the package, as a wheel has it"
    queues = command_of("worker")[command_of("worker").index("--queues") + 1]
    assert set(queues.split(",")) == set(QUEUES), "the worker must consume every queue"


def test_compose_and_consult_run_start_the_same_worker_queues(tmp_path):
    local = commands(Settings.from_env({"CONSULT_VAR_DIR": str(tmp_path)}))["worker"]
    assert (
        local[local.index("--queues") + 1]
        == command_of("worker")[command_of("worker").index("--queues") + 1]
    )


def test_every_consult_variable_in_compose_is_one_the_service_reads():
    known = set(re.findall(r'"(CONSULT_[A-Z_]+)"', (ROOT / "consult" / "config.py").read_text()))
    used = set(COMPOSE["x-consult-env"])
    assert used <= known | {"PORT"}
    Settings.from_env({k: interpolated(str(v)) for k, v in COMPOSE["x-consult-env"].items()})


OPERATOR_GIVES = "a value the operator gives, 32 characters or more"


def interpolated(value: str) -> str:
    """What compose makes of ${VAR:-default} (the default) and ${VAR:?error} (a value the
    operator must give: here a stand-in)."""
    return re.sub(
        r"\$\{\w+:([-?])([^}]*)\}",
        lambda m: m.group(2) if m.group(1) == "-" else OPERATOR_GIVES,
        value,
    )


def test_compose_requires_the_shared_secret_key():
    assert ":?" in COMPOSE["x-consult-env"]["CONSULT_SECRET_KEY"]


def test_dockerfile_installs_the_hashed_runtime_lock_then_the_package():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "--require-hashes -r /tmp/requirements/runtime.txt" in dockerfile
    assert "COPY requirements/runtime.txt" in dockerfile
    assert "COPY consult " in dockerfile, "migrations, templates and the Celery app ship inside"
    assert "--no-deps /tmp/src" in dockerfile, "every dependency comes from the lock"


def test_every_service_is_restarted_when_it_dies_as_consult_run_restarts_its_children():
    """A worker that dies on a Redis outage (or anything else) comes back by itself; only
    an operator's `docker compose stop` keeps a service down."""
    for name, service in SERVICES.items():
        assert service.get("restart") == "unless-stopped", f"{name} is not restarted"
