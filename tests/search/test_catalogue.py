"""Each worker's in-memory catalogue of a language: read again exactly when that
language's entries or the Italian ones change, and paging through it shows every
result once, in order."""

from dataclasses import replace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from search.embedded.catalogue import catalogue
from search.embedded.finder import DatabaseFinder
from search.models import IndexState
from search.query import Query
from services.models import ServicePage

pytestmark = pytest.mark.django_db


def search(query):
    return DatabaseFinder().search(query)


def slugs(language, text):
    return [Page.objects.get(pk=h.page_id).slug for h in search(Query(text, language)).hits]


def test_nothing_is_read_again_while_the_index_is_unchanged(demo):
    held = catalogue("en")
    with CaptureQueriesContext(connection) as queries:
        assert catalogue("en") is held
    assert len(queries) == 1  # the two tokens, nothing else


def test_a_change_in_one_language_leaves_the_others_held(demo):
    english, french, italian = catalogue("en"), catalogue("fr"), catalogue("it")
    IndexState.touch(["en"])
    assert catalogue("en") is not english
    assert catalogue("fr") is french
    IndexState.touch(["it"])  # Italian pages stand in for missing translations everywhere
    assert catalogue("fr") is not french
    assert catalogue("it") is not italian


def test_an_italian_page_unpublished_leaves_the_fallback_but_not_its_translation(
    demo, django_capture_on_commit_callbacks
):
    legal = ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")
    assert "sportello-legale" in slugs("ro", "avvocato")  # Romanian reads the Italian page
    in_english = slugs("en", "lawyer")
    assert "sportello-legale" in in_english  # its English translation
    with django_capture_on_commit_callbacks(execute=True):
        legal.unpublish()
    assert "sportello-legale" not in slugs("ro", "avvocato")
    assert slugs("en", "lawyer") == in_english  # the English translation is still live


@pytest.mark.parametrize(
    "query",
    [
        Query(language="en"),
        Query(language="ro"),
        Query("permesso di soggiorno", "it"),
        Query("avvocato", "ro"),
        Query("residence permit", "en", access="walk_in"),
    ],
)
def test_paging_shows_every_result_once_translations_first_best_first(demo, query):
    first = search(query)
    hits = list(first.hits)
    for page in range(2, first.pages + 1):
        hits += search(replace(query, page=page)).hits
    assert len(hits) == first.total
    assert len({h.page_id for h in hits}) == len(hits)
    fallback = [h.in_source_language for h in hits]
    assert fallback == sorted(fallback)  # translations, then untranslated Italian pages
    for group in (False, True):
        scores = [h.score for h in hits if h.in_source_language is group]
        assert scores == sorted(scores, reverse=True)
    # Past the last page: nothing, with the same total.
    beyond = search(replace(query, page=first.pages + 1))
    assert beyond.hits == [] and beyond.total == first.total
