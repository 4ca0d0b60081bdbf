"""Editors cannot save impossible hours, and a refused save loses nothing."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from services.models import HubPage, NeedCategory, ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def service_form(slots=(), closures=()):
    need = NeedCategory.objects.get(code="legal-advice")
    data = nested_form_data(
        {
            "title": "Sportello casa",
            "slug": "sportello-casa",
            "summary": "Aiuto per trovare casa.",
            "body": streamfield([]),
            "access_mode": "walk_in",
            "contacts": inline_formset([]),
            "slots": inline_formset(list(slots)),
            "closures": inline_formset(list(closures)),
            "uses_hub_hours": "on",
            "action-publish": "publish",
        }
    )
    data["needs"] = [need.pk]
    return data


def message(text):
    with translation.override("it"):
        return escape(gettext(text))


def post(editor, data):
    meet = HubPage.objects.get(locale__language_code="it", slug="meet-cuneo")
    return editor.post(f"/admin/pages/add/services/servicepage/{meet.pk}/", data)


def slot(day, opens, closes, kind="walk_in"):
    return {"weekday": day, "opens": opens, "closes": closes, "kind": kind}


def test_a_valid_service_with_hours_is_published(editor, demo):
    response = post(editor, service_form(slots=[slot(0, "09:00", "12:00")]))
    assert response.status_code == 302
    page = ServicePage.objects.get(slug="sportello-casa", locale__language_code="it")
    assert page.live and page.slots.count() == 1


def test_a_slot_that_ends_before_it_starts_is_refused(editor, demo):
    response = post(editor, service_form(slots=[slot(0, "12:00", "09:00")]))
    assert response.status_code == 200
    assert message("A time slot must end after it starts.") in response.content.decode()
    assert not ServicePage.objects.filter(slug="sportello-casa").exists()


def test_overlapping_slots_of_the_same_kind_are_refused(editor, demo):
    slots = [slot(1, "09:00", "12:00"), slot(1, "11:00", "13:00")]
    response = post(editor, service_form(slots=slots))
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("it"):
        expected = gettext(
            "This slot overlaps another %(kind)s slot on %(day)s (%(opens)s–%(closes)s)."
        ) % {
            "kind": gettext("Walk-in").lower(),
            "day": gettext("Tuesday"),
            "opens": "09:00",
            "closes": "12:00",
        }
    assert escape(expected) in html
    assert not ServicePage.objects.filter(slug="sportello-casa").exists()


def test_overlapping_slots_of_different_kinds_are_allowed(editor, demo):
    slots = [slot(1, "09:00", "12:00", "walk_in"), slot(1, "09:00", "12:00", "appointment")]
    assert post(editor, service_form(slots=slots)).status_code == 302


def test_a_closure_that_ends_before_it_starts_is_refused(editor, demo):
    closures = [{"start": "2026-12-24", "end": "2026-12-20", "reason": "holiday"}]
    response = post(editor, service_form(closures=closures))
    assert response.status_code == 200
    assert message("A closure must end on or after the day it starts.") in response.content.decode()


def test_a_refused_edit_keeps_what_was_saved(editor, demo):
    desk = ServicePage.objects.get(locale__language_code="it", slug="sportello-antidiscriminazioni")
    saved = [(s.weekday, s.opens, s.closes) for s in desk.slots.all()]
    edit = editor.get(f"/admin/pages/{desk.pk}/edit/")
    assert edit.status_code == 200
    data = service_form(slots=[slot(2, "12:00", "09:00")])
    data.update({"title": desk.title, "slug": desk.slug})
    response = editor.post(f"/admin/pages/{desk.pk}/edit/", data)
    assert response.status_code == 200
    desk.refresh_from_db()
    assert [(s.weekday, s.opens, s.closes) for s in desk.slots.all()] == saved
    assert desk.title == "Sportello Antidiscriminazioni Città di Cuneo"


def test_related_services_are_chosen_among_the_pages_own_language_with_their_hub(editor, demo):
    """Not 130 pages of every language mixed: the Italian services, "title — hub"."""
    legal = ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")
    html = editor.get(f"/admin/pages/{legal.pk}/edit/").content.decode()
    select = re.search(r'<select[^>]+name="related_services".*?</select>', html, re.S).group(0)
    options = re.findall(r'<option value="(\d+)"[^>]*>(.*?)</option>', select)
    italian = ServicePage.objects.filter(locale__language_code="it").exclude(pk=legal.pk)
    assert {int(pk) for pk, _ in options} == set(italian.values_list("pk", flat=True))
    labels = dict(options)
    desk = ServicePage.objects.get(locale__language_code="it", slug="sportello-antidiscriminazioni")
    assert labels[str(desk.pk)] == escape(f"{desk.title} — {desk.get_parent().title}")

    # A page of another language cannot be slipped in: the form says so, nothing saved.
    arabic = ServicePage.objects.filter(locale__language_code="ar").first()
    data = service_form()
    data["related_services"] = [arabic.pk]
    response = post(editor, data)
    assert response.status_code == 200
    assert not ServicePage.objects.filter(slug="sportello-casa").exists()


def test_a_new_service_offers_related_services_of_its_hubs_language(editor, demo):
    hub = HubPage.objects.get(locale__language_code="it", slug="meet-cuneo")
    html = editor.get(f"/admin/pages/add/services/servicepage/{hub.pk}/").content.decode()
    select = re.search(r'<select[^>]+name="related_services".*?</select>', html, re.S).group(0)
    shown = {int(pk) for pk in re.findall(r'<option value="(\d+)"', select)}
    italian = set(
        ServicePage.objects.filter(locale__language_code="it").values_list("pk", flat=True)
    )
    assert shown == italian
