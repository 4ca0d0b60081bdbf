"""The HSDS 3.1 feed of the demo, in it, en and ar: every endpoint validates against
the project's schema; paging and the combined filters behave as the specification
says; ndjson streams every service; a service's hours and closures read back from the
feed equal the hours table of its page."""

import json
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from jsonschema import Draft202012Validator, FormatChecker

from opendata.schema import ROOT, schema_for
from services.models import HubPage, ServiceClosure, ServicePage
from tests.services.test_service_pages import shown_hours

pytestmark = pytest.mark.django_db
LANGUAGES = ["it", "en", "ar"]
ROME = ZoneInfo("Europe/Rome")
TODAY = datetime(2026, 12, 7, 10, 0, tzinfo=ROME)


def check(data, schema):
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Access-Control-Allow-Origin"] == "*"
    return json.loads(response.content)


LISTS = {
    "services": "service",
    "organizations": "organization",
    "service_at_locations": "service_at_location",
    "taxonomies": "taxonomy",
    "taxonomy_terms": "taxonomy_term",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_endpoint_validates_in_each_language(client, demo, language):
    base = f"/{language}/api/hsds/"
    root = get(client, base)
    check(root, {"$schema": "https://json-schema.org/draft/2020-12/schema", **ROOT})
    assert root["version"] == "3.1"
    for path, record in LISTS.items():
        page = get(client, f"{base}{path}?per_page=500")
        check(page, schema_for(record, listing=True))
        assert page["total_items"] > 0 and not page["empty"]
        for item in page["contents"]:
            one = get(client, f"{base}{path}/{item['id']}")
            check(one, schema_for(record))
            assert one["id"] == item["id"]
    full = get(client, f"{base}services?full=true&per_page=500")
    check(full, schema_for("service", listing=True))
    openapi = get(client, f"{base}openapi.json")
    assert openapi["openapi"].startswith("3.1") and "/services/{id}" in openapi["paths"]


def test_names_are_in_the_feed_language_and_ids_the_same_in_every_language(client, demo):
    feeds = {
        lang: get(client, f"/{lang}/api/hsds/services?full=true&per_page=500") for lang in LANGUAGES
    }
    ids = {lang: [s["id"] for s in feed["contents"]] for lang, feed in feeds.items()}
    assert ids["it"] == ids["en"] == ids["ar"]
    legal = {
        lang: next(s for s in feed["contents"] if s["url"].endswith("/sportello-legale/"))
        for lang, feed in feeds.items()
    }
    for lang in LANGUAGES:
        page = ServicePage.objects.get(slug="sportello-legale", locale__language_code=lang)
        assert legal[lang]["name"] == page.title
        assert legal[lang]["id"] == str(page.translation_key)
    assert legal["it"]["name"] != legal["ar"]["name"]
    terms = {
        lang: {
            a["taxonomy_term"]["code"]: a["taxonomy_term"]["name"]
            for a in legal[lang]["attributes"]
        }
        for lang in LANGUAGES
    }
    assert terms["it"].keys() == terms["ar"].keys() and terms["it"] != terms["ar"]


def test_paging_follows_the_specification(client, demo):
    everything = get(client, "/it/api/hsds/services?per_page=500")
    total = everything["total_items"]
    seen = []
    page_number = 1
    while True:
        page = get(client, f"/it/api/hsds/services?per_page=5&page={page_number}")
        assert page["total_items"] == total
        assert page["total_pages"] == -(-total // 5)
        assert page["page_number"] == page_number
        assert page["first_page"] == (page_number == 1)
        assert page["last_page"] == (page_number == page["total_pages"])
        assert page["size"] == len(page["contents"]) <= 5
        seen += [s["id"] for s in page["contents"]]
        if page["last_page"]:
            break
        page_number += 1
    assert seen == [s["id"] for s in everything["contents"]]
    empty = get(client, "/it/api/hsds/services?search=zzzqqqxxx")
    assert (empty["empty"], empty["total_items"], empty["size"], empty["total_pages"]) == (
        True,
        0,
        0,
        1,
    )
    error = get(client, "/ar/api/hsds/services?page=99", status=400)
    assert error["error"] and not re.search(
        "[a-z]{4}", error["error"].replace("page", "")
    )  # in Arabic


def test_filters_narrow_each_other(client, demo):
    base = "/it/api/hsds/services?per_page=500&full=true"
    everything = get(client, base)["contents"]
    meet = HubPage.objects.get(slug="meet-cuneo", locale__language_code="it")
    legal_term = next(
        a["taxonomy_term_id"]
        for s in everything
        for a in s.get("attributes", [])
        if a["taxonomy_term"]["code"] == "legal-advice"
    )
    by_hub = {
        s["id"] for s in get(client, f"{base}&organization_id={meet.translation_key}")["contents"]
    }
    by_term = {s["id"] for s in get(client, f"{base}&taxonomy_term_id={legal_term}")["contents"]}
    both = {
        s["id"]
        for s in get(
            client, f"{base}&organization_id={meet.translation_key}&taxonomy_term_id={legal_term}"
        )["contents"]
    }
    assert by_hub and by_term and both
    assert both == by_hub & by_term
    assert by_hub == {
        s["id"] for s in everything if s.get("organization_id") == str(meet.translation_key)
    }
    words = {
        s["id"]
        for s in get(client, f"{base}&search=legale&organization_id={meet.translation_key}")[
            "contents"
        ]
    }
    assert (
        words
        and words <= by_hub
        and all(
            "legal" in s["name"].lower() or "legal" in s.get("description", "").lower()
            for s in everything
            if s["id"] in words
        )
    )
    future = get(client, f"{base}&modified_after=2999-01-01")
    assert future["empty"]
    assert get(client, f"{base}&modified_after=1990-01-01")["total_items"] == len(everything)
    assert "error" in get(client, f"{base}&modified_after=yesterday", status=400)


def test_ndjson_streams_every_service_in_full(client, demo):
    response = client.get("/ar/api/hsds/services?format=ndjson")
    assert response["Content-Type"].startswith("application/x-ndjson")
    lines = b"".join(response.streaming_content).decode().splitlines()
    records = [json.loads(line) for line in lines]
    count = ServicePage.objects.live().public().filter(locale__language_code="ar").count()
    assert len(records) == count
    for record in records:
        check(record, schema_for("service"))
        assert "schedules" in record or "contacts" in record or "phones" in record


def test_weekly_hours_and_closures_read_back_equal_the_page(client, demo):
    italian = ServicePage.objects.get(slug="sportello-legale", locale__language_code="it")
    ServiceClosure.objects.create(
        page=italian, start=date(2026, 12, 21), end=date(2026, 12, 23), reason="training"
    )
    with time_machine.travel(TODAY, tick=False):
        html = client.get("/it/servizi/meet-cuneo/sportello-legale/").content.decode()
        service = get(client, f"/it/api/hsds/services/{italian.translation_key}")
    weekly = [s for s in service["schedules"] if "byday" in s]
    closed = [s for s in service["schedules"] if s.get("notes") == "closed"]
    days = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
    codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    from_feed = {
        (
            s["description"],
            days[codes.index(s["byday"])].capitalize(),
            s["opens_at"],
            s["closes_at"],
        )
        for s in weekly
    }
    assert from_feed == shown_hours(html)
    section = html.split('<section class="hours"')[1].split("</section>")[0]
    page_closures = re.findall(r"<strong>(Chiuso: [^<]*)</strong>", section)
    holidays = re.findall(r"<li>[^<]*: (?:Festività|[^<]*)</li>", section)
    assert [
        s["description"] for s in closed if s["id"] and "Chiuso" in s["description"]
    ] == page_closures
    assert {(s["valid_from"], s["valid_to"]) for s in closed} >= {("2026-12-21", "2026-12-23")}
    holiday_rows = [
        s for s in closed if s["valid_from"] == "2026-12-08"
    ]  # Immacolata, in the coming week
    assert len(holiday_rows) == 1 and holidays
    assert all(s["attending_type"] in ("walk-in", "by appointment") for s in weekly)
    appointment = [s for s in weekly if s["attending_type"] == "by appointment"]
    assert appointment and all(
        s["schedule_link"].endswith("/sportello-legale/request/") for s in appointment
    )


def test_a_service_closed_today_is_temporarily_closed(client, demo):
    italian = ServicePage.objects.get(slug="sportello-legale", locale__language_code="it")
    ServiceClosure.objects.create(
        page=italian, start=date(2026, 12, 7), end=date(2026, 12, 9), reason="strike"
    )
    with time_machine.travel(TODAY, tick=False):
        assert (
            get(client, f"/it/api/hsds/services/{italian.translation_key}")["status"]
            == "temporarily closed"
        )
    with time_machine.travel(datetime(2026, 12, 10, 10, tzinfo=ROME), tick=False):
        assert get(client, f"/it/api/hsds/services/{italian.translation_key}")["status"] == "active"


def test_virtual_desks_have_a_virtual_location_and_their_handles(client, demo):
    virtual = ServicePage.objects.get(slug="sportello-virtuale", locale__language_code="en")
    service = get(client, f"/en/api/hsds/services/{virtual.translation_key}")
    (at,) = service["service_at_locations"]
    assert at["location"]["location_type"] == "virtual"
    handles = {c["name"] for c in service.get("contacts", [])}
    assert handles & {"WeChat", "Imo"}


def test_unknown_ids_and_rate_limit(client, demo, settings):
    settings.HSDS_RATE_LIMIT = (3, 3600)
    assert "error" in get(
        client, "/it/api/hsds/services/00000000-0000-4000-8000-000000000000", status=404
    )
    for _ in range(2):
        get(client, "/it/api/hsds/taxonomies")
    response = client.get("/it/api/hsds/taxonomies")
    assert response.status_code == 429 and 0 < int(response["Retry-After"]) <= 3600


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/it/api/hsds/services/000000000000000000000000000000000000", 404),
        ("/it/api/hsds/services?modified_after=2024-02-30", 400),
        ("/it/api/hsds/services?modified_after=2024-13-01T00:00", 400),
        ("/it/api/hsds/services?per_page=0", 400),
        ("/it/api/hsds/services?page=abc", 400),
    ],
)
def test_bad_input_gets_a_reason_never_a_server_error(client, demo, url, status):
    assert "error" in get(client, url, status=status)


def test_ids_are_read_in_either_case(client, demo):
    meet = HubPage.objects.get(slug="meet-cuneo", locale__language_code="it")
    upper = str(meet.translation_key).upper()
    assert get(client, f"/it/api/hsds/organizations/{upper}")["id"] == str(meet.translation_key)
