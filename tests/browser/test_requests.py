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
    page.locator(f'a[href$="{FORM}"]').first.click()
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


@pytest.mark.parametrize("language", ["ar", "ur"])
def test_appointment_times_read_in_order_and_each_row_is_a_big_target(browser, site, language):
    """On a 390 px phone in a right-to-left language, "15:30–18:00" is laid out with the
    start on the left, as everywhere; the box is at least 24 px and a tap anywhere on the
    row's text ticks it."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{site}/{language}{FORM}")
    box = page.locator('input[name="slots"]').first
    label = page.locator('label[for="id_slots_0"]')
    # Where the start and the end time are drawn, whatever the markup around them.
    positions = label.evaluate(
        """label => {
            const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode()); ) {
                const found = /\\d\\d:\\d\\d–\\d\\d:\\d\\d/.exec(node.data);
                if (!found) continue;
                const range = document.createRange();
                const at = (from, to) => { range.setStart(node, from); range.setEnd(node, to);
                                           return range.getBoundingClientRect().left; };
                return {start: at(found.index, found.index + 5),
                        end: at(found.index + 6, found.index + 11), text: found[0]};
            }
            return {start: 0, end: 0, text: label.textContent};
        }"""
    )
    assert re.fullmatch(r"\d\d:\d\d–\d\d:\d\d", positions["text"]), positions
    assert positions["start"] < positions["end"], positions
    size = box.bounding_box()
    assert size["width"] >= 24 and size["height"] >= 24, size
    row = label.bounding_box()
    assert row["height"] >= 24, row
    assert not box.is_checked()
    label.get_by_text(positions["text"]).click()  # the time text, not the box
    assert box.is_checked()
    context.close()
