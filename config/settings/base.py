"""Settings shared by every environment. Everything that differs comes from the
environment (see README.md for the table of variables and .env.example)."""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from config.logging import config as logging_config
from core.languages import RTL_LANGUAGES, SOURCE_LANGUAGE, enabled_languages

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A local .env (ignored by git) is read if present, or the file ENV_FILE names (say
# /etc/sportello/env on a server); the real environment wins over the file.
ENV_FILE = Path(env.str("ENV_FILE", default=str(BASE_DIR / ".env")))
environ.Env.read_env(ENV_FILE, overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers from several workers queue for the lock instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    # modeltranslation must come before the admin and Wagtail apps.
    "modeltranslation",
    # The kernel first, then site operations, the content apps and the features above
    # them (docs/architecture.md); localisation before wagtail_localize, whose
    # translation editor template it overrides.
    "core",
    "ops",
    "services",
    "news",
    "projects",
    "activities",
    "search",
    "appointments",
    "cards",
    "offline",
    "opendata",
    "review",
    "readability",
    "home",
    "localisation",
    "demo",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales, adds "sync from"
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # /healthz for probes, before the host check and the HTTPS redirect (ops.health).
    "ops.health.HealthCheck",
    "django.middleware.security.SecurityMiddleware",
    # Pages compressed for phones on little data. BREACH: Django masks the CSRF token
    # per response and this middleware pads its output with random bytes (Django 4.2+).
    "django.middleware.gzip.GZipMiddleware",
    # Content-Security-Policy (strict for residents' pages) and Permissions-Policy.
    "ops.security.SecurityHeaders",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Marks the responses the service worker may keep offline (offline.middleware).
    "offline.middleware.OfflineMarker",
    # Anonymous page responses per language, at most a minute (ops.pagecache).
    "ops.pagecache.AnonymousPageCache",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Each request looks every locale and the view restrictions up once (core.memo).
    "core.memo.RequestMemo",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything reads a public POST body (CSRF reads it), refuse oversized ones.
    "ops.limits.PublicPostSizeLimit",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Optional two-factor sign-in for the admin (ops.twofactor).
    "django_otp.middleware.OTPMiddleware",
    "ops.twofactor.RequireSecondFactor",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.patches.localize_guard.TranslationLocaleGuard",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a sign-in refused by the lockout into its own page (ops.security).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # site/ holds the site-wide layout; each app holds its own templates.
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.language",
                "home.context_processors.feedback",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------------
# LANGUAGE_CODE must be Italian before the first migrate: Wagtail creates the default
# Locale from it once and never updates it.
LANGUAGE_CODE = SOURCE_LANGUAGE
LANGUAGES = enabled_languages(env.list("SPORTELLO_LANGUAGES", default=[]))
LANGUAGES_BIDI = sorted(RTL_LANGUAGES)
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Rome"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A new translation must not go live holding Italian text.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation is off unless MACHINE_TRANSLATOR names a real service.
MACHINE_TRANSLATORS = {
    "deepl": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
    "google": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
    "libretranslate": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
}
MACHINE_TRANSLATOR = env.str("MACHINE_TRANSLATOR", default="").strip().lower()
if MACHINE_TRANSLATOR and MACHINE_TRANSLATOR not in MACHINE_TRANSLATORS:
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR={MACHINE_TRANSLATOR!r} is not one of "
        f"{', '.join(MACHINE_TRANSLATORS)} (or leave it unset for none)."
    )
if MACHINE_TRANSLATOR:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": MACHINE_TRANSLATORS[MACHINE_TRANSLATOR],
        "OPTIONS": {
            "deepl": {"AUTH_KEY": env.str("DEEPL_AUTH_KEY", default="")},
            "google": {
                "PROJECT_ID": env.str("GOOGLE_TRANSLATE_PROJECT_ID", default=""),
                "CREDENTIALS_PATH": env.str("GOOGLE_APPLICATION_CREDENTIALS", default=""),
            },
            "libretranslate": {
                "LIBRETRANSLATE_URL": env.str("LIBRETRANSLATE_URL", default=""),
                "API_KEY": env.str("LIBRETRANSLATE_API_KEY", default=""),
            },
        }[MACHINE_TRANSLATOR],
    }

# No machine translation from an Italian page whose Gulpease score is below this
# (readability.machine); unset: no limit.
READABILITY_MT_MIN_SCORE = env.float("READABILITY_MT_MIN_SCORE", default=None)

# modeltranslation keeps one column per supported language, whatever a deployment
# enables, so its migrations never drift. Adding a language is a schema migration.
MODELTRANSLATION_LANGUAGES = tuple(code for code, _ in enabled_languages(None))
MODELTRANSLATION_DEFAULT_LANGUAGE = SOURCE_LANGUAGE
MODELTRANSLATION_FALLBACK_LANGUAGES = (SOURCE_LANGUAGE,)

# --- Static and media ------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed (gzip and brotli), content-hashed names, served by whitenoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Several web nodes share media through S3-compatible object storage (django-storages):
# set MEDIA_S3_BUCKET, and MEDIA_S3_ENDPOINT_URL for a provider other than AWS. The
# credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3.
MEDIA_S3_BUCKET = env.str("MEDIA_S3_BUCKET", default="")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env.str("MEDIA_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("MEDIA_S3_REGION", default="") or None,
            # Public images and documents: plain URLs, cacheable, no expiring signatures.
            "custom_domain": env.str("MEDIA_S3_CUSTOM_DOMAIN", default="") or None,
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }

# --- Wagtail -----------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Sportello"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
# Copies of the finder's index on other nodes: 0 on one machine, 1 or more in a cluster.
ELASTICSEARCH_REPLICAS = env.int("ELASTICSEARCH_REPLICAS", default=0)
# The service finder's own index (search.elastic.index); Wagtail's page indexes use the prefix.
ELASTICSEARCH_SERVICE_INDEX = (
    env.str("ELASTICSEARCH_INDEX_PREFIX", default="sportello_") + "services_finder"
)
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [ELASTICSEARCH_URL],
        "INDEX_PREFIX": env.str("ELASTICSEARCH_INDEX_PREFIX", default="sportello_"),
        "TIMEOUT": 5,
    }
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# --- E-mail ------------------------------------------------------------------------
# EMAIL_URL (e.g. smtp+tls://user:password@mail.example.org:587) or the usual EMAIL_*.
if env.str("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = env.str(
        "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
    )
    EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
    EMAIL_PORT = env.int("EMAIL_PORT", default=25)
    EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
    EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
    EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
    EMAIL_USE_SSL = env.bool("EMAIL_USE_SSL", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="sportello@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks and cache ----------------------------------------------------
# Wagtail's own tasks (search and reference index updates) run at once, as they did
# before django-tasks was installed; mail and the daily purge go to the database queue,
# which `manage.py db_worker --backend database` runs (docs/decisions.md §20).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Seconds an anonymous page response is reused (0: off). At most 60, so the open-now
# badge is never more than a minute old.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60)
if not 0 <= PAGE_CACHE_SECONDS <= 60:
    raise ImproperlyConfigured(
        f"PAGE_CACHE_SECONDS={PAGE_CACHE_SECONDS} must be between 0 (off) and 60: the "
        "open-now badge must never be more than a minute old."
    )

# Seconds the facts a page shows of other rows (a desk's hub, hours, contacts, needs,
# related pages), the menu and the footer's links are reused between renderings (0: read
# every time; core.generations).
# At most 60, as for whole pages: a worker that did not see a change itself catches up
# within a minute.
PAGE_FACTS_SECONDS = env.int("PAGE_FACTS_SECONDS", default=60)
if not 0 <= PAGE_FACTS_SECONDS <= 60:
    raise ImproperlyConfigured(
        f"PAGE_FACTS_SECONDS={PAGE_FACTS_SECONDS} must be between 0 (off) and 60."
    )

# Search counts are gathered per process and written together this often (seconds), so
# a cached search page costs no database write.
SEARCH_STATS_FLUSH_SECONDS = env.int("SEARCH_STATS_FLUSH_SECONDS", default=30)

# --- Review dates (review app) --------------------------------------------------------
# Days between two checks of a page's facts, per page type; owners are mailed weekly
# about pages past their date, and see on their dashboard those due within
# REVIEW_DUE_SOON_DAYS.
REVIEW_INTERVAL_DAYS = {
    "hub": env.int("REVIEW_DAYS_HUB", default=180),
    "service": env.int("REVIEW_DAYS_SERVICE", default=180),
    "guide": env.int("REVIEW_DAYS_GUIDE", default=365),
}
REVIEW_DUE_SOON_DAYS = env.int("REVIEW_DUE_SOON_DAYS", default=14)

# --- Appointment and contact requests (appointments app) ----------------------------
# Personal fields are erased this many days after a request is closed.
APPOINTMENT_RETENTION_DAYS = env.int("APPOINTMENT_RETENTION_DAYS", default=180)
# Seconds to wait before each new attempt at a mail that failed (then it is marked failed).
APPOINTMENT_MAIL_RETRY_DELAYS = [60, 300, 1800, 7200, 21600, 86400]
# Where notifications go when no active user in the Operators group has an e-mail address.
APPOINTMENT_NOTIFY_EMAILS = env.list("APPOINTMENT_NOTIFY_EMAILS", default=[])


def _rate(name: str, default: str) -> tuple[int, int]:
    value = env.str(name, default=default)
    try:
        count, seconds = (int(part) for part in value.split("/"))
    except ValueError:
        raise ImproperlyConfigured(
            f"{name}={value!r} must be <posts>/<seconds>, e.g. {default}."
        ) from None
    return count, seconds


# Form posts per client address and window: "<posts>/<seconds>".
APPOINTMENT_RATE_LIMIT = _rate("APPOINTMENT_RATE_LIMIT", "20/3600")
# Answers to "Was this page clear?" one connection may send (each page counts once a day).
FEEDBACK_RATE_LIMIT = _rate("FEEDBACK_RATE_LIMIT", "30/3600")
# Requests to the open-data feed (/<lang>/api/hsds/) one client may make per window.
HSDS_RATE_LIMIT = _rate("HSDS_RATE_LIMIT", "600/3600")
# PDF cards and posters one client may have rendered per window (cached ones are free).
PDF_RATE_LIMIT = _rate("PDF_RATE_LIMIT", "30/600")
# How many proxies in front of us append to X-Forwarded-For (0: use REMOTE_ADDR).
SPORTELLO_TRUSTED_PROXIES = env.int("SPORTELLO_TRUSTED_PROXIES", default=0)
# Largest public POST body accepted (the appointment form needs a few kilobytes).
PUBLIC_POST_MAX_BYTES = env.int("PUBLIC_POST_MAX_BYTES", default=32 * 1024)
CSRF_FAILURE_VIEW = "ops.views.csrf_failure"

# --- Logging -------------------------------------------------------------------------
# JSON lines without personal data (config/logging.py); LOG_FORMAT=text for reading
# in a terminal.
LOGGING = logging_config(
    level=env.str("LOG_LEVEL", default="INFO"),
    fmt=env.str("LOG_FORMAT", default="json"),
    wagtail_level=env.str("WAGTAIL_LOG_LEVEL", default="WARNING"),
)


def require_secret_key(secret_key: str) -> str:
    """Refuse to run without a real secret key, and say which variable is missing."""
    if not secret_key or secret_key.startswith("django-insecure") or len(secret_key) < 32:
        raise ImproperlyConfigured(
            "SECRET_KEY is missing or too short: set the SECRET_KEY environment variable "
            "to a random string of at least 50 characters (see README.md)."
        )
    return secret_key


# Security headers, sign-in lockout, sessions (production.py adds the HTTPS-only parts).
from .security import *  # noqa: E402, F403
