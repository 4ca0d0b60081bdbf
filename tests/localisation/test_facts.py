"""Hours, closures and contacts are one truth: an Italian publish reaches every language
at once (no "Sync translated pages"), and never touches translated text."""

from datetime import date, time, timedelta

import pytest
from django.test import Client
from wagtail.models import Locale

from localisation.po import translate_page
from services.models import ServiceClosure, ServiceContact, ServicePage, ServiceSlot

pytestmark = pytest.mark.django_db

TITLES = {"ar": "مكتب مناهضة التمييز", "en": "Anti-discrimination desk"}


@pytest.fixture
def desk(demo, django_capture_on_commit_callbacks):
    page = ServicePage.objects.get(locale__language_code="it", slug="sportello-antidiscriminazioni")
    with django_capture_on_commit_callbacks(execute=True):
        for code, title in TITLES.items():
            translate_page(page, code, {page.title: title})
    return ServicePage.objects.get(pk=page.pk)


def version(page, code):
    return ServicePage.objects.get(
        translation_key=page.translation_key, locale=Locale.objects.get(language_code=code)
    )


def html_of(page):
    response = Client().get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("cached", [False, True])
def test_a_closure_a_slot_and_a_phone_reach_every_language_at_once(desk, settings, cached):
    if cached:
        settings.PAGE_CACHE_SECONDS = 60
        for code in ("ar", "en", "ro"):
            html_of(version(desk, code))  # residents have the old page in the cache
    assert version(desk, "ro").alias_of_id == desk.pk  # Romanian is not translated
    before = {code: html_of(version(desk, code)) for code in ("ar", "en")}
    assert all("0171 555123" not in html for html in before.values())
    strike = date.today() + timedelta(days=3)

    page = ServicePage.objects.get(pk=desk.pk)
    page.closures = [
        *page.closures.all(),
        ServiceClosure(start=strike, end=strike, reason="strike"),
    ]
    page.slots = [
        *page.slots.all(),
        ServiceSlot(weekday=5, opens=time(9), closes=time(12), sort_order=99),
    ]
    page.contacts = [
        *page.contacts.all(),
        ServiceContact(channel="phone", value="0171 555123", sort_order=99),
    ]
    page.save_revision().publish()

    for code in ("ar", "en", "ro"):
        translated = version(desk, code)
        assert translated.closures.filter(start=strike).exists(), code
        assert translated.slots.filter(weekday=5, opens=time(9)).exists(), code
        assert translated.contacts.filter(value="0171 555123").exists(), code
        html = html_of(translated)
        assert 'href="tel:0171555123"' in html, code
        assert "09:00–12:00" in html, code
    for code, title in TITLES.items():
        translated = version(desk, code)
        assert translated.title == title  # translated text stays
        assert translated.alias_of_id is None
        assert not translated.has_unpublished_changes
        assert title in html_of(translated)


def test_a_need_taken_off_in_italian_is_taken_off_everywhere(desk):
    page = ServicePage.objects.get(pk=desk.pk)
    assert page.needs.count() >= 1
    page.needs = []
    page.save_revision().publish()
    for code in TITLES:
        assert version(desk, code).needs.count() == 0


def test_an_old_draft_approved_later_does_not_bring_back_old_hours(desk):
    arabic = version(desk, "ar")
    arabic.title = "مكتب مناهضة التمييز والعنصرية"
    draft = arabic.save_revision()  # written before the hours change
    page = ServicePage.objects.get(pk=desk.pk)
    page.contacts = [
        *page.contacts.all(),
        ServiceContact(channel="phone", value="0171 555123", sort_order=99),
    ]
    page.save_revision().publish()
    draft.publish()  # approved days later
    arabic = version(desk, "ar")
    assert arabic.title == "مكتب مناهضة التمييز والعنصرية"
    assert arabic.contacts.filter(value="0171 555123").exists()


def test_an_italian_text_edit_leaves_translated_pages_and_their_caches_alone(desk, settings):
    settings.PAGE_CACHE_SECONDS = 60
    english = version(desk, "en")
    client = Client()
    client.get(english.url)
    assert client.get(english.url)["X-Page-Cache"] == "hit"
    page = ServicePage.objects.get(pk=desk.pk)
    page.summary = "Un testo nuovo in italiano."
    page.save_revision().publish()
    assert client.get(english.url)["X-Page-Cache"] == "hit"
    assert "Un testo nuovo" not in client.get(english.url).content.decode()
