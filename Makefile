# The project's vocabulary: `make run` serves, `make test` checks. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Hashed lock files, one per group (pip-tools layers: dev.txt is constrained by runtime.txt,
# so both pin the same versions); `make lock` writes them from pyproject.toml.
RUNTIME_LOCK := requirements/runtime.txt
DEV_LOCK := requirements/dev.txt
LOCK_VENV := .lock-venv
PIP_TOOLS_VERSION := 7.6.2
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_VENV)/bin/pip-compile --quiet \
	--generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
# The API docs' renderer, vendored from npm (consult/api/static/swagger-ui/README.md).
SWAGGER_UI_VERSION := 5.35.0
# The console's live parts (polling a page's fragment), vendored from npm: htmx.org's
# dist/htmx.min.js as consult/console/static/htmx.min.js (`make console-assets`).
HTMX_VERSION := 2.0.11
AXE_CORE_VERSION := 4.14.1
AXE_CORE_DIR := tests/vendor/axe-core
SWAGGER_UI_DIR := consult/api/static/swagger-ui

# Python may cache compiled modules here, whatever the environment says: without the cache
# every test process compiles, and pytest rewrites the asserts of, some 400 modules again
# (about 5 s of CPU each, half of what the fast tests' start costs).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: install run test test-fast lint fmt migrate bench lock clean docs-assets console-assets test-assets fuzz

$(STAMP): pyproject.toml $(DEV_LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "consult needs Python 3.11 or newer (set PYTHON=...)"; exit 1; }
	@echo "consult: first run: creating $(VENV)/ and installing the pinned dependencies"
	@echo "consult: (Flask, Celery, scikit-learn, Playwright, ...): about 4-5 minutes; later runs start at once"
	$(PYTHON) requirements/check.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r $(DEV_LOCK)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)
	@echo "consult: $(VENV)/ is ready"

install: $(STAMP)

run: $(STAMP)  ## the API, a worker and beat on the embedded defaults (or $CONSULT_* URLs)
	$(BIN)/consult run

test: lint  ## `make lint`, then the fast tests, then the rest (PostgreSQL, browsers, workers)
	@command -v chromium >/dev/null || echo "note: the web form tests need Debian's chromium and \
	Khmer fonts: sudo apt-get install chromium fonts-khmeros (they are skipped without them)"
	@start=$$(date +%s); \
	$(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal -m "$(FAST_TESTS)" $(PYTEST_ARGS); fast=$$?; \
	$(BIN)/pytest -n $(REST_WORKERS) --dist worksteal -m "not ($(FAST_TESTS))" $(PYTEST_ARGS); rest=$$?; \
	echo "make test: every test in $$(( $$(date +%s) - start )) s"; \
	[ $$fast -eq 0 ] && [ $$rest -eq 0 ]

# The tests that need no browser, worker, child process, fuzzing or PostgreSQL (markers put
# by tests/conftest.py), two at a time (pytest-xdist; a process that runs out of tests takes
# some from the other, so neither waits at the end); meant to take under half a minute on a
# quiet 2-core machine (issue 20's target; the README prints the last measured time).
FAST_TESTS := not slow and not postgres
TEST_WORKERS ?= 2
# The rest waits at times (servers restarting, outages, browsers): three test processes that
# take work from each other did a little better than two (375 s against 400 s, 2026-12-08).
REST_WORKERS ?= 3

test-fast: $(STAMP)  ## the fast tests only (SQLite), for while you work
	@start=$$(date +%s); \
	$(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal -m "$(FAST_TESTS)" $(PYTEST_ARGS); status=$$?; \
	echo "make test-fast: $$(( $$(date +%s) - start )) s"; exit $$status

lint: $(STAMP)  ## ruff (lint + format check), mypy ([tool.mypy]), the import layers, djlint
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/djlint consult --lint
	$(BIN)/djlint consult --check

fmt: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djlint consult --reformat

migrate: $(STAMP)
	$(BIN)/consult db upgrade

bench: $(STAMP)  ## benchmarks with their baselines; figures go in the README
	@command -v wrk >/dev/null || { echo "bench: installing wrk (Debian's package) for the ingest benchmark"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >/dev/null 2>&1 \
		|| echo "bench: could not install wrk (not root?); the ingest benchmark will be skipped"; }
	$(BIN)/python -m bench

# `make test` sends 15 requests per operation and mode and 25 state machine runs of up to 20
# calls; this, 20 times the requests and 12 times the runs, each up to 30 calls (about 20
# minutes). Run it before a release and after changing a schema.
fuzz: $(STAMP)  ## schemathesis, longer than CI's run: every operation, admin, staff, viewer, a link, stateful
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-300} FUZZ_SCENARIOS=$${FUZZ_SCENARIOS:-300} \
		FUZZ_STEPS=$${FUZZ_STEPS:-30} $(BIN)/pytest -s tests/api/test_fuzz.py $(PYTEST_ARGS)

docs-assets:  ## refresh the vendored Swagger UI from the npm registry at SWAGGER_UI_VERSION
	@command -v npm >/dev/null || { echo "docs-assets needs npm (apt-get install npm)"; exit 1; }
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT \
		&& npm pack --silent --pack-destination "$$tmp" swagger-ui-dist@$(SWAGGER_UI_VERSION) >/dev/null \
		&& tar -xzf "$$tmp/swagger-ui-dist-$(SWAGGER_UI_VERSION).tgz" -C "$$tmp" \
		&& cd "$$tmp/package" && cp swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt \
			swagger-ui.css LICENSE NOTICE "$(CURDIR)/$(SWAGGER_UI_DIR)/"
	sed -i 's/^Version: .*/Version: $(SWAGGER_UI_VERSION)/' $(SWAGGER_UI_DIR)/README.md

test-assets:  ## refresh the vendored axe-core (the console's accessibility tests) at AXE_CORE_VERSION
	@command -v npm >/dev/null || { echo "test-assets needs npm (apt-get install npm)"; exit 1; }
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT \
		&& npm pack --silent --pack-destination "$$tmp" axe-core@$(AXE_CORE_VERSION) >/dev/null \
		&& tar -xzf "$$tmp/axe-core-$(AXE_CORE_VERSION).tgz" -C "$$tmp" \
		&& cd "$$tmp/package" && cp axe.min.js LICENSE LICENSE-3RD-PARTY.txt "$(CURDIR)/$(AXE_CORE_DIR)/"
	sed -i 's/^Version: .*/Version: $(AXE_CORE_VERSION)/' $(AXE_CORE_DIR)/README.md

console-assets:  ## refresh the console's vendored htmx from the npm registry at HTMX_VERSION
	@command -v npm >/dev/null || { echo "console-assets needs npm (apt-get install npm)"; exit 1; }
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT \
		&& npm pack --silent --pack-destination "$$tmp" htmx.org@$(HTMX_VERSION) >/dev/null \
		&& tar -xzf "$$tmp/htmx.org-$(HTMX_VERSION).tgz" -C "$$tmp" \
		&& cp "$$tmp/package/dist/htmx.min.js" consult/console/static/htmx.min.js

# After editing pyproject.toml's dependencies: every pin that still fits is kept, a new
# package gets its newest fitting version. To move pins on purpose:
# `make lock LOCK_ARGS="--upgrade-package celery"` or `make lock LOCK_ARGS=--upgrade`.
lock: $(LOCK_VENV)/.installed  ## write the hashed lock files from pyproject.toml
	$(PIP_COMPILE) $(LOCK_ARGS) -o $(RUNTIME_LOCK) pyproject.toml
	$(PIP_COMPILE) $(LOCK_ARGS) --extra dev -c $(RUNTIME_LOCK) -o $(DEV_LOCK) pyproject.toml
	$(PYTHON) requirements/check.py
	@echo "consult: lock files written; \`make install\` installs them"

$(LOCK_VENV)/.installed:
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/pip install --quiet --disable-pip-version-check pip-tools==$(PIP_TOOLS_VERSION)
	touch $@

clean:
	rm -rf $(VENV) $(LOCK_VENV) var .pytest_cache .ruff_cache
