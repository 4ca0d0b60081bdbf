"""Content-Security-Policy in a real browser: residents' pages run under a policy with no
inline scripts at all, the admin under its own, and neither shows a violation."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import sign_in, watch_csp
from tests.page_types import PAGE_TYPES


@pytest.mark.parametrize("language", ["it", "ar"])
def test_no_page_type_breaks_the_public_policy(page, site, language):
    # The page fixture fails the test on any violation reported while it was open.
    for path in PAGE_TYPES:
        response = page.goto(f"{site}/{language}{path}")
        assert response.status == 200, path
        policy = response.headers["content-security-policy"]
        script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
        assert "'unsafe-inline'" not in script_src
        assert page.locator("main").count() == 1


def test_the_public_policy_would_catch_an_inline_script(browser, site):
    """The watcher is live: a script injected as markup is refused and reported."""
    context = browser.new_context()
    page = context.new_page()
    refused = watch_csp(page)
    page.goto(f"{site}/it/")
    page.evaluate(
        """() => {
            const frame = document.createElement('iframe');
            frame.srcdoc = '<script>parent.hacked = true</' + 'script>';
            document.body.append(frame);
            return new Promise((done) => frame.addEventListener('load', done));
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.hacked") is None
    assert any("script-src" in message for message in refused)
    context.close()


def test_the_admin_works_under_its_policy(page, site):
    sign_in(page, site)
    assert page.locator("#wagtail-sidebar").count() == 1
    # The page editor: its scripts build the form and its side panels.
    page.goto(f"{site}/admin/pages/search/?q=legale")
    rows = page.locator("tbody tr", has_text="Sportello legale")
    rows.filter(has_text="Italiano").locator("a[href$='/edit/']").first.click()
    page.wait_for_url("**/admin/pages/*/edit/")
    title = page.locator("#id_title")
    assert title.input_value() == "Sportello legale"
    page.locator("[data-side-panel-toggle='status']").click()
    # The panel opens a moment after the click: wait for it (5 s at most).
    expect(page.locator("[data-side-panel='status']")).to_be_visible()
    # wagtail-localize's translation editor (a React application) on the Spanish copy.
    page.goto(f"{site}/admin/pages/search/?q=Asesoría")
    page.locator("tbody tr", has_text="Español").locator("a[href$='/edit/']").first.click()
    page.wait_for_url("**/admin/pages/*/edit/")
    expect(page.get_by_role("button", name="Upload PO file").first).to_be_visible()
    expect(page.get_by_text("Asesoría legal").first).to_be_visible()
    # The appointment requests inbox and the reports.
    for path in ("/admin/requests/", "/admin/reports/requests/", "/admin/users/"):
        response = page.goto(f"{site}{path}")
        assert response.status == 200, path
        assert "'unsafe-inline'" in response.headers["content-security-policy"]
