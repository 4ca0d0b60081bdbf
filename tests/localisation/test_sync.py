"""A phone number or an opening hour changed in Italian changes in every language."""

import pytest
from wagtail_localize.models import TranslationSource

from localisation.po import translate_page
from services.models import ServiceContact, ServicePage, ServiceSlot

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "pw"))
    return client


def test_synchronised_fields_follow_the_source_after_sync(editor, demo):
    page = ServicePage.objects.get(locale__language_code="it", slug="sportello-antidiscriminazioni")
    translate_page(page, "ar", {page.title: "مكتب مناهضة التمييز"})
    translate_page(page, "fr", {page.title: "Guichet contre les discriminations"})

    # The editor changes the phone number and an opening hour, in Italian only.
    page = ServicePage.objects.get(pk=page.pk)
    phone = page.contacts.get(channel="phone")
    phone.value = "0171 444790"
    slot = page.slots.get(weekday=2)
    page.contacts = [*(c for c in page.contacts.all() if c.pk != phone.pk), phone]
    page.slots = [
        *(s for s in page.slots.all() if s.pk != slot.pk),
        ServiceSlot(weekday=2, opens=slot.opens, closes=slot.closes.replace(hour=13)),
    ]
    page.save_revision().publish()

    source = TranslationSource.objects.get(object_id=page.translation_key)
    response = editor.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert response.status_code == 302

    for code, title in (
        ("ar", "مكتب مناهضة التمييز"),
        ("fr", "Guichet contre les discriminations"),
    ):
        translated = ServicePage.objects.get(
            translation_key=page.translation_key, locale__language_code=code
        )
        assert translated.title == title  # the translation is kept
        assert list(
            translated.contacts.filter(channel="phone").values_list("value", flat=True)
        ) == ["0171 444790"]
        assert translated.slots.get(weekday=2).closes.hour == 13
        html = editor.get(translated.url).content.decode()
        assert 'href="tel:0171444790"' in html
        assert "09:00–13:00" in html


def test_untranslated_copies_follow_the_source_on_publish(client, demo):
    page = ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")
    page.access_mode = "appointment"
    page.save_revision().publish()
    alias = ServicePage.objects.get(
        translation_key=page.translation_key, locale__language_code="ro"
    )
    assert alias.alias_of_id == page.pk
    assert alias.access_mode == "appointment"
    assert ServiceContact.objects.filter(page=alias).count() == page.contacts.count()
