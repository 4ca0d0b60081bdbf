"""The test suite: fast hashing, in-memory mail, static files found without collectstatic."""

from .base import *  # noqa: F403
from .base import STORAGES, env

DEBUG = False
SECRET_KEY = "test-only-secret-key-that-is-long-enough-for-the-checks-0123456789"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# In memory, unless a test process is given a real one (the log scan uses an SMTP
# server that refuses, to log the failure path).
EMAIL_BACKEND = env.str(
    "TEST_EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend"
)
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
ALLOWED_HOSTS = ["*"]
# Tests post many forms from one address; the rate-limit test lowers this itself.
APPOINTMENT_RATE_LIMIT = (100000, 3600)
# Tests change data under pages they have already fetched; the cache tests turn it on.
PAGE_CACHE_SECONDS = 0
SEARCH_STATS_FLUSH_SECONDS = 0  # tests read the counts at once
