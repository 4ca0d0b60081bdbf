"""Coordinators' request statistics: a period, charts equal to their tables, CSV."""

import csv
import io
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.users.models import UserProfile

from appointments.models import AppointmentRequest
from localisation.groups import translator_group_name
from services.hours import ROME
from services.models import HubPage
from tests.appointments.conftest import user_in

pytestmark = pytest.mark.django_db

STATS = "/admin/reports/requests/"
SVG = "{http://www.w3.org/2000/svg}"


def request_on(day, *, language="ar", hub=None, service=None, needs=""):
    return AppointmentRequest.objects.create(
        created_at=day,
        language=language,
        hub=hub,
        service=service,
        service_title=service.title if service else (hub.title if hub else ""),
        need_codes=needs,
        contact_by="phone",
        preferred_language=language,
        name="Fatima Zahra",
        phone="333 123 4567",
    )


@pytest.fixture
def requests(legal, frozen):
    """Requests across several months; "today" is 23 November 2026."""
    hub = HubPage.objects.get(locale__language_code="it", slug="meet-cuneo")
    made = [
        request_on(datetime(2025, 10, 5, 12, tzinfo=ROME), hub=hub, needs="|legal-advice|"),
        request_on(datetime(2026, 1, 1, 0, 30, tzinfo=ROME), hub=hub, service=legal),
        request_on(datetime(2026, 1, 31, 23, 30, tzinfo=ROME), language="uk", hub=hub),
        request_on(datetime(2026, 3, 10, 9, tzinfo=ROME), language="en", needs="|legal-advice|"),
        request_on(datetime(2026, 7, 1, 0, 10, tzinfo=ROME), language="fr", hub=hub),
        request_on(datetime(2026, 11, 2, 9, tzinfo=ROME), hub=hub, service=legal),
    ]
    return made


def english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def coordinator(client, django_user_model):
    client.force_login(english(user_in(django_user_model, "Coordinators", "carla")))
    return client


def figures(html):
    """Each figure's chart (bars from the SVG, parsed as XML) and table rows."""
    soup = BeautifulSoup(html, "html.parser")
    found = {}
    for section in soup.select("section[data-figure]"):
        svg = section.find("svg")
        table = section.find("table")
        rows = [(row.th.get_text(), int(row.td.get_text())) for row in table.tbody.find_all("tr")]
        root = ET.fromstring(str(svg))
        bars = [
            (bar.get("data-label"), int(bar.get("data-value")), bar.findall(f"{SVG}text"))
            for bar in root.iter(f"{SVG}g")
            if bar.get("data-value") is not None
        ]
        found[section["data-figure"]] = {"svg": root, "rows": rows, "bars": bars}
    return found


def test_the_chart_shows_the_tables_figures_for_the_chosen_period(coordinator, requests):
    html = coordinator.get(STATS, {"from": "2026-01", "to": "2026-06"}).content.decode()
    shown = figures(html)
    months = shown["month"]
    assert months["rows"] == [
        ("January 2026", 2),
        ("February 2026", 0),
        ("March 2026", 1),
        ("April 2026", 0),
        ("May 2026", 0),
        ("June 2026", 0),
    ]
    for name, figure in shown.items():
        # Every bar: its label and value are the table's row, drawn as text too.
        assert [(label, value) for label, value, _ in figure["bars"]] == figure["rows"], name
        for label, value, texts in figure["bars"]:
            drawn = [t.text.strip("\u2068\u2069") for t in texts]
            assert drawn == [label, str(value)], name
    # Only the period counts: not October 2025, July or November 2026.
    hub = HubPage.objects.get(locale__language_code="it", slug="meet-cuneo")
    assert shown["hub"]["rows"] == [(hub.title, 2), ("No hub", 1)]
    assert dict(shown["language"]["rows"]) == {"العربية": 1, "Українська": 1, "English": 1}
    assert sum(value for _, value in shown["need"]["rows"]) == 1
    assert "3 requests in this period" in html
    assert "Fatima" not in html and "333 123" not in html


def test_the_chart_has_a_title_and_a_description_that_state_the_figures(coordinator, requests):
    html = coordinator.get(STATS, {"from": "2026-01", "to": "2026-03"}).content.decode()
    svg = figures(html)["month"]["svg"]
    assert svg.get("role") == "img"
    title_id, desc_id = svg.get("aria-labelledby").split()
    title = svg.find(f"{SVG}title")
    desc = svg.find(f"{SVG}desc")
    assert (title.get("id"), desc.get("id")) == (title_id, desc_id)
    assert title.text == "Requests per month"
    assert desc.text == (
        "Requests per month. In all: 3 requests. January 2026: 2 requests; "
        "February 2026: 0 requests; March 2026: 1 request."
    )
    assert 'style="' not in html.split("<svg")[1].split("</svg>")[0]
    assert "<script" not in html.split("<svg")[1].split("</svg>")[0]


def test_the_default_period_is_the_last_12_months(coordinator, requests):
    html = coordinator.get(STATS).content.decode()
    rows = figures(html)["month"]["rows"]
    assert rows[0][0] == "December 2025"
    assert rows[-1] == ("November 2026", 1)
    assert len(rows) == 12
    assert sum(value for _, value in rows) == 5  # October 2025 is out


@pytest.mark.parametrize(
    ("preset", "first", "count", "total"),
    [
        ("this_year", "January 2026", 12, 5),
        ("last_year", "January 2025", 12, 1),
        ("all", "October 2025", 14, 6),
    ],
)
def test_presets(coordinator, requests, preset, first, count, total):
    html = coordinator.get(STATS, {"period": preset}).content.decode()
    rows = figures(html)["month"]["rows"]
    assert (rows[0][0], len(rows), sum(v for _, v in rows)) == (first, count, total)
    names = {"this_year": "This year", "last_year": "Last year", "all": "All"}
    assert f'aria-current="page">{names[preset]}<' in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from": "2026-06", "to": "2026-01"}, "The first month is after the last one"),
        ({"from": "garbage", "to": "2026-01"}, "The period was not understood"),
        ({"from": "2026-13", "to": "2026-14"}, "The period was not understood"),
        ({"from": "2026-01"}, "The period was not understood"),
        ({"period": "forever"}, "The period was not understood"),
        ({"from": "2000-01", "to": "2100-12"}, "at most 20 years"),
    ],
)
def test_a_bad_period_shows_a_message_and_the_last_12_months(
    coordinator, requests, params, message
):
    response = coordinator.get(STATS, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert len(figures(html)["month"]["rows"]) == 12
    assert coordinator.get(STATS, {**params, "format": "csv"}).status_code == 200


def test_the_csv_holds_the_tables_counts_only(coordinator, requests):
    params = {"from": "2026-01", "to": "2026-06"}
    shown = figures(coordinator.get(STATS, params).content.decode())
    response = coordinator.get(STATS, {**params, "format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="requests-2026-01-2026-06.csv"'
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Table", "Row", "Requests"]
    titles = {
        "month": "Requests per month",
        "hub": "Requests per hub",
        "need": "Requests per need",
        "language": "Requests per language",
        "service": "Requests per service",
    }
    for name, title in titles.items():
        in_csv = [(label, int(value)) for table, label, value in rows[1:] if table == title]
        assert in_csv == shown[name]["rows"], name
    text = response.content.decode("utf-8-sig")
    assert "العربية" in text
    assert "Fatima" not in text and "333" not in text


def test_the_csv_link_keeps_the_period(coordinator, requests):
    html = coordinator.get(STATS, {"from": "2026-01", "to": "2026-06"}).content.decode()
    assert 'href="/admin/reports/requests/?from=2026-01&amp;to=2026-06&amp;format=csv"' in html


@pytest.mark.parametrize("fmt", ["", "csv"])
def test_without_the_statistics_permission_nothing_is_shown(
    client, django_user_model, requests, fmt
):
    client.force_login(user_in(django_user_model, translator_group_name("ar"), "amina"))
    response = client.get(STATS, {"format": fmt} if fmt else {})
    assert response.status_code == 403
    assert b"2026" not in response.content or b"January" not in response.content


def test_the_chart_is_mirrored_in_arabic(client, django_user_model, requests):
    user = user_in(django_user_model, "Coordinators", "layla")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ar"
    profile.save()
    client.force_login(user)
    html = client.get(STATS, {"from": "2026-01", "to": "2026-03"}).content.decode()
    svg = figures(html)["month"]["svg"]
    assert svg.get("direction") == "rtl"
    for bar in svg.iter(f"{SVG}g"):
        if bar.get("data-value"):
            label, _value = bar.findall(f"{SVG}text")
            assert label.text.startswith("\u2068") and label.text.endswith("\u2069")
            rect = bar.find(f"{SVG}rect")
            # The label right of the bar, which ends at the axis.
            assert float(label.get("x")) > float(rect.get("x")) + float(rect.get("width"))
