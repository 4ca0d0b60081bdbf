"""A hub page's schema.org GovernmentOffice lists the same weekly hours and closed days
as the page, described in the page's language."""

import json
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import translation

from core import dates
from services.jsonld import DAYS
from services.models import HubClosure, HubPage
from services.models.opening import WEEKDAYS
from tests.services.test_service_pages import shown_hours

pytestmark = pytest.mark.django_db
ROME = ZoneInfo("Europe/Rome")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=ROME)  # Immacolata (8 December) is this week


def jsonld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )


@pytest.mark.parametrize("language", ["it", "ar"])
def test_hub_json_ld_lists_the_hours_and_closed_days_of_the_page(client, demo, language):
    italian = HubPage.objects.get(slug="meet-cuneo", locale__language_code="it")
    HubClosure.objects.create(
        page=italian, start=date(2026, 12, 24), end=date(2027, 1, 6), reason="holiday"
    )
    italian.save_revision().publish()  # the closure reaches every language (a fact)
    hub = HubPage.objects.get(slug="meet-cuneo", locale__language_code=language)
    with time_machine.travel(MONDAY, tick=False):
        html = client.get(hub.url).content.decode()
    data = jsonld(html)
    assert data["@type"] == "GovernmentOffice"
    assert data["inLanguage"] == language

    with translation.override(language):
        days = {n: str(name) for n, name in WEEKDAYS}
    weekly = {
        (
            spec["description"],
            days[DAYS.index(spec["dayOfWeek"].rsplit("/", 1)[1])],
            spec["opens"],
            spec["closes"],
        )
        for spec in data["openingHoursSpecification"]
    }
    assert weekly == shown_hours(html)

    section = html.split('<section class="hours"')[1].split("</section>")[0]
    closures_on_page = [
        re.sub(r"<[^>]+>", "", text) for text in re.findall(r"<strong>(.*?)</strong>", section)
    ]
    special = data["specialOpeningHoursSpecification"]
    assert all(spec["opens"] == spec["closes"] == "00:00" for spec in special)
    closures = [spec for spec in special if spec["validFrom"] != spec["validThrough"]]
    assert [(c["validFrom"], c["validThrough"]) for c in closures] == [("2026-12-24", "2027-01-06")]
    assert [c["description"] for c in closures] == closures_on_page
    # The coming week's public holiday, listed on the page by its date; the JSON-LD
    # names it (in the page's language).
    (holiday,) = [spec for spec in special if spec["validFrom"] == "2026-12-08"]
    with translation.override(language):
        assert dates.day(date(2026, 12, 8)) in section
    assert holiday["description"]
    if language == "ar":
        assert not re.search(r"[A-Za-z]{4}", holiday["description"] + closures[0]["description"])
    assert data["availableLanguage"]  # the languages its desks help in
