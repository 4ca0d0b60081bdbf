"""Playwright driving Debian's Chromium against the site served as in production.

The site runs under gunicorn on 127.0.0.1 with its own database holding the demo
content, loaded once per session (the tests only read). Playwright's own browser
download does not work here: install Debian's package (`apt-get install -y chromium`).
Without it these tests skip with that reason, except where SPORTELLO_REQUIRE_BROWSER
is set (CI), where a missing browser fails.
"""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ADMIN
from tests.processes import run_script

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"Debian's chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
        if os.environ.get("SPORTELLO_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def site_log(tmp_path_factory) -> Path:
    """Everything the test server and its task worker logged (JSON lines)."""
    return tmp_path_factory.mktemp("browser-logs") / "site.log"


@pytest.fixture(scope="session")
def site_env(demo_site_env):
    """The environment of the test server: the demo site's database, production-like logs."""
    database = Path(demo_site_env["DATABASE_URL"].removeprefix("sqlite:///"))
    return {
        **demo_site_env,
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "DEBUG",
        "GUNICORN_WORKER_TMP_DIR": str(database.parent),
    }


@contextmanager
def serve(env: dict, log_path: Path):
    """The site under gunicorn on a free port of 127.0.0.1, with the production gunicorn
    configuration (config/gunicorn.py); yields its base URL, stops it afterwards."""
    port = free_port()
    log = log_path.open("ab")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "config/gunicorn.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "config.wsgi",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    tail = log_path.read_text(errors="replace")[-3000:]
                    raise RuntimeError(f"the test server did not start:\n{tail}") from None
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


@contextmanager
def site_copy(site_env: dict, folder: Path, setup: str | None = None):
    """The demo site served from a copy of its database, for a test that writes: `setup`
    (a script printing one JSON object) runs in it first. Yields (url, env, facts)."""
    source = Path(site_env["DATABASE_URL"].removeprefix("sqlite:///"))
    copy = folder / "site.sqlite3"
    with sqlite3.connect(source) as old, sqlite3.connect(copy) as new:
        old.backup(new)
    env = {**site_env, "DATABASE_URL": f"sqlite:///{copy}", "GUNICORN_WORKER_TMP_DIR": str(folder)}
    facts = run_script(setup, env) if setup else {}
    with serve(env, folder / "site.log") as url:
        yield url, env, facts


def sign_in(page, url: str, username: str = ADMIN[0], password: str = ADMIN[1]) -> None:
    """Through the admin's sign-in form, as a person types it."""
    page.goto(f"{url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{url}/admin/")


@pytest.fixture(scope="session")
def site(browser, site_env, site_log):
    """Base URL of the demo site, read only by the tests, its logs in site_log."""
    with serve(site_env, site_log) as url:
        yield url


def watch_csp(page) -> list[str]:
    """Chromium reports each Content-Security-Policy refusal on the console."""
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return refused


@pytest.fixture
def page(browser, site):
    """A phone-sized page; any CSP violation on it fails the test that used it."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    refused = watch_csp(page)
    yield page
    context.close()
    assert refused == [], "Content-Security-Policy violations"
