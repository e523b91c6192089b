"""consult runs from a wheel: migrations, templates, static files and the glossary ship inside it.

The wheel is built from a copy of the sources and installed into a fresh virtual environment
whose only other path is the project venv's site-packages (for the dependencies; a plain
.pth line, so the checkout's editable install there is not activated). Every command then
runs from an empty directory, so nothing can come from the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from consult import migrate

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

# Run inside the installed package: where consult comes from, the glossary, the app's pages and
# the API docs' static files.
LOAD = """
import sys
from pathlib import Path

import consult
from consult import create_app
from consult.analysis.glossary import shipped_pairs

print(Path(consult.__file__).resolve())
assert shipped_pairs(), "the shipped glossary is empty"
app = create_app()
pages = sorted((Path(consult.__file__).parent / "web" / "templates").glob("*.html"))
assert pages, "no page templates shipped"
for page in pages:
    app.jinja_env.get_template(page.name)
console = sorted((Path(consult.__file__).parent / "console" / "templates").glob("*/*.html"))
assert console, "no console templates shipped"
for page in console:
    app.jinja_env.get_template(f"{page.parent.name}/{page.name}")
response = app.test_client().get("/api/v1/docs")
assert response.status_code == 200, response.status_code
style = app.test_client().get("/staff/static/console.css")
assert style.status_code == 200 and b"box-sizing" in style.data, style.status_code
"""


def run(argv: list[str], cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, f"{argv}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`pip wheel` on a copy of the sources (the build writes build/ and egg-info beside them)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "consult", source / "consult", ignore=shutil.ignore_patterns("__pycache__")
    )
    dist = tmp_path_factory.mktemp("dist")
    build = "-m pip wheel --quiet --no-deps --no-index --no-build-isolation --wheel-dir"
    run([sys.executable, *build.split(), str(dist), str(source)], cwd=source, env=os.environ.copy())
    (built,) = dist.glob("consult-*.whl")
    return built


def test_the_wheel_ships_every_file_the_package_reads(wheel):
    tracked = subprocess.run(
        ["git", "ls-files", "consult"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    data = {name for name in tracked if not name.endswith(".py")}
    data |= {name for name in tracked if name.startswith("consult/migrations/")}
    shipped = set(zipfile.ZipFile(wheel).namelist())
    assert data - shipped == set()


def test_an_installed_wheel_migrates_to_head_and_loads_its_files(wheel, tmp_path):
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path, env={})
    python = venv / "bin" / "python"
    site_packages = Path(
        run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            cwd=tmp_path,
            env={},
        ).strip()
    )
    (site_packages / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    install = [*pip, "install", "--quiet", "--no-deps", "--no-index", str(wheel)]
    run(install, cwd=tmp_path, env={"PATH": os.environ["PATH"]})

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    database = tmp_path / "consult.db"
    env = {
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "CONSULT_VAR_DIR": str(tmp_path / "var"),
        "CONSULT_DATABASE_URL": f"sqlite:///{database}",
        "CONSULT_BROKER_URL": "memory://",
    }
    run([str(venv / "bin" / "consult"), "db", "upgrade"], cwd=elsewhere, env=env)

    head = ScriptDirectory.from_config(migrate.alembic_config("sqlite://")).get_current_head()
    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        at = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    assert at == head

    loaded_from = run([str(python), "-c", LOAD], cwd=elsewhere, env=env).strip()
    assert Path(loaded_from).is_relative_to(site_packages.resolve())
    assert not Path(loaded_from).is_relative_to(ROOT)
