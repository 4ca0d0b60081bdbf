import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from demo.loader import load


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo content, loaded once into the test database (tests roll back)."""
    with django_db_blocker.unblock():
        load(io.StringIO(), with_admin=False)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (this process's memory cache): nothing a
    test counted, limited or cached reaches the next one."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def demo(db):
    """Tests that read the demo content ask for it by name."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="it")


@pytest.fixture
def legal_desk(demo):
    """The demo's legal desk in Italian, the source (translated into en and ar, shown
    through an alias in the languages not translated yet)."""
    from services.models import ServicePage

    return ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")


@pytest.fixture
def in_language():
    """`in_language(page, code)`: the page's version in that language."""
    from wagtail.models import Locale

    return lambda page, code: page.get_translation(Locale.objects.get(language_code=code))


ROOT = Path(__file__).resolve().parents[1]
# The demo site's administrator (browser tests of the admin sign in as them).
ADMIN = ("site-admin", "a-long-browser-test-password-9431")


@pytest.fixture(scope="session")
def demo_site_env(tmp_path_factory):
    """Environment for processes that run the demo site from its own SQLite file (the
    browser tests' server, the backup round trip): migrated, demo loaded, one admin."""
    database = tmp_path_factory.mktemp("demo-site") / "site.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    for command in (
        ["migrate", "--noinput", "-v0"],
        ["load_demo", "--no-admin"],
        ["createsuperuser", "--noinput", "--username", ADMIN[0], "--email", "admin@example.org"],
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env={**env, "DJANGO_SUPERUSER_PASSWORD": ADMIN[1], "LOG_LEVEL": "WARNING"},
            check=True,
            capture_output=True,
        )
    return env
