"""The service finder in a real browser, with JavaScript switched off."""

import re

import pytest


def test_search_and_facets_work_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/en/")
    page.get_by_role("searchbox").fill("lawyr")
    page.get_by_role("button", name="Search").first.click()
    page.wait_for_url(re.compile(r"/en/search/\?q=lawyr$"))
    page.get_by_role("link", name="lawyer").click()  # did you mean
    page.wait_for_url(re.compile(r"q=lawyer"))
    titles = page.locator(".results__list .card__title").all_inner_texts()
    assert "Legal desk" in " ".join(titles)
    before = len(titles)
    page.locator('.facet a[data-facet="city"]').first.click()
    page.wait_for_url(re.compile(r"city="))
    narrowed = page.locator(".results__list .card__title").all_inner_texts()
    assert 0 < len(narrowed) <= before
    assert page.locator('.facet a[aria-current="true"]').count() == 1
    context.close()


PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize(("language", "words"), [("it", "permesso"), ("ar", "تجديد الإقامة")])
def test_on_a_phone_the_first_result_shows_without_scrolling(browser, site, language, words):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/{language}/search/?q={words}")
    first = page.locator(".results__list .card__title").first
    box = first.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"], box
    assert page.evaluate("window.scrollY") == 0
    context.close()


def test_on_a_phone_the_filters_open_and_the_chips_remove_them_without_javascript(browser, site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/en/search/?q=permit")
    city = page.locator('.facet a[data-facet="city"]').first
    assert not city.is_visible()  # behind the "Filter" disclosure
    page.get_by_text("Filter", exact=True).click()
    assert city.is_visible()
    before = page.locator(".results__list .card").count()
    city.click()
    page.wait_for_url(re.compile(r"city="))
    assert page.locator(".results__list .card").count() <= before
    page.get_by_text("Filter (1)").click()
    page.locator('.facet a[data-facet="access"]').first.click()
    page.wait_for_url(re.compile(r"access="))
    chips = page.locator(".chips .chip:not(.chip--clear)")
    assert chips.count() == 2
    # Each chip's link is the page without that filter: the one left with access= removes the city.
    page.locator('.chips .chip[href*="access="]').click()
    page.wait_for_url(lambda url: "city=" not in url and "access=" in url)
    assert page.locator(".chips .chip").count() == 1
    page.goto(f"{site}/en/search/?q=permit&access=walk_in&lang=en")
    page.get_by_role("link", name="Clear all filters").click()
    page.wait_for_url(re.compile(r"/en/search/\?q=permit$"))
    assert page.locator(".chips").count() == 0
    context.close()
