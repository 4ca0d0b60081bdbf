"""What is on, in each language: today, this week, later; filters; the archive; the
next activities on the home page and on each hub's page."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.activities.conftest import activity, occurrences, section, text, version

pytestmark = pytest.mark.django_db

CLUB = "Club di lingua italiana"


def said(message, language="it", **values):
    with translation.override(language):
        return gettext(message) % values if values else gettext(message)


WORKSHOP = "Laboratorio: il curriculum e il primo colloquio"


def test_the_listing_groups_dates_into_today_this_week_and_later(client, demo, frozen):
    html = client.get("/it/attivita/").content.decode()
    # Nothing today: the group is left out, so the week's dates come first.
    assert 'id="group-today"' not in html
    week = occurrences(section(html, "group-week"))
    assert [(row["start"], row["title"]) for row in week] == [
        ("2026-12-08T17:30:00+01:00", CLUB),
        ("2026-12-12T10:00:00+01:00", WORKSHOP),
    ]
    later = occurrences(section(html, "group-later"))
    assert later[0]["start"] == "2026-12-15T17:30:00+01:00"
    # Nothing that has ended: the 2019 training days and the 2025 council are archived.
    assert all(row["start"] >= "2026-12-07" for row in week + later)


def test_a_cancelled_date_stays_crossed_out_with_its_reason(client, demo, frozen):
    html = client.get("/it/attivita/").content.decode()
    (cancelled,) = [row for row in occurrences(html) if row["struck"]]
    assert cancelled["start"] == "2026-12-08T17:30:00+01:00"
    reason = said("Public holiday")
    assert said("Cancelled. Reason: %(reason)s.", reason=reason) in cancelled["text"]
    holiday = said("Immaculate Conception")
    assert holiday == "Immacolata Concezione"
    assert said("Public holiday: %(name)s.", name=holiday) in cancelled["text"]
    # In Arabic too, with the holiday named in Arabic.
    html = client.get("/ar/attivita/").content.decode()
    (cancelled,) = [row for row in occurrences(html) if row["struck"]]
    arabic = said("Immaculate Conception", "ar")
    assert arabic != "Immaculate Conception"
    assert said("Public holiday: %(name)s.", "ar", name=arabic) in cancelled["text"]


def test_a_moved_date_is_shown_on_its_new_day_saying_where_it_came_from(client, demo, frozen):
    rows = occurrences(client.get("/it/attivita/").content.decode())
    note = said(
        "Moved from %(day)s at %(time)s. Reason: %(reason)s.",
        day="martedì 22 dicembre",
        time="17:30",
        reason=said("The room is not available"),
    )
    moved = [row for row in rows if note in row["text"]]
    assert [row["start"] for row in moved] == ["2026-12-23T17:30:00+01:00"]
    assert "2026-12-22" not in [row["start"][:10] for row in rows]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("hub=meet-cuneo", {CLUB}),
        ("city=Prato", {WORKSHOP}),
        ("audience=families", {CLUB}),
        ("need=work-training", {WORKSHOP}),
        ("need=work-training&city=Cuneo", set()),
        # A value no activity has (an old link) is ignored, not an empty page.
        ("hub=no-such-hub", {CLUB, WORKSHOP}),
    ],
)
def test_filters_narrow_the_listing(client, demo, frozen, query, titles):
    html = client.get(f"/it/attivita/?{query}").content.decode()
    assert {row["title"] for row in occurrences(html)} == titles


def test_filters_offer_only_what_the_coming_weeks_hold(client, demo, frozen):
    html = client.get("/it/attivita/").content.decode()
    assert '<option value="Cuneo">Cuneo</option>' in html
    assert 'value="families"' in html
    # Asti and service workers: only the past council and training days had them.
    assert 'value="Asti"' not in html and 'value="operators"' not in html
    assert 'value="residence-permit"' not in html  # no activity is about permits


def test_filters_that_match_nothing_say_so(client, demo, frozen):
    html = client.get("/it/attivita/?need=work-training&city=Cuneo").content.decode()
    assert said("Nothing planned in the coming weeks matches these filters.") in text(html)


def test_a_training_over_three_days_is_on_today_while_it_runs(client, demo, frozen):
    from datetime import date, time

    from activities.models import ActivityIndexPage, ActivityPage

    index = ActivityIndexPage.objects.get(locale__language_code="it")
    index.add_child(
        instance=ActivityPage(
            title="Formazione sulla mediazione",
            slug="formazione-mediazione",
            summary="Tre giorni per mediatrici e mediatori.",
            starts_on=date(2026, 12, 6),
            ends_on=date(2026, 12, 8),
            start_time=time(9),
            end_time=time(17),
            hub=activity("club-di-lingua-meet").hub,
            locale=index.locale,
        )
    ).save_revision().publish()
    html = client.get("/it/attivita/").content.decode()
    today = occurrences(section(html, "group-today"))
    assert [(row["title"], row["start"]) for row in today] == [
        ("Formazione sulla mediazione", "2026-12-06T09:00:00+01:00")
    ]
    page = client.get("/it/attivita/formazione-mediazione/").content.decode()
    with translation.override("it"):
        assert gettext("This activity is over.") not in page


def test_the_archive_lists_past_activities_newest_first(client, demo, frozen):
    html = client.get("/it/attivita/archive/").content.decode()
    titles = [text(t) for t in re.findall(r'class="card__title">(.*?)</h2>', html)]
    assert titles == [
        "Riunione del Consiglio territoriale per l'immigrazione di Asti",
        "S.P.A.C.E.: formazione per gli operatori degli sportelli",
    ]
    assert "14–28 nov 2019" in text(html)


def test_the_home_page_and_each_hub_show_their_next_activities(client, demo, frozen):
    home = occurrences(client.get("/it/").content.decode())
    assert [row["start"][:10] for row in home] == ["2026-12-08", "2026-12-12", "2026-12-15"]
    meet = occurrences(client.get("/it/servizi/meet-cuneo/").content.decode())
    assert {row["title"] for row in meet} == {CLUB}
    prato = client.get("/it/servizi/space-prato/").content.decode()
    assert {row["title"] for row in occurrences(prato)} == {WORKSHOP}
    assert "/it/attivita/calendar/space-prato/" in prato


@pytest.mark.parametrize("language", ["ro", "ur", "ar"])
def test_lists_keep_the_readers_language(client, demo, frozen, language):
    html = client.get(f"/{language}/attivita/").content.decode()
    links = re.findall(r'class="occurrence__title" href="([^"]+)"', html)
    assert links and all(link.startswith(f"/{language}/attivita/") for link in links)
    page = client.get(links[0])
    assert page.status_code == 200


def test_a_translated_activity_reads_in_its_language_and_keeps_the_facts(client, demo, frozen):
    club = activity("club-di-lingua-meet")
    french = version(club, "fr")
    assert french.title != club.title
    assert (french.starts_on, french.start_time, french.repeat) == (
        club.starts_on,
        club.start_time,
        club.repeat,
    )
    html = client.get(french.url).content.decode()
    assert french.title in html
    every = translation.override("fr")
    with every:
        expected = gettext("%(frequency)s: %(weekday)s") % {
            "frequency": gettext("Every week"),
            "weekday": "mardi",
        }
    assert expected in text(html)
