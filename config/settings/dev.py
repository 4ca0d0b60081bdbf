"""Local development (`make run`): DEBUG on unless the environment says otherwise."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, STORAGES, env, logging_config, require_secret_key

DEBUG = env.bool("DEBUG", default=True)
# `make run` writes a generated SECRET_KEY into the ignored .env file; with DEBUG off
# a real key is required, as in production.
if not DEBUG:
    SECRET_KEY = require_secret_key(SECRET_KEY)
elif not SECRET_KEY:
    SECRET_KEY = "dev-only-key-never-used-with-debug-off"  # noqa: S105

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Plain text lines in the terminal (production writes JSON lines).
LOGGING = logging_config(
    level=env.str("LOG_LEVEL", default="INFO"),
    fmt=env.str("LOG_FORMAT", default="text"),
    wagtail_level=env.str("WAGTAIL_LOG_LEVEL", default="WARNING"),
)
