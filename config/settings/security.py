"""Security headers, admin hardening and session lifetime, shared by every environment.

Production adds HTTPS-only parts (HSTS, secure cookies, redirect) in production.py.
See docs/deploy.md for what each variable does."""

from datetime import timedelta
from urllib.parse import urlsplit

import environ

env = environ.Env()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


# --- Content-Security-Policy (django-csp) ------------------------------------------
# Public pages load nothing but their own stylesheet, icons and images: no script runs
# on them at all, inline or not. Images may come from the S3-compatible media bucket.
SELF = "'self'"


def _media_origin() -> str:
    if not env.str("MEDIA_S3_BUCKET", default=""):
        return ""
    if domain := env.str("MEDIA_S3_CUSTOM_DOMAIN", default=""):
        return f"https://{domain}"
    if endpoint := env.str("MEDIA_S3_ENDPOINT_URL", default=""):
        return _origin(endpoint)
    return "https://*.amazonaws.com"


_MEDIA_ORIGIN = _media_origin()
_images = [SELF, "data:", *([_MEDIA_ORIGIN] if _MEDIA_ORIGIN else [])]
PUBLIC_CSP = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": _images,
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": ["'none'"],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": ["'none'"],
}
# Wagtail's admin still writes inline scripts and styles (wagtail/wagtail#1288), shows
# previews in frames of its own and draws with blob: images; it gets its own policy.
ADMIN_CSP = {
    **PUBLIC_CSP,
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [*_images, "blob:"],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": PUBLIC_CSP}
# Paths (after the host) that get ADMIN_CSP: Wagtail's admin and Django's.
ADMIN_CSP_PREFIXES = ("/admin/", "/django-admin/")

# No camera, microphone, location, payment or USB access for any page.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Cookies and sessions ------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # Wagtail's admin reads the token from the page, not the cookie
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# An editor's session ends when the browser closes, and at the latest this many
# seconds after sign-in (a working day by default): desks share computers.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env.bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", default=True)

# --- Sign-in attempts (django-axes) ------------------------------------------------------
# After AXES_FAILURE_LIMIT wrong passwords for one account from one address, that pair
# is refused for AXES_COOLOFF_MINUTES; the account stays usable from elsewhere, so a
# stranger cannot lock an operator out of the desk's computer.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "ops.security.locked_out"
# The address the public forms' rate limit counts (SPORTELLO_TRUSTED_PROXIES).
AXES_CLIENT_IP_CALLABLE = "ops.limits.client_address"
# Only failed attempts are stored (for the lockout), not every sign-in; and nothing
# about them goes to the logs (docs/deploy.md, "Logs").
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password"]
AXES_VERBOSE = False
AXES_CLIENT_STR_CALLABLE = "ops.security.client_description"

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out client is refused before its password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Wagtail would fetch editors' avatars from gravatar.com, telling it who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Wagtail would ask releases.wagtail.org for new versions from every editor's browser.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Two-factor codes: the issuer shown in the authenticator app; one step of clock drift.
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Sportello")
OTP_TOTP_TOLERANCE = 1
