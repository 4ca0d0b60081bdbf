"""The card printed from the browser (its print stylesheet, no PDF server involved),
and the share section with and without JavaScript."""

import pytest

from tests.browser.conftest import watch_csp
from tests.cards.pdf_tools import page_count, page_image, qr_texts, require_poppler

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize(("language", "size"), [("ar", "a6"), ("zh-hans", "a4")])
def test_printing_the_card_page_gives_the_same_one_page_card(browser, site, language, size):
    require_poppler()
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    refused = watch_csp(page)
    service = f"{site}/{language}/servizi/meet-cuneo/sportello-legale/"
    page.goto(f"{service}card/?size={size}")
    assert page.locator(".sheet__tools").is_visible()  # on screen: back, PDF, size
    page.emulate_media(media="print")
    assert not page.locator(".sheet__tools").is_visible()  # not on paper
    data = page.pdf(prefer_css_page_size=True, print_background=True)
    assert page_count(data) == 1
    (url,) = qr_texts(page_image(data))
    assert url.endswith(f"/{language}/servizi/meet-cuneo/sportello-legale/")
    context.close()
    assert refused == []


def test_share_links_work_without_javascript_and_buttons_come_with_it(browser, site):
    url = f"{site}/uk/servizi/meet-cuneo/sportello-legale/"
    plain = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = plain.new_page()
    page.goto(url)
    share = page.locator("section.share")
    assert share.locator("a.share__link").count() == 4
    assert (
        share.locator(".share__url")
        .input_value()
        .endswith("/uk/servizi/meet-cuneo/sportello-legale/")
    )
    assert not share.locator("button").first.is_visible()  # no button that would do nothing
    plain.close()

    context = browser.new_context(viewport=PHONE, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    refused = watch_csp(page)
    page.goto(url)
    copy = page.locator("[data-share-copy]")
    assert copy.is_visible()
    copy.click()
    status = page.locator(".share__status")
    status.wait_for(state="visible")
    assert status.inner_text() == copy.get_attribute("data-share-copy")
    assert page.evaluate("navigator.clipboard.readText()").endswith(
        "/uk/servizi/meet-cuneo/sportello-legale/"
    )
    context.close()
    assert refused == []
