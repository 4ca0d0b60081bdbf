"""An activity's dates are one truth: cancelling a date or changing the time in Italian
reaches every language at once, translated text stays, and the translator's path
(submit, translate, publish) never touches the Italian page."""

from datetime import date, time

import pytest
from django.test import Client
from wagtail.models import Locale

from activities.models import ActivityChange, ActivityPage
from localisation.po import translate_page
from tests.activities.conftest import occurrences

pytestmark = pytest.mark.django_db


def version(page, code):
    return ActivityPage.objects.get(
        translation_key=page.translation_key, locale=Locale.objects.get(language_code=code)
    )


def listed(page):
    response = Client().get(page.url)
    assert response.status_code == 200
    return occurrences(response.content.decode())


def test_a_cancelled_date_and_a_new_time_reach_every_language(
    demo, frozen, django_capture_on_commit_callbacks
):
    club = ActivityPage.objects.get(locale__language_code="it", slug="club-di-lingua-meet")
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(club, "es", {club.title: "Club de lengua italiana"})
    italian_title = club.title

    page = ActivityPage.objects.get(pk=club.pk)
    page.start_time, page.end_time = time(18, 0), time(19, 30)
    page.changes = [
        *page.changes.all(),
        ActivityChange(planned_on=date(2026, 12, 15), kind="cancelled", reason="illness"),
    ]
    page.save_revision().publish()

    for code in ("it", "es", "en", "ar", "ro"):
        translated = version(club, code)
        assert translated.start_time == time(18, 0), code
        rows = listed(translated)
        struck = [row["start"] for row in rows if row["struck"]]
        assert "2026-12-15T18:00:00+01:00" in struck, code
        assert rows[-1]["start"].endswith("T18:00:00+01:00"), code
    assert version(club, "es").title == "Club de lengua italiana"  # translated text stays
    assert ActivityPage.objects.get(pk=club.pk).title == italian_title
