# Sportello: `make run` serves the demo site, `make test` runs lint and the whole suite.
# Both work on a fresh clone: they create .venv from uv.lock (reproducible installs).

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

# uv from PATH, or bootstrapped into .tools/ with the machine's Python.
UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := .tools/bin/uv
endif

.PHONY: install run test lint format messages demo clean

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet "uv>=0.9,<1"

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

# Test tools from the npm registry (the Nu Html Checker); skipped where npm is missing.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the HTML validity tests will skip"; fi

install: $(VENV)/.installed node_modules/.package-lock.json
	$(PY) manage.py compilemessages --ignore=$(VENV) --ignore=.tools --ignore=node_modules -v0

# A local .env (ignored by git) with a generated SECRET_KEY, made once and kept.
.env:
	@$(PYTHON) -c "import secrets; print('SECRET_KEY=' + secrets.token_urlsafe(50))" > .env
	@echo "Wrote .env with a generated SECRET_KEY."

run: install .env
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	@echo "Serving on http://127.0.0.1:8000 (admin: http://127.0.0.1:8000/admin/)"
	@# The task worker (request mail, daily purge) runs beside the server and stops with it.
	$(PY) manage.py db_worker --backend database --interval 5 & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(PY) manage.py runserver 127.0.0.1:8000

demo: install .env
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	@# Imports only go down (.importlinter; docs/architecture.md).
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: lint
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run -v0
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# Refresh the gettext catalogues after changing interface strings.
messages: install
	$(PY) manage.py makemessages -a --no-location --no-obsolete \
		--ignore=$(VENV) --ignore=.tools --ignore=tests --ignore=bench --ignore=node_modules
	$(PY) manage.py compilemessages --ignore=$(VENV) --ignore=.tools --ignore=node_modules -v0

clean:
	rm -rf $(VENV) .tools var .pytest_cache .ruff_cache node_modules
