import re

import pytest
from playwright.sync_api import expect


def switch_language(page, name):
    page.locator("details.lang-switch summary").click()
    page.get_by_role("link", name=name, exact=True).click()


def test_switching_to_arabic_keeps_the_page_and_lays_out_right_to_left(page, site):
    page.goto(f"{site}/it/")
    switch_language(page, "العربية")
    expect(page).to_have_url(f"{site}/ar/")
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    expect(page.locator("h1")).to_have_text("سبورتيلو: خدمات للقادمين الجدد إلى المدينة")

    # The navigation starts at the right edge of the screen.
    viewport_width = page.viewport_size["width"]
    first_item = page.locator(".main-nav__list li").first.bounding_box()
    assert viewport_width - (first_item["x"] + first_item["width"]) < 40
    assert first_item["x"] > viewport_width / 2
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] > viewport_width / 2


def test_switching_keeps_the_resident_on_the_same_inner_page(page, site):
    page.goto(f"{site}/it/note-legali/")
    switch_language(page, "العربية")
    expect(page).to_have_url(f"{site}/ar/note-legali/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text("ملاحظات قانونية")
    # Urdu has no translation yet: the Italian text keeps its own direction inside
    # the right-to-left page.
    switch_language(page, "اردو")
    expect(page).to_have_url(f"{site}/ur/note-legali/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text("Note legali")
    expect(page.locator("h1")).to_have_attribute("dir", "ltr")
    expect(page.locator("h1")).to_have_attribute("lang", "it")


@pytest.mark.parametrize(
    ("name", "code", "notice"),
    [
        ("Español", "es", "Esta página aún no está traducida"),
        ("اردو", "ur", "اس صفحے کا ابھی ترجمہ نہیں ہوا"),
        ("中文", "zh-hans", "本页尚未翻译"),
    ],
)
def test_switching_to_a_language_without_translation_shows_the_notice_in_it(
    page, site, name, code, notice
):
    page.goto(f"{site}/it/privacy/")
    expect(page.locator(".notice--translation")).to_have_count(0)
    switch_language(page, name)
    expect(page).to_have_url(f"{site}/{code}/privacy/")
    expect(page.locator(".notice--translation")).to_contain_text(notice)
    expect(page.locator("h1")).to_have_text("Informativa sulla privacy")


def test_language_switcher_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/it/")
    switch_language(page, "Українська")
    expect(page).to_have_url(f"{site}/uk/")
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    context.close()


def test_keyboard_user_reaches_the_skip_link_first_and_lands_on_main(page, site):
    page.goto(f"{site}/it/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
    expect(page.locator("main")).to_be_focused()


@pytest.mark.parametrize("width", [320])
def test_readable_at_320_pixels_without_horizontal_scroll(browser, site, width):
    context = browser.new_context(viewport={"width": width, "height": 640})
    page = context.new_page()
    for path in ("/it/", "/ar/", "/ur/privacy/"):
        page.goto(f"{site}{path}")
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, path
    context.close()
