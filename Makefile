# detente: `make demo` and `make test` work on a fresh machine (Python 3.11+, pip).
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: chromium demo test install dev lint bench clean

$(VENV)/bin/python:
	python3 -m venv $(VENV)

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(PIP) install -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(PIP) install -e '.[dev]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

demo: install
	$(VENV)/bin/detente demo --db demo.duckdb

# pytest exits 5 when it collected nothing: that fails the target like any other error.
# Browser tests drive Debian's Chromium (never `playwright install`); CI runs as root.
chromium:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)

test: dev chromium
	$(PY) -m pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo 'make test: pytest collected no tests' >&2; fi; \
	exit $$status

lint: dev
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

bench: install
	$(PY) benchmarks/throughput.py

clean:
	rm -rf $(VENV) demo.duckdb report.html
