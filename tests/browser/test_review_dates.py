"""A page past its review date, as its readers and its owner go through it in Chromium.

A resident on a phone reads the Arabic page: "may be out of date", and the number to
call. The owner finds the page on the dashboard, mistypes a date (refused, nothing
lost), then marks it "checked, nothing changed". The resident reads the date checked,
and neither the Italian nor the Arabic page changed (row and revisions).
The site runs on a copy of the demo database (this test writes).
"""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import sign_in, site_copy, watch_csp
from tests.processes import run_script

SETUP = """
import json, django
django.setup()
from datetime import timedelta
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale
from review import records
from review.models import PageReview
from services.models import ServicePage
owner = get_user_model().objects.create_user("giulia-review", "giulia@example.org", "pw")
owner.groups.add(Group.objects.get(name="Editors"))
legal = ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")
arabic = legal.get_translation(Locale.objects.get(language_code="ar"))
records.ensure_all()
late = timezone.localdate() - timedelta(days=10)
PageReview.objects.filter(translation_key=legal.translation_key).update(
    review_by=late, checked_on=late - timedelta(days=180), owner_user=owner)
print(json.dumps({"italian": legal.pk, "arabic": arabic.pk, "arabic_url": arabic.url,
                  "late": late.isoformat()}))
"""

SNAPSHOT = """
import json, django
django.setup()
from tests.localisation.review_cycle import snapshot
print(json.dumps([snapshot({italian}), snapshot({arabic})], default=str, sort_keys=True))
"""

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def own_site(browser, site_env, tmp_path_factory):
    with site_copy(site_env, tmp_path_factory.mktemp("review-dates-site"), SETUP) as found:
        yield found


def test_an_overdue_page_from_the_residents_phone_to_the_owners_check(browser, own_site):
    url, env, facts = own_site
    before = run_script(SNAPSHOT.format(**facts), env)
    resident = browser.new_context(viewport=PHONE, locale="ar").new_page()
    resident_csp = watch_csp(resident)
    resident.goto(f"{url}{facts['arabic_url']}")
    assert resident.locator("html").get_attribute("dir") == "rtl"
    overdue = resident.locator("[data-review=overdue]")
    expect(overdue).to_be_visible()
    call = overdue.locator("a[href^='tel:']")
    expect(call).to_have_attribute("href", "tel:0171444547")
    assert call.bounding_box()["height"] > 0

    owner = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    owner_csp = watch_csp(owner)
    errors = []
    owner.on("response", lambda r: errors.append(r.url) if r.status >= 500 else None)
    sign_in(owner, url, "giulia-review", "pw")
    panel = owner.locator("[data-panel=review-due]")
    expect(panel.locator("tr[data-overdue]")).to_have_count(1)
    panel.locator(f"a[href='/admin/review/{facts['italian']}/']").click()
    expect(owner.locator("[data-overdue]")).to_be_visible()

    # A date in the past is refused with a message; the review stays as it was.
    owner.locator("#id_review_by").fill("2020-01-01")
    owner.locator("button[type=submit].button-secondary").click()
    expect(owner.locator(".error-message")).to_be_visible()
    expect(owner.locator("[data-overdue]")).to_be_visible()
    resident.reload()
    expect(resident.locator("[data-review=overdue]")).to_be_visible()

    owner.locator("button[name=checked]").click()
    owner.wait_for_url(f"{url}/admin/review/{facts['italian']}/")
    expect(owner.locator("[data-overdue]")).to_have_count(0)
    owner.goto(f"{url}/admin/")
    expect(owner.locator("[data-panel=review-due] tr[data-overdue]")).to_have_count(0)

    resident.reload()
    expect(resident.locator("[data-review=overdue]")).to_have_count(0)
    expect(resident.locator("[data-review=checked]")).to_be_visible()
    assert run_script(SNAPSHOT.format(**facts), env) == before  # no revision, no change
    assert errors == []
    assert resident_csp == [] and owner_csp == []
