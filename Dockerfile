# Sportello: one image for the web nodes (gunicorn), the task worker and the one-off
# commands (migrate, rebuild_service_index, backup). See docs/deploy.md.

FROM python:3.11-slim-bookworm AS build
ENV UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy
# gettext compiles the interface translations (locale/*/LC_MESSAGES/django.mo).
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/* \
    && pip install --no-cache-dir "uv>=0.9,<1"
WORKDIR /app
# Dependencies first, from the lock file, so code changes reuse this layer.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project
COPY . .
# Static files are collected (hashed names, gzip and brotli) at build time; the key is a
# placeholder that only this step sees.
RUN /opt/venv/bin/python manage.py compilemessages --ignore=node_modules -v0 \
    && DJANGO_SETTINGS_MODULE=config.settings.production \
       SECRET_KEY=build-time-placeholder-never-used-to-serve-anything-at-all \
       STATIC_ROOT=/app/var/static \
       /opt/venv/bin/python manage.py collectstatic --noinput -v0


FROM python:3.11-slim-bookworm
# postgresql-client: pg_dump and pg_restore for `manage.py backup` / `restore`.
# Pango and the Noto fonts: WeasyPrint's PDF cards in every script (cards/pdf.py).
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
       libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin sportello
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=root:root /app /app
RUN mkdir -p /app/var/media && chown sportello /app/var/media
WORKDIR /app
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    STATIC_ROOT=/app/var/static \
    MEDIA_ROOT=/app/var/media
USER sportello
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"]
CMD ["gunicorn", "--config", "config/gunicorn.py", "config.wsgi"]
