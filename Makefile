# The project's vocabulary: `make run` serves, `make test` checks. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONSTRAINTS := requirements/constraints.txt

.PHONY: install run test lint fmt migrate bench lock clean

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "consult needs Python 3.11 or newer (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c $(CONSTRAINTS) -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)  ## the API, a worker and beat on the embedded defaults (or $CONSULT_* URLs)
	$(BIN)/consult run

test: $(STAMP)  ## lint, format check, then every test
	@command -v chromium >/dev/null || echo "note: the web form tests need Debian's chromium and \
	Khmer fonts: sudo apt-get install chromium fonts-khmeros (they are skipped without them)"
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrate: $(STAMP)
	$(BIN)/consult db upgrade

bench: $(STAMP)  ## benchmarks with their baselines; figures go in the README
	$(BIN)/python -m bench

lock:  ## re-resolve the newest versions pyproject.toml allows into the constraints file
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -e '.[dev]'
	.lock-venv/bin/pip freeze --exclude-editable > $(CONSTRAINTS)
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
