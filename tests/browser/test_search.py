"""The service finder in a real browser, with JavaScript switched off."""

import re


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
