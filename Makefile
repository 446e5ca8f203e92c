# Bastion: `make run` for a working product, `make test` for the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# What is installed, one stamp each: `make test` after `make run` adds the dev extras.
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
CHROMIUM := /usr/bin/chromium

.PHONY: install browser run test lint format bench fuzz screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# What running Bastion needs, and nothing else.
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The tools of tests, lint and benchmarks (pytest, Playwright, ruff, mypy, ...).
$(DEV_STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# Debian's chromium drives the browser tests (Playwright never downloads a browser).
$(CHROMIUM):
	@echo "installing Debian's chromium for the browser tests"
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || \
	{ $$SUDO apt-get update -q >/dev/null && $$SUDO apt-get install -y -q chromium chromium-driver >/dev/null; }

browser: $(CHROMIUM)

install: $(DEV_STAMP) browser

run: $(RUN_STAMP)
	$(BIN)/bastion init
	$(BIN)/bastion serve

# One worker per core, at most 4: each has its own embedded PostgreSQL and browser.
test: $(DEV_STAMP) browser
	$(BIN)/pytest --numprocesses=auto --maxprocesses=4

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(DEV_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(DEV_STAMP) browser
	$(BIN)/python -m benchmarks

# The whole HTTP API fuzzed from its OpenAPI schema, 200 cases per operation (make test
# runs 10): no 500, every error in the one error shape.
fuzz: $(DEV_STAMP)
	BASTION_FUZZ_EXAMPLES=200 $(BIN)/pytest -q tests/api/test_fuzz_api.py

# Screenshots of the main pages for the README (docs/screenshots/), in a real browser.
screenshots: $(DEV_STAMP) browser
	$(BIN)/pytest -q tests/web/test_screenshots.py --screenshots docs/screenshots

clean:
	rm -rf $(VENV) .bastion .pytest_cache .mypy_cache .ruff_cache
