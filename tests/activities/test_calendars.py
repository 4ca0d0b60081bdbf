"""Calendars and structured data: the .ics files and feeds parse with the icalendar
library and, expanded by another implementation (recurring-ical-events), give the
dates the pages list; the JSON-LD parses and says what the page says."""

import json
import re
from datetime import datetime, timedelta

import pytest
import recurring_ical_events
from icalendar import Calendar

from tests.activities.conftest import MONDAY, activity, occurrences, text, version

pytestmark = pytest.mark.django_db


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def expanded(cal, first, last):
    """(start, end) of every event the calendar program would show, as ISO strings."""
    return sorted(
        (event["DTSTART"].dt.isoformat(), event["DTEND"].dt.isoformat())
        for event in recurring_ical_events.of(cal).between(first, last)
    )


def listed(html):
    """(start, end) of the dates a page lists that take place (not the cancelled)."""
    rows = []
    for item in re.findall(r'<li class="occurrence[^"]*">(.*?)</li>', html, re.S):
        if "<del>" in item:
            continue
        start = re.search(r'<time datetime="([^"]+)"', item).group(1)
        rows.append(start)
    return sorted(rows)


def test_an_activity_ics_round_trips_to_the_dates_its_page_lists(client, demo, frozen):
    club = activity("club-di-lingua-meet")
    cal = parse(client.get(club.url + "calendar/"))
    (series,) = [e for e in cal.walk("VEVENT") if "RRULE" in e]
    assert series["DTSTART"].params["TZID"] == "Europe/Rome"
    assert series["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=TU"
    exdates = [d.dt.isoformat() for d in series["EXDATE"].dts]
    assert exdates == ["2026-12-08T17:30:00+01:00"]  # the cancelled date
    (moved,) = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e]
    assert moved["RECURRENCE-ID"].dt.isoformat() == "2026-12-22T17:30:00+01:00"
    assert cal.walk("VTIMEZONE")[0]["TZID"] == "Europe/Rome"

    html = client.get(club.url).content.decode()
    shown = listed(html)  # the page's next twelve dates, cancelled one left out
    first = MONDAY.replace(tzinfo=None)
    last = datetime.fromisoformat(shown[-1]).replace(tzinfo=None) + timedelta(hours=3)
    from_calendar = [start for start, _end in expanded(cal, first, last)]
    assert from_calendar == shown
    assert "2026-12-23T17:30:00+01:00" in shown


def test_the_language_feed_round_trips_to_the_listing(client, demo, frozen):
    cal = parse(client.get("/fr/attivita/calendar/"))
    html = client.get("/fr/attivita/").content.decode()
    shown = listed(html)
    first = MONDAY.replace(tzinfo=None)
    last = datetime.fromisoformat(shown[-1]).replace(tzinfo=None) + timedelta(hours=3)
    assert [start for start, _end in expanded(cal, first, last)] == shown
    # Text in the feed's language: the French titles, marked as French.
    titles = {str(e["SUMMARY"]): e["SUMMARY"].params["LANGUAGE"] for e in cal.walk("VEVENT")}
    french = version(activity("club-di-lingua-meet"), "fr").title
    assert titles[french] == "fr"
    assert "Club di lingua italiana" not in titles


def test_a_hub_feed_holds_only_that_hubs_activities(client, demo, frozen):
    cal = parse(client.get("/it/attivita/calendar/space-prato/"))
    assert {str(e["SUMMARY"]) for e in cal.walk("VEVENT")} == {
        "S.P.A.C.E.: formazione per gli operatori degli sportelli",
        "Laboratorio: il curriculum e il primo colloquio",
    }
    assert client.get("/it/attivita/calendar/no-such-hub/").status_code == 404


def test_an_untranslated_activity_says_its_text_is_italian(client, demo, frozen):
    cal = parse(client.get(version(activity("club-di-lingua-meet"), "ro").url + "calendar/"))
    (series,) = [e for e in cal.walk("VEVENT") if "RRULE" in e]
    assert series["SUMMARY"].params["LANGUAGE"] == "it"


def jsonld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )


@pytest.mark.parametrize("language", ["it", "ar"])
def test_the_json_ld_parses_and_matches_the_page(client, demo, frozen, language):
    club = version(activity("club-di-lingua-meet"), language)
    html = client.get(club.url).content.decode()
    data = jsonld(html)
    assert data["@type"] == "Event"
    assert data["name"] == text(re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1))
    assert data["inLanguage"] == re.search(r'<html lang="([^"]+)"', html).group(1)
    rows = occurrences(html)
    # The event starts on the first date the page lists that takes place: the 8
    # December date is cancelled (a subEvent says so), so search engines read 15
    # December, not a cancelled series.
    assert rows[0]["struck"] and not rows[1]["struck"]
    assert data["startDate"] == rows[1]["start"] == "2026-12-15T17:30:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    cancelled = [e for e in data["subEvent"] if e["eventStatus"].endswith("EventCancelled")]
    assert [e["startDate"] for e in cancelled] == [rows[0]["start"]]
    schedule = data["eventSchedule"]
    assert schedule["byDay"] == "https://schema.org/Tuesday"
    assert schedule["repeatFrequency"] == "P1W"
    assert schedule["scheduleTimezone"] == "Europe/Rome"
    assert (schedule["startTime"], schedule["endTime"]) == ("17:30:00", "19:00:00")
    assert schedule["exceptDate"] == ["2026-12-08T17:30:00+01:00", "2026-12-22T17:30:00+01:00"]
    moved = [e for e in data["subEvent"] if e["eventStatus"].endswith("EventRescheduled")]
    assert [(e["startDate"], e["previousStartDate"]) for e in moved] == [
        ("2026-12-23T17:30:00+01:00", "2026-12-22T17:30:00+01:00")
    ]
    assert data["location"]["name"] == "Polo .Meet"
    assert "Polo .Meet" in html and "Via Leutrum 7" in html
    assert data["isAccessibleForFree"] is True
