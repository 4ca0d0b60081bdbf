import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape
from wagtail_localize.synctree import create_aliases_for_new_page

from services.jsonld import DAYS
from services.models import HubPage, ServicePage, ServiceSlot
from services.models.opening import WEEKDAYS

pytestmark = pytest.mark.django_db
ROME = ZoneInfo("Europe/Rome")


def italian_services():
    return ServicePage.objects.filter(locale__language_code="it").live().order_by("path")


def shown_hours(html):
    """(kind heading, weekday name, opens, closes) rows of the page's hours table."""
    section = html.split('<section class="hours"')[1].split("</section>")[0]
    rows = set()
    for part in re.split(r"<h3>", section)[1:]:
        kind = part.split("</h3>")[0].strip()
        for day, times in re.findall(
            r'<th scope="row">(.*?)</th><td><span dir="ltr">(.*?)</span>', part
        ):
            for opens, closes in re.findall(r"(\d\d:\d\d)–(\d\d:\d\d)", times):
                rows.add((kind, day, opens, closes))
    return rows


def jsonld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )


def test_every_demo_service_page_shows_hours_access_contacts_and_place(client, demo):
    services = list(italian_services())
    assert len(services) == 12  # 8 at .Meet, 4 at S.P.A.C.E.
    for service in services:
        response = client.get(service.url)
        assert response.status_code == 200, service.url
        html = response.content.decode()
        context = response.context
        assert escape(service.get_access_mode_display()) in html
        for contact in context["contacts"]:
            assert escape(contact.value) in html
            if contact.channel == "phone":
                assert f'href="tel:{contact.digits}"' in html
        if context["location"] is not None:
            assert escape(context["location"].one_line or context["location"].name) in html
            assert "openstreetmap.org" in html
        data = jsonld(html)
        assert data["@type"] == "GovernmentService"
        assert data["name"] == service.title
        schedule = context["schedule"]
        # The JSON-LD lists exactly the opening hours the page shows.
        # Each slot described in the page's language (Italian here), like the table.
        with translation.override("it"):
            days = {n: str(name) for n, name in WEEKDAYS}
        from_jsonld = {
            (
                spec["description"],
                days[DAYS.index(spec["dayOfWeek"].rsplit("/", 1)[1])],
                spec["opens"],
                spec["closes"],
            )
            for spec in data["hoursAvailable"]
        }
        assert from_jsonld == shown_hours(html), service.url
        assert len(data["hoursAvailable"]) == len(schedule.slots)


def test_desks_inherit_the_hub_hours_and_the_street_team_has_none(client, demo):
    legal = ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")
    html = client.get(legal.url).content.decode()
    assert len(shown_hours(html)) == 9
    assert "Lunedì" in html
    team = ServicePage.objects.get(locale__language_code="it", slug="squadra-mobile")
    response = client.get(team.url)
    assert shown_hours(response.content.decode()) == set()
    assert jsonld(response.content.decode())["hoursAvailable"] == []
    assert response.context["location"] is None


@pytest.mark.parametrize(
    ("language", "words"), [("it", "Nessun orario fisso"), ("ar", "لا توجد مواعيد عمل ثابتة")]
)
@pytest.mark.parametrize("slug", ["squadra-mobile", "sportello-virtuale"])
def test_services_with_no_hours_say_how_to_reach_them_not_closed(
    client, demo, slug, language, words
):
    service = ServicePage.objects.get(locale__language_code="it", slug=slug)
    html = client.get(f"/{language}{service.url[3:]}").content.decode()
    badge = re.search(r'<p class="status status--(\w+)">(.*?)</p>', html, re.S)
    assert badge.group(1) == "no_hours"
    assert words in badge.group(2)


def test_antidiscrimination_desk_has_its_own_hours_and_contacts(client, demo):
    desk = ServicePage.objects.get(locale__language_code="it", slug="sportello-antidiscriminazioni")
    response = client.get(desk.url)
    html = response.content.decode()
    assert {(day, opens, closes) for _, day, opens, closes in shown_hours(html)} == {
        ("Mercoledì", "09:00", "12:00"),
        ("Giovedì", "09:00", "12:00"),
    }
    assert 'href="mailto:antidiscriminazioni@comune.cuneo.it"' in html
    assert 'href="tel:0171444789"' in html
    assert "Via Leutrum 7, 12100 Cuneo" in html  # at .Meet


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 23, 10, 0, tzinfo=ROME), "Open now"),
        (datetime(2026, 11, 27, 10, 0, tzinfo=ROME), "Open now by appointment"),
        (datetime(2026, 11, 24, 13, 0, tzinfo=ROME), "Closed now"),
        (datetime(2025, 4, 25, 10, 0, tzinfo=ROME), "Closed today: public holiday"),
    ],
)
def test_the_open_now_badge_follows_the_clock(client, demo, moment, expected):
    legal = ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")
    with time_machine.travel(moment, tick=False):
        html = client.get("/en/servizi/meet-cuneo/sportello-legale/").content.decode()
    badge = html.split('<p class="status')[1].split("</p>")[0]
    assert f"<strong>{expected}</strong>" in badge
    assert legal.slug in html


def test_next_opening_is_shown_in_the_visitor_language(client, demo):
    with time_machine.travel(datetime(2026, 11, 27, 12, 30, tzinfo=ROME), tick=False):
        html = client.get("/fr/servizi/meet-cuneo/sportello-legale/").content.decode()
    badge = html.split('<p class="status')[1].split("</p>")[0]
    assert "lundi 30 novembre" in badge.lower()
    assert "09:30" in badge


def test_hub_page_lists_its_desks_partners_and_hours(client, demo):
    meet = HubPage.objects.get(locale__language_code="it", slug="meet-cuneo")
    html = client.get(meet.url).content.decode()
    for desk in ServicePage.objects.child_of(meet):
        assert f'href="{desk.url}"' in html
    for partner in ("Fiordaliso", "MOMO", "O.R.SO.", "Emmanuele"):
        assert partner in html
    assert len(shown_hours(html)) == 9
    assert "11 febbraio 2022" in html


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("facts_seconds", [0, 60], ids=["facts read each time", "facts kept"])
def test_service_page_queries_do_not_grow_with_the_data(client, demo, settings, facts_seconds):
    settings.PAGE_FACTS_SECONDS = facts_seconds
    desk = ServicePage.objects.get(locale__language_code="it", slug="sportello-antidiscriminazioni")
    others = list(ServicePage.objects.filter(locale__language_code="it").exclude(pk=desk.pk))
    desk.related_services.set(others[:2])
    desk.save_revision().publish()
    arabic_url = desk.url.replace("/it/", "/ar/", 1)
    client.get(desk.url)  # warm the site root cache (and the page's facts, when kept)
    client.get(arabic_url)
    before = count_queries(client, desk.url), count_queries(client, arabic_url)

    # Twice the data: every service copied (with its slots and contacts, and aliased
    # into every locale), twice the slots on this page, twice the related services.
    for service in others:
        copy = service.copy(
            update_attrs={"slug": f"{service.slug}-bis", "title": f"{service.title} bis"}
        )
        create_aliases_for_new_page(copy)
    desk = ServicePage.objects.get(pk=desk.pk)
    for slot in list(desk.slots.all()):
        desk.slots.add(ServiceSlot(weekday=slot.weekday + 2, opens=slot.opens, closes=slot.closes))
    desk.related_services.set(others[:4])
    desk.save_revision().publish()
    client.get(desk.url)
    client.get(arabic_url)
    after = count_queries(client, desk.url), count_queries(client, arabic_url)
    assert after == before
