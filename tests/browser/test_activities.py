"""A resident finds what is on, on a phone, with JavaScript switched off: the next dates
first, a filter, the activity, its calendar file, and a request to take part."""

import re

import pytest
from icalendar import Calendar

from tests.browser.test_accessibility import violations

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("language", ["it", "ar"])
def test_on_a_phone_the_next_date_shows_without_scrolling(browser, site, language):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/{language}/attivita/")
    first = page.locator(".occurrence").first
    box = first.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"], box
    assert not page.locator("#filter-hub").is_visible()  # behind "Filter"
    context.close()


def test_filter_open_an_activity_and_take_its_calendar_without_javascript(browser, site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/ar/attivita/")
    page.locator("details.activities__filters > summary").click()
    page.locator("#filter-hub").select_option("meet-cuneo")
    page.locator(".activities__filter-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/ar/attivita/\?.*hub=meet-cuneo"))
    titles = set(page.locator(".occurrence__title").all_inner_texts())
    assert len(titles) == 1  # only the .Meet language club
    assert page.locator("details.activities__filters").get_attribute("open") is not None

    page.locator(".occurrence__title").first.click()
    page.wait_for_url(re.compile(r"/ar/attivita/club-di-lingua-meet/$"))
    assert page.locator("h1").inner_text() in titles
    link = page.locator('a[href$="/calendar/"]').first
    response = page.request.get(site + link.get_attribute("href"))
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    cal = Calendar.from_ical(response.body())
    (series,) = [e for e in cal.walk("VEVENT") if "RRULE" in e]
    assert series["DTSTART"].params["TZID"] == "Europe/Rome"
    context.close()


def test_a_resident_asks_to_take_part_from_the_activity(browser, site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/ar/attivita/laboratorio-curriculum-prato/")
    title = page.locator("h1").inner_text()
    page.locator('a[href*="/contact/?activity="]').click()
    assert title in page.locator("main").inner_text()  # the activity is named
    page.locator("#id_name").fill("فاطمة الزهراء")
    page.locator("#id_phone").fill("333 123 4567")
    page.locator("#id_consent").check()
    page.locator("form.request-form button[type=submit]").click()
    page.wait_for_url("**/contact/sent/**")
    code = page.locator(".reference__code").inner_text()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/attivita/?hub=meet-cuneo&city=&audience=&need=",
        "/attivita/archive/",
        "/attivita/laboratorio-curriculum-prato/",
    ],
)
def test_filtered_listing_archive_and_a_workshop_have_no_axe_violations(page, site, path):
    """axe runs scripts in the page: these run with JavaScript on (the `page` fixture)."""
    page.goto(f"{site}/ar{path}")
    assert violations(page) == []


def test_the_take_part_form_has_no_axe_violations(page, site):
    page.goto(f"{site}/ar/attivita/laboratorio-curriculum-prato/")
    page.locator('a[href*="/contact/?activity="]').click()
    page.wait_for_url("**/contact/?activity=*")
    assert violations(page) == []
