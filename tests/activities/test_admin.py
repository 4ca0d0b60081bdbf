"""Editors publish activities; impossible dates are refused with a clear message in the
editor's language, and a refused save loses nothing."""

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from activities.models import ActivityIndexPage, ActivityPage
from services.models import HubPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def message(text, **values):
    with translation.override("it"):
        said = gettext(text)
    return escape(said % values if values else said)


def activity_form(changes=(), **fields):
    meet = HubPage.objects.get(locale__language_code="it", slug="meet-cuneo")
    data = {
        "title": "Cineforum in lingua",
        "slug": "cineforum",
        "summary": "Un film al mese, poi se ne parla insieme.",
        "body": streamfield([]),
        "starts_on": "2026-10-06",
        "start_time": "18:00",
        "end_time": "20:00",
        "repeat": "weekly",
        "repeat_interval": "1",
        "hub": str(meet.pk),
        "registration": "none",
        "changes": inline_formset(list(changes)),
        "action-publish": "publish",
    }
    data.update(fields)
    return nested_form_data({k: v for k, v in data.items() if v is not None})


def post(editor, data):
    index = ActivityIndexPage.objects.get(locale__language_code="it")
    return editor.post(f"/admin/pages/add/activities/activitypage/{index.pk}/", data)


def change(day, kind="cancelled", reason="other", **moved):
    return {"planned_on": day, "kind": kind, "reason": reason, **moved}


def test_a_weekly_activity_with_a_cancelled_and_a_moved_date_is_published(editor, demo):
    response = post(
        editor,
        activity_form(
            [
                change("2026-10-13", reason="strike"),
                change("2026-10-20", "moved", "venue", new_date="2026-10-21"),
            ],
            repeat_count="10",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ActivityPage.objects.get(slug="cineforum", locale__language_code="it")
    assert page.live
    assert [(c.planned_on.isoformat(), c.kind) for c in page.changes.all()] == [
        ("2026-10-13", "cancelled"),
        ("2026-10-20", "moved"),
    ]


@pytest.mark.parametrize(
    ("changes", "fields", "expected"),
    [
        # Wednesday 14 October is not one of the Tuesdays.
        (
            [change("2026-10-14")],
            {},
            (
                "The activity does not take place on %(day)s: choose one of its dates.",
                {"day": "14 ottobre 2026"},
            ),
        ),
        (
            [change("2026-10-13"), change("2026-10-13")],
            {},
            ("This date is already changed in another row.", {}),
        ),
        ([change("2026-10-13", "moved")], {}, ("Give the new date or the new times.", {})),
        # After the last of ten dates (the tenth Tuesday is 8 December).
        (
            [change("2026-12-15")],
            {"repeat_count": "10"},
            (
                "The last date of the activity is %(day)s: choose one of its dates.",
                {"day": "8 dicembre 2026"},
            ),
        ),
        # Moved onto the next Tuesday, when it already meets.
        (
            [change("2026-10-13", "moved", "venue", new_date="2026-10-20")],
            {},
            (
                "The activity already meets on %(day)s: choose another day.",
                {"day": "20 ottobre 2026"},
            ),
        ),
        # A year no one means (and date arithmetic could not handle).
        ([], {"starts_on": "9999-12-01"}, ("Enter a date between 1990 and 2099.", {})),
        ([], {"end_time": "17:00"}, ("An activity must end after it starts.", {})),
        (
            [],
            {"repeat_until": "2026-12-01", "repeat_count": "3"},
            ("Give a last date or a number of times, not both.", {}),
        ),
        (
            [],
            {"repeat": "never", "repeat_count": "3"},
            ("Choose how it repeats, or leave the last date and the number of times empty.", {}),
        ),
        ([], {"registration": "link"}, ("Give the link where people register.", {})),
        ([], {"hub": ""}, ("Choose the hub that runs it, or the project it belongs to.", {})),
    ],
)
def test_impossible_dates_are_refused_in_the_editors_language(
    editor, demo, changes, fields, expected
):
    response = post(editor, activity_form(changes, **fields))
    assert response.status_code == 200
    html = response.content.decode()
    text, values = expected
    assert message(text, **values) in html
    assert 'value="Cineforum in lingua"' in html  # what was typed is kept
    assert not ActivityPage.objects.filter(slug="cineforum").exists()
