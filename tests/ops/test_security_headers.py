"""The headers a browser gets from a resident's page and from the admin sign-in page."""

import pytest

from tests.processes import django_env, run_script

COMMON = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def directives(policy: str) -> dict[str, list[str]]:
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_common_headers(response):
    for header, value in COMMON.items():
        assert response[header] == value, header
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "geolocation=()", "microphone=()", "payment=()"):
        assert feature in permissions


@pytest.mark.django_db
def test_a_public_page_runs_no_inline_script(client, demo):
    response = client.get("/it/servizi/meet-cuneo/sportello-legale/")
    assert response.status_code == 200
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    # The only inline <script> on a service page is JSON-LD data, which no browser runs;
    # the only script that runs is the site's own file, which the policy allows.
    html = response.content.decode()
    own = html.count('<script src="/static/js/sportello.js" defer')
    assert own == 1
    assert html.count("<script") == html.count('<script type="application/ld+json">') + own


@pytest.mark.django_db
def test_the_admin_sign_in_page_has_the_admin_policy_and_safe_cookies(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_common_headers(response)
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]  # Wagtail's own inline scripts
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]  # the editor's live preview
    csrf = response.cookies["csrftoken"]
    assert csrf["httponly"] and csrf["samesite"] == "Lax"


SCRIPT = """
import django, json
django.setup()
from django.contrib.auth.models import User
from django.core.management import call_command
from django.conf import settings
from django.test import Client, override_settings
# Static files as in development (production's manifest needs a collectstatic run first).
override_settings(
    STORAGES={**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
).enable()
call_command("migrate", verbosity=0)
User.objects.create_user("editor", password="right-password-123456")
client = Client()
insecure = client.get("/it/")
public = client.get("/it/", secure=True)
page = client.get("/admin/login/", secure=True)
signed_in = client.post(
    "/admin/login/", {"username": "editor", "password": "right-password-123456"}, secure=True
)
session = signed_in.cookies["sessionid"]
print(json.dumps({
    "insecure": [insecure.status_code, insecure.get("Location")],
    "hsts": page.get("Strict-Transport-Security"),
    "public": [public.status_code, public.get("Strict-Transport-Security"),
               public.get("Content-Security-Policy"), public.get("Permissions-Policy")],
    "csp": page.get("Content-Security-Policy"),
    "csrf_cookie": dict(page.cookies["csrftoken"]),
    "session_cookie": dict(session),
    "signed_in": signed_in.status_code,
}))
"""


def test_production_adds_https_only_headers_and_secure_cookies(tmp_path):
    """Production settings in their own process, with a real secret and a fresh database."""
    env = django_env(
        "config.settings.production",
        SECRET_KEY="p" * 30 + "-production-like-secret-" + "q" * 20,
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
        ALLOWED_HOSTS="testserver",
    )
    seen = run_script(SCRIPT, env)
    assert seen["insecure"] == [301, "https://testserver/it/"]
    assert seen["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert seen["csp"]
    status, hsts, csp, permissions = seen["public"]
    assert status == 200  # Wagtail's first page, in a fresh database
    assert hsts == seen["hsts"]
    assert "script-src 'self';" in csp + ";" and "'unsafe-inline'" not in csp
    assert "camera=()" in permissions
    for cookie in ("csrf_cookie", "session_cookie"):
        assert seen[cookie]["secure"] is True, cookie
        assert seen[cookie]["httponly"] is True, cookie
        assert seen[cookie]["samesite"] == "Lax", cookie
    # The session ends with the browser: no lasting expiry date on the cookie.
    assert seen["session_cookie"]["max-age"] == ""
    assert seen["signed_in"] == 302
