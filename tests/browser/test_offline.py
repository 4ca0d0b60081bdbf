"""A resident on a phone opens a service page and its request form, loses the
connection, and reloads: the saved copy of the page shows with its notice and without
the live "open now" badge; the form and a page never opened show the offline page in
their language. No Content-Security-Policy violation anywhere on the way."""

import time

from django.utils import translation

from tests.browser.conftest import watch_csp

PHONE = {"width": 390, "height": 844}
KEPT = """async ([cache, url]) => {
  const store = await caches.open(cache);
  return Boolean(await store.match(url));
}"""


def phrase(language, text, placeholder=None):
    with translation.override(language):
        translated = translation.gettext(text)
    return translated.split(placeholder)[0].strip() if placeholder else translated


def wait_until_kept(page, cache, url, seconds=15):
    """evaluate() awaits the promise (wait_for_function would take it as a truthy value)."""
    deadline = time.monotonic() + seconds
    while not page.evaluate(KEPT, [cache, url]):
        assert time.monotonic() < deadline, f"{url} was not kept in {cache}"
        page.wait_for_timeout(200)


def test_saved_page_reads_offline_and_forms_never_do(browser, site):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    refused = watch_csp(page)
    service = f"{site}/ar/servizi/meet-cuneo/sportello-legale/"
    form = f"{service}request/"

    page.goto(service)
    title = page.locator("h1").inner_text()
    assert page.locator(".status").is_visible()
    assert not page.locator(".offline-copy").is_visible()
    wait_until_kept(page, "sportello-pages", service)
    wait_until_kept(page, "sportello-offline", f"{site}/ar/offline/")
    page.goto(form)
    assert page.locator("form[method=post]").count() == 1

    context.set_offline(True)
    page.reload()
    offline_title = phrase("ar", "You are offline")
    assert page.locator("h1").inner_text() == offline_title  # not the form from a cache
    assert page.locator("form[method=post]").count() == 0  # the offline page has none

    page.goto(service)
    assert page.locator("h1").inner_text() == title
    notice = page.locator(".offline-copy")
    assert notice.is_visible()
    assert notice.inner_text().startswith(
        phrase(
            "ar",
            "Saved on %(date)s at %(time)s: you are offline, and hours may have changed since.",
            "%(date)s",
        )
    )
    assert not page.locator(".status").is_visible()  # no live "open now" offline

    page.goto(f"{site}/ar/servizi/meet-cuneo/informazione-orientamento/")  # never opened
    assert page.locator("h1").inner_text() == offline_title
    assert page.locator("html").get_attribute("lang") == "ar"

    context.set_offline(False)
    page.goto(service)
    assert page.locator(".status").is_visible()
    assert not page.locator(".offline-copy").is_visible()
    context.close()
    assert refused == []
