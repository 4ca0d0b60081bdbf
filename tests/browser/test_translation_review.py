"""The whole review cycle in Chromium, as an editor, an Arabic translator and a moderator.

The site runs on a copy of the demo database (this test writes). After every step the
Italian page is byte for byte what the editor published (row, latest and live
revision), and the public Arabic page shows no unapproved text, the approved text right
after approval, in Arabic, right to left.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import sign_in, site_copy, watch_csp
from tests.processes import run_script

SETUP = """
import json, django
django.setup()
from django.contrib.auth import get_user_model
from tests.localisation.review_cycle import Hub
hub = Hub(get_user_model(), "sportello-casa-browser", "ar")
print(json.dumps({"italian": hub.italian_id, "arabic": hub.target().pk,
                  "arabic_url": hub.target().url, "summary": hub.italian_text}))
"""

SNAPSHOT = """
import json, django
django.setup()
from tests.localisation.review_cycle import snapshot
print(json.dumps(snapshot({page_id}), default=str, sort_keys=True))
"""

PEOPLE = "sportello-casa-browser-ar"
FIRST = "مكتب السكن للمقيمين"
SECOND = "مساعدة في البحث عن سكن وفي عقد الإيجار"
THIRD = "مساعدة في السكن والعقد والفواتير"
NEW_ITALIAN = "Aiuto per cercare casa, per il contratto d'affitto e per le bollette."


@pytest.fixture(scope="module")
def own_site(browser, site_env, tmp_path_factory):
    """The demo site on a database of its own, with the service and its people."""
    with site_copy(site_env, tmp_path_factory.mktemp("review-site"), SETUP) as found:
        yield found


def person(browser, url, role):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    refused = watch_csp(page)
    sign_in(page, url, f"{role}-{PEOPLE}", "pw")
    return page, refused


def test_editor_translator_and_moderator_go_round_the_cycle(browser, own_site):
    url, env, facts = own_site
    editor, editor_csp = person(browser, url, "editor")
    translator, translator_csp = person(browser, url, "translator")
    moderator, moderator_csp = person(browser, url, "moderator")
    resident = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    expected = {"italian": run_script(SNAPSHOT.format(page_id=facts["italian"]), env)}
    shown = {"approved": None, "unapproved": set()}

    def check(step):
        assert run_script(SNAPSHOT.format(page_id=facts["italian"]), env) == expected["italian"], (
            f"the Italian page changed at: {step}"
        )
        response = resident.goto(f"{url}{facts['arabic_url']}")
        assert response.status == 200, step
        html = resident.content()
        assert resident.locator("html").get_attribute("lang") == "ar", step
        assert resident.locator("html").get_attribute("dir") == "rtl", step
        if shown["approved"] is None:
            assert resident.locator(".notice--translation").count() == 1, step
        else:
            assert shown["approved"] in html, step
            assert resident.locator(".notice--translation").count() == 0, step
        for text in shown["unapproved"] - {shown["approved"]}:
            assert text not in html, f"unapproved text public at: {step}"

    def no_server_error(response):
        assert response is None or response.status < 500, response and response.url

    for page in (editor, translator, moderator):
        page.on("response", no_server_error)

    def type_summary(text):
        """In the translation editor: the summary's Translate/Edit, type, Enter."""
        translator.goto(f"{url}/admin/pages/{facts['arabic']}/edit/")
        row = translator.locator("li", has_text=current_italian["text"]).last
        expect(row).to_be_visible()
        row.locator("button").last.click()
        area = translator.locator("textarea").first
        area.fill(text)
        with translator.expect_response(lambda r: "/strings/" in r.url) as saved:
            area.press("Enter")
        assert saved.value.status in (200, 201)
        shown["unapproved"].add(text)

    def submit():
        translator.goto(f"{url}/admin/pages/{facts['arabic']}/edit/")
        button = f"form[action='/admin/translations/{facts['arabic']}/submit/'] button"
        with translator.expect_navigation():
            translator.locator(button).click()

    def moderate(action, comment=""):
        moderator.goto(f"{url}/admin/")
        row = moderator.locator("tr", has_text="Sportello casa").filter(
            has=moderator.locator("[data-workflow-action-url]")
        )
        row.locator("[data-w-dropdown-target='toggle']").first.click()  # "Actions"
        buttons = row.locator(f"[data-workflow-action-url*='/{action}/']")
        if comment:
            buttons.first.click()
            box = moderator.locator(".modal textarea, dialog textarea").first
            expect(box).to_be_visible()
            box.fill(comment)
            send = moderator.locator(".modal button[type=submit], dialog button[type=submit]")
            with moderator.expect_navigation():
                send.first.click()
        else:
            with moderator.expect_navigation():
                buttons.filter(has_not=moderator.locator("[data-launch-modal]")).first.click()

    current_italian = {"text": facts["summary"]}
    check("start")

    # The translator opens the Arabic page (still an alias) and starts translating it.
    translator.goto(f"{url}/admin/pages/{facts['arabic']}/edit/")
    translator.locator("a[href*='/admin/localize/submit/page/']").first.click()
    translator.wait_for_url("**/admin/localize/submit/page/**")
    offered = translator.locator("input[name=locales]")
    assert offered.count() == 1  # only Arabic, never another language
    expect(offered.first).to_be_checked()
    translator.locator("form button[type=submit], form input[type=submit]").last.click()
    translator.wait_for_load_state()
    check("translation started")
    # The translator's main action is "Submit for review"; wagtail-localize's footer,
    # whose main action would be "Stop Synced translation", is not offered.
    expect(translator.locator(".sportello-review-footer button[type=submit]")).to_be_visible()
    expect(translator.get_by_text("Stop Synced translation")).to_be_hidden()
    expect(translator.get_by_text("Convert to alias page")).to_have_count(0)

    type_summary(FIRST)
    check("first text typed")
    submit()
    check("submitted")

    moderate("reject", "Manca il contratto d'affitto.")
    check("changes requested")
    translator.goto(f"{url}/admin/pages/{facts['arabic']}/edit/")
    expect(
        translator.locator("blockquote", has_text="Manca il contratto d'affitto.")
    ).to_be_visible()
    type_summary(SECOND)
    submit()
    check("resubmitted")

    moderate("approve")
    shown["approved"] = SECOND
    check("approved")

    # The editor changes the Italian text and publishes it through the page editor.
    editor.goto(f"{url}/admin/pages/{facts['italian']}/edit/")
    editor.locator("#id_summary").fill(NEW_ITALIAN)
    editor.locator("footer [data-w-dropdown-target='toggle']").last.click()
    with editor.expect_navigation():
        editor.locator("button[name='action-publish']").click()
    expected["italian"] = run_script(SNAPSHOT.format(page_id=facts["italian"]), env)
    assert NEW_ITALIAN in expected["italian"]["row"]
    check("Italian edited")

    # The translator brings the new Italian text in and translates it.
    translator.goto(f"{url}/admin/pages/{facts['arabic']}/edit/")
    refresh = translator.locator(
        f"form[action='/admin/translations/{facts['arabic']}/refresh/'] button"
    )
    with translator.expect_navigation():
        refresh.click()
    current_italian["text"] = NEW_ITALIAN
    check("new source brought in")
    type_summary(THIRD)
    submit()
    check("resubmitted after the source changed")
    moderate("approve")
    shown["approved"] = THIRD
    check("approved again")

    assert editor_csp == [] and translator_csp == [] and moderator_csp == []
