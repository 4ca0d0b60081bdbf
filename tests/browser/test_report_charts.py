"""The coordinators' request report in Chromium: the chart passes axe, in Italian and in
Arabic (right to left: labels right of the bars), under the admin's policy.

The site runs on a copy of the demo database holding requests across several months."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import sign_in, site_copy, watch_csp
from tests.browser.test_accessibility import WCAG_TAGS

SETUP = """
import json, django
django.setup()
from datetime import datetime
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile
from appointments.models import AppointmentRequest
from services.hours import ROME
from services.models import HubPage
hub = HubPage.objects.filter(locale__language_code="it").first()
rows = [((2026, 1, 5), "ar", "|legal-advice|"), ((2026, 1, 9), "uk", ""),
        ((2026, 3, 2), "zh-hans", "|legal-advice|"), ((2026, 4, 20), "en", ""),
        ((2025, 6, 1), "fr", "")]
for (y, m, d), language, needs in rows:
    AppointmentRequest.objects.create(
        created_at=datetime(y, m, d, 10, tzinfo=ROME), language=language, hub=hub,
        service_title=hub.title, need_codes=needs, contact_by="phone",
        preferred_language=language)
for language in ("it", "ar"):
    user = get_user_model().objects.create_superuser(
        f"charts-{language}", f"charts-{language}@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
print(json.dumps({"ok": True}))
"""


@pytest.fixture(scope="module")
def report_site(browser, site_env, tmp_path_factory):
    with site_copy(site_env, tmp_path_factory.mktemp("charts-site"), SETUP) as (url, _env, _):
        yield url


@pytest.mark.parametrize("language", ["it", "ar"])
def test_the_request_chart_passes_axe(browser, report_site, language):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    refused = watch_csp(page)
    sign_in(page, report_site, f"charts-{language}", "pw")
    response = page.goto(f"{report_site}/admin/reports/requests/?from=2026-01&to=2026-06")
    assert response.status == 200
    chart = page.locator("section[data-figure='month'] svg")
    assert chart.get_attribute("role") == "img"
    title_id, desc_id = chart.get_attribute("aria-labelledby").split()
    assert chart.locator(f"title#{title_id}").count() == 1
    assert chart.locator(f"desc#{desc_id}").count() == 1
    results = Axe().run(
        page,
        context={"include": [["section[data-figure]"]]},
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
    )
    violations = [
        f"{v['id']}: {v['help']} ({v['nodes'][0]['target']})"
        for v in results.response["violations"]
    ]
    assert violations == []
    # The bars are drawn with their values; in Arabic the labels are right of the bars.
    bars = page.locator("section[data-figure='month'] g[data-value]")
    assert bars.count() == 6
    january = bars.first
    assert january.get_attribute("data-value") == "2"
    label = january.locator("text").first.bounding_box()
    bar = january.locator("rect").bounding_box()
    if language == "ar":
        assert label["x"] >= bar["x"] + bar["width"] - 1
    else:
        assert label["x"] + label["width"] <= bar["x"] + 1
    context.close()
    assert refused == []
