"""The search report's chart: searches that found nothing, per month and language."""

import csv
import io
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from appointments.groups import ensure_request_groups
from localisation.groups import ensure_translator_groups, translator_group_name
from search.models import HiddenQuery, QueryStat

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/search-queries/"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def coordinator(client, django_user_model):
    ensure_request_groups()
    user = django_user_model.objects.create_user("chiara", "c@example.org", "pw")
    user.groups.add(Group.objects.get(name="Coordinators"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def stats(db):
    rows = [
        (date(2025, 12, 31), "en", "dentist", 0, 4),  # before the period
        (date(2026, 1, 1), "en", "dentist", 0, 2),
        (date(2026, 1, 20), "en", "optician", 0, 1),
        (date(2026, 1, 20), "en", "lawyer", 3, 9),  # found something
        (date(2026, 3, 31), "en", "dentist", 0, 5),
        (date(2026, 3, 31), "en", "zorblaxquux", 0, 50),  # hidden
        (date(2026, 2, 14), "ar", "طبيب أسنان", 0, 3),
        (date(2026, 4, 1), "en", "dentist", 0, 7),  # after the period
    ]
    for day, language, query, results, count in rows:
        QueryStat.objects.create(
            day=day, language=language, query=query, results=results, count=count
        )
    HiddenQuery.objects.create(language="en", query="zorblaxquux")


def figures(html):
    soup = BeautifulSoup(html, "html.parser")
    found = {}
    for section in soup.select("section[data-figure]"):
        table = section.find("table")
        rows = [(r.th.get_text(), int(r.td.get_text())) for r in table.tbody.find_all("tr")]
        svg = ET.fromstring(str(section.find("svg")))
        bars = [
            (g.get("data-label"), int(g.get("data-value")))
            for g in svg.iter(f"{SVG}g")
            if g.get("data-value") is not None
        ]
        found[section["data-figure"]] = {"rows": rows, "bars": bars, "svg": svg}
    return found


def test_zero_result_searches_per_month_equal_the_table_for_the_period(coordinator, stats):
    params = {"language": "en", "from": "2026-01", "to": "2026-03"}
    html = coordinator.get(REPORT, params).content.decode()
    shown = figures(html)
    months = shown["zero-month"]
    assert months["rows"] == [("January 2026", 3), ("February 2026", 0), ("March 2026", 5)]
    assert months["bars"] == months["rows"]
    languages = shown["zero-language"]
    assert languages["rows"] == [("English", 8), ("العربية", 3)]
    assert languages["bars"] == languages["rows"]
    svg = months["svg"]
    title_id, desc_id = svg.get("aria-labelledby").split()
    assert svg.find(f"{SVG}title").get("id") == title_id
    desc = svg.find(f"{SVG}desc")
    assert desc.get("id") == desc_id
    assert "January 2026: 3 searches; February 2026: 0 searches; March 2026: 5 searches" in (
        desc.text
    )


def test_the_csv_holds_the_charts_tables(coordinator, stats):
    params = {"language": "en", "from": "2026-01", "to": "2026-03"}
    shown = figures(coordinator.get(REPORT, params).content.decode())
    response = coordinator.get(REPORT, {**params, "format": "csv"})
    assert response["Content-Disposition"] == 'attachment; filename="search-en-2026-01-2026-03.csv"'
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    month = [(q, int(n)) for table, q, n, _ in rows if table.endswith("per month, in English")]
    assert month == shown["zero-month"]["rows"]
    language = [(q, int(n)) for table, q, n, _ in rows if table.endswith("per language")]
    assert language == shown["zero-language"]["rows"]


def test_a_bad_period_gives_a_message_and_the_last_12_months(coordinator, stats):
    response = coordinator.get(REPORT, {"language": "en", "from": "2026-xx", "to": "?"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "The period was not understood" in html
    assert len(figures(html)["zero-month"]["rows"]) == 12


def test_people_outside_the_admin_get_neither_report_nor_csv(client, django_user_model, stats):
    client.force_login(django_user_model.objects.create_user("resident", "r@example.org", "pw"))
    for params in ({}, {"format": "csv"}):
        response = client.get(REPORT, params)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize("group", ["Editors", translator_group_name("ar"), "Operators"])
def test_only_coordinators_read_the_report_and_hide_queries(
    client, django_user_model, group, stats
):
    ensure_request_groups()
    ensure_translator_groups()
    user = django_user_model.objects.create_user("someone", "s@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    for params in ({}, {"format": "csv"}):
        response = client.get(REPORT, params)
        assert (response.status_code, response["Location"]) == (302, "/admin/")  # refused
    hidden = set(HiddenQuery.objects.values_list("language", "query"))
    client.post(f"{REPORT}hide/", {"language": "en", "query": "dentist"})
    client.post(f"{REPORT}hide/", {"language": "en", "query": "xyzzy-new"})
    assert set(HiddenQuery.objects.values_list("language", "query")) == hidden
    assert "search-queries" not in client.get("/admin/").content.decode()
