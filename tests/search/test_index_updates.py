"""Publishing, unpublishing, deleting, moving and translating update the index at once."""

import pytest
from wagtail.models import Page

from localisation.po import translate_page
from search.embedded.finder import DatabaseFinder
from search.models import ServiceEntry
from search.query import Query
from search.sync import rebuild
from services.models import HubPage, NeedCategory, ServicePage

pytestmark = pytest.mark.django_db


def slugs(language, text):
    result = DatabaseFinder().search(Query(text=text, language=language))
    return [Page.objects.get(pk=h.page_id).slug for h in result.hits]


def legal():
    return ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")


def test_the_demo_index_holds_every_live_translated_service(demo):
    live = ServicePage.objects.live().filter(alias_of__isnull=True)
    assert set(ServiceEntry.objects.values_list("page_id", flat=True)) == set(
        live.values_list("pk", flat=True)
    )
    assert rebuild() == live.count()  # rebuilding finds nothing to add


def test_an_unpublished_service_disappears_at_once(demo, django_capture_on_commit_callbacks):
    assert "sportello-legale" in slugs("it", "avvocato")
    with django_capture_on_commit_callbacks(execute=True):
        legal().unpublish()
    assert "sportello-legale" not in slugs("it", "avvocato")
    with django_capture_on_commit_callbacks(execute=True):
        legal().save_revision().publish()
    assert "sportello-legale" in slugs("it", "avvocato")


def test_a_deleted_service_disappears_at_once(demo, django_capture_on_commit_callbacks):
    english = legal().get_translation(Page.objects.get(depth=2, locale__language_code="en").locale)
    assert "sportello-legale" in slugs("en", "lawyer")
    with django_capture_on_commit_callbacks(execute=True):
        english.delete()
    assert not ServiceEntry.objects.filter(page_id=english.pk).exists()
    # The English page is gone: English readers now get the Italian page, labelled.
    result = DatabaseFinder().search(Query(text="lawyer", language="en"))
    fallback = [h for h in result.hits if h.page_id == legal().pk]
    assert fallback and fallback[0].in_source_language


def test_a_published_edit_is_found_by_its_new_words(demo, django_capture_on_commit_callbacks):
    page = legal()
    page.summary = "Consulenza gratuita anche sul diritto d'asilo e la protezione speciale."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert slugs("it", "asilo")[0] == "sportello-legale"


def test_a_newly_published_word_is_offered_for_its_typos(demo, django_capture_on_commit_callbacks):
    typed = Query(text="falegnamerria", language="it")
    assert DatabaseFinder().search(typed).suggestion != "falegnameria"
    page = legal()
    page.summary = "Aiuto anche per chi lavora in falegnameria."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert DatabaseFinder().search(typed).suggestion == "falegnameria"


def test_a_rebuild_forgets_the_words_of_services_gone(demo, django_capture_on_commit_callbacks):
    page = legal()
    page.summary = "Aiuto anche per le pratiche zanzibariane."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    typed = Query(text="zanzibarianne", language="it")
    assert DatabaseFinder().search(typed).suggestion == "zanzibariane"
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    rebuild()
    assert DatabaseFinder().search(typed).suggestion == ""


def test_a_new_translation_is_found_in_its_language(demo, django_capture_on_commit_callbacks):
    page = legal()
    assert not ServiceEntry.objects.filter(translation_key=page.translation_key, language="ro")
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(page, "ro", {page.title: "Consiliere juridică"})
    result = DatabaseFinder().search(Query(text="juridica", language="ro"))
    assert result.hits[0].language == "ro" and not result.hits[0].in_source_language


def test_moving_a_service_to_another_hub_changes_its_city(demo, django_capture_on_commit_callbacks):
    page = legal()
    prato = HubPage.objects.get(locale__language_code="it", slug="space-prato")
    with django_capture_on_commit_callbacks(execute=True):
        page.move(prato, pos="last-child")
    entry = ServiceEntry.objects.get(page_id=page.pk)
    assert entry.city == "Prato"


def test_new_synonyms_reach_every_service_with_that_need(demo, django_capture_on_commit_callbacks):
    need = NeedCategory.objects.get(code="legal-advice")
    assert "sportello-legale" not in slugs("en", "solicitor")
    need.synonyms_en += "\nsolicitor"
    with django_capture_on_commit_callbacks(execute=True):
        need.save()
    assert "sportello-legale" in slugs("en", "solicitor")
