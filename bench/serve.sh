#!/usr/bin/env bash
# Serve a benchmark database the way production does: gunicorn with the production
# configuration (config/gunicorn.py; 2 workers, one per core here), production
# settings, whitenoise with collected static files. Logs go to standard error.
#   DATABASE_URL=sqlite:////tmp/bench.sqlite3 bench/serve.sh 8765
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8765}"
export DJANGO_SETTINGS_MODULE=config.settings.production
export SECRET_KEY="${SECRET_KEY:-bench-$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')}"
export ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=False
export STATIC_ROOT="${STATIC_ROOT:-/tmp/sportello-bench-static}"
.venv/bin/python manage.py collectstatic --noinput -v0
export GUNICORN_BIND="127.0.0.1:${port}" WEB_CONCURRENCY="${WEB_CONCURRENCY:-2}"
exec .venv/bin/gunicorn --config config/gunicorn.py config.wsgi
