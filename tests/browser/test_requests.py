"""The appointment form in a real browser: accessible, and usable without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations

FORM = "/servizi/meet-cuneo/sportello-legale/request/"


@pytest.mark.parametrize("language", ["it", "ar"])
def test_the_form_and_its_errors_have_no_axe_violations(page, site, language):
    page.goto(f"{site}/{language}{FORM}")
    assert violations(page) == []
    page.locator("form.request-form button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert violations(page) == []


def test_the_hub_question_form_has_no_axe_violations(page, site):
    page.goto(f"{site}/ur/servizi/meet-cuneo/contact/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert violations(page) == []


def test_an_arabic_request_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/ar/servizi/meet-cuneo/sportello-legale/")
    page.locator(f'a[href$="{FORM}"]').click()
    page.locator("#id_name").fill("فاطمة الزهراء")
    page.locator("#id_phone").fill("333 123 4567")
    page.locator("form.request-form button[type=submit]").click()
    # Errors: the times and the consent are missing; what was typed is kept.
    summary = page.locator("#error-summary")
    expect(summary.locator("a")).to_have_count(2)
    assert page.locator("#id_name").input_value() == "فاطمة الزهراء"
    page.locator('input[name="slots"]').first.check()
    page.locator("#id_consent").check()
    page.locator("form.request-form button[type=submit]").click()
    page.wait_for_url("**/request/sent/**")
    code = page.locator(".reference__code").inner_text()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    context.close()


def test_the_confirmation_page_has_no_axe_violations(page, site):
    page.goto(f"{site}/fr{FORM}")
    page.locator("#id_name").fill("Awa Diallo")
    page.locator("#id_phone").fill("+33 6 12 34 56 78")
    page.locator('input[name="slots"]').first.check()
    page.locator("#id_consent").check()
    page.locator("form.request-form button[type=submit]").click()
    page.wait_for_url("**/request/sent/**")
    assert violations(page) == []
