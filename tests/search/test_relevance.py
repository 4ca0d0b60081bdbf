"""The relevance table against the demo content, with the embedded finder."""

import pytest
from wagtail.models import Page

from search.embedded.finder import DatabaseFinder
from search.query import Query
from tests.search.relevance import TABLE

pytestmark = pytest.mark.django_db


def top_slugs(finder, language, text):
    result = finder.search(Query(text=text, language=language))
    slugs = dict(
        Page.objects.filter(pk__in=[h.page_id for h in result.hits]).values_list("pk", "slug")
    )
    return [slugs[h.page_id] for h in result.hits[:3]]


def test_the_table_covers_six_languages_and_forty_queries():
    assert len(TABLE) >= 40
    assert {language for language, _q, _s in TABLE} >= {"it", "en", "fr", "ar", "es", "zh-hans"}


def test_every_query_finds_its_service_in_the_top_three(demo):
    finder = DatabaseFinder()
    misses = []
    for language, text, slug in TABLE:
        found = top_slugs(finder, language, text)
        if slug not in found:
            misses.append((language, text, slug, found))
    assert not misses, "\n".join(map(str, misses))
