"""No personal data in the logs: a resident fills in every public form (once wrongly,
once rightly), searches for their own address and number, someone tries to sign in
with it, and the task worker fails to deliver the mails; then every line the server
and the worker wrote is read back."""

import json
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import expect

from tests.browser.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
NAME = "Zaynab Quillfeather"
EMAIL = "zaynab.quillfeather@example.net"
PHONE = "+39 347 555 0192"
MESSAGE = "Chiedo aiuto per il ricongiungimento di mia figlia Xylomena"
PERSONAL = [
    NAME,
    "Quillfeather",
    EMAIL,
    "zaynab.quillfeather",
    PHONE,
    "3475550192",
    "347 555 0192",
    "Xylomena",
]


def fill_request(page, email=EMAIL):
    page.locator("#id_name").fill(NAME)
    page.locator("#id_phone").fill(PHONE)
    page.locator("#id_email").fill(email)
    page.locator("#id_message").fill(MESSAGE)
    if page.locator('input[name="slots"]').count():
        page.locator('input[name="slots"]').first.check()
    page.locator("#id_consent").check()
    page.locator("form.request-form button[type=submit]").click()


def test_the_logs_hold_no_personal_data(page, site, site_env, site_log):
    # The appointment form: first with a broken address (errors), then complete.
    page.goto(f"{site}/it/servizi/meet-cuneo/sportello-legale/request/")
    fill_request(page, email="zaynab.quillfeather@@example")
    expect(page.locator("#error-summary")).to_be_visible()
    fill_request(page)
    page.wait_for_url("**/request/sent/**")
    # The hub's question form.
    page.goto(f"{site}/fr/servizi/meet-cuneo/contact/")
    fill_request(page)
    page.wait_for_url("**/contact/sent/**")
    # Searches for the resident's own details, and a page that does not exist.
    for query in (EMAIL, PHONE, MESSAGE):
        page.goto(f"{site}/it/search/?q={query}")
    page.goto(f"{site}/it/{EMAIL}/")
    # A sign-in attempt with the resident's address as the username.
    page.goto(f"{site}/admin/login/")
    page.locator("#id_username").fill(EMAIL)
    page.locator("#id_password").fill(PHONE)
    page.locator("form.login-form button[type=submit]").click()

    # The worker tries to send the mails through an SMTP server that is not there.
    with site_log.open("ab") as log:
        subprocess.run(
            [sys.executable, "manage.py", "db_worker", "--backend", "database", "--batch"],
            cwd=ROOT,
            env={
                **site_env,
                "TEST_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "EMAIL_HOST": "127.0.0.1",
                "EMAIL_PORT": str(free_port()),  # nothing listens there
            },
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=120,
            check=True,
        )
    time.sleep(0.5)  # the server's last access lines

    lines = site_log.read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines if line.strip()]  # every line is JSON
    # The scan saw what it had to: the posts, the searches, the failed mail.
    messages = [entry["message"] for entry in entries]
    assert any(
        m.startswith("POST /it/servizi/meet-cuneo/sportello-legale/request/ status=302")
        for m in messages
    ), messages
    assert any(m.startswith("GET /it/search/ status=200") for m in messages), messages
    assert any(m.startswith("Mail for request") for m in messages), messages
    assert any(entry["logger"] == "django.request" for entry in entries), messages  # the 404
    text = site_log.read_text(encoding="utf-8")
    found = [fragment for fragment in PERSONAL if fragment.lower() in text.lower()]
    assert found == [], f"personal data in the logs: {found}"
