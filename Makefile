# The project's vocabulary: `make run` serves, `make test` checks. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONSTRAINTS := requirements/constraints.txt
# The API docs' renderer, vendored from npm (consult/api/static/swagger-ui/README.md).
SWAGGER_UI_VERSION := 5.35.0
SWAGGER_UI_DIR := consult/api/static/swagger-ui

.PHONY: install run test lint fmt migrate bench lock clean docs-assets fuzz

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "consult needs Python 3.11 or newer (set PYTHON=...)"; exit 1; }
	@echo "consult: first run: creating $(VENV)/ and installing the pinned dependencies"
	@echo "consult: (Flask, Celery, scikit-learn, Playwright, ...): about 4-5 minutes; later runs start at once"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c $(CONSTRAINTS) -e '.[dev]'
	touch $(STAMP)
	@echo "consult: $(VENV)/ is ready"

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

fuzz: $(STAMP)  ## schemathesis, longer than CI's run: FUZZ_EXAMPLES generated requests per operation
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-300} $(BIN)/pytest tests/api/test_fuzz.py $(PYTEST_ARGS)

docs-assets:  ## refresh the vendored Swagger UI from the npm registry at SWAGGER_UI_VERSION
	@command -v npm >/dev/null || { echo "docs-assets needs npm (apt-get install npm)"; exit 1; }
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT \
		&& npm pack --silent --pack-destination "$$tmp" swagger-ui-dist@$(SWAGGER_UI_VERSION) >/dev/null \
		&& tar -xzf "$$tmp/swagger-ui-dist-$(SWAGGER_UI_VERSION).tgz" -C "$$tmp" \
		&& cd "$$tmp/package" && cp swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt \
			swagger-ui.css LICENSE NOTICE "$(CURDIR)/$(SWAGGER_UI_DIR)/"
	sed -i 's/^Version: .*/Version: $(SWAGGER_UI_VERSION)/' $(SWAGGER_UI_DIR)/README.md

lock:  ## re-resolve the newest versions pyproject.toml allows into the constraints file
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -e '.[dev]'
	.lock-venv/bin/pip freeze --exclude-editable > $(CONSTRAINTS)
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
