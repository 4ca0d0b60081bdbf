"""The relevance table against the demo content, with the embedded finder."""

import pytest
from wagtail.models import Page

from search.embedded.finder import DatabaseFinder
from search.query import Query
from tests.search.relevance import FIRST, ONLY, TABLE

pytestmark = pytest.mark.django_db


def top_slugs(finder, language, text):
    result = finder.search(Query(text=text, language=language))
    slugs = dict(
        Page.objects.filter(pk__in=[h.page_id for h in result.hits]).values_list("pk", "slug")
    )
    return [slugs[h.page_id] for h in result.hits[:3]]


def test_the_table_covers_ten_languages_and_eighty_queries():
    assert len(TABLE) >= 80
    assert {language for language, _q, _s in TABLE} == {
        "it",
        "en",
        "fr",
        "ar",
        "es",
        "zh-hans",
        "uk",
        "ro",
        "sq",
        "ur",
    }


def test_every_query_finds_its_service_in_the_top_three(demo):
    finder = DatabaseFinder()
    misses = []
    for language, text, slug in TABLE:
        found = top_slugs(finder, language, text)
        if slug not in found:
            misses.append((language, text, slug, found))
    assert not misses, "\n".join(map(str, misses))


def test_the_service_that_is_the_answer_comes_first(demo):
    finder = DatabaseFinder()
    misses = []
    for language, text, slug in FIRST:
        found = top_slugs(finder, language, text)
        if found[:1] != [slug]:
            misses.append((language, text, slug, found))
    assert not misses, "\n".join(map(str, misses))


def test_a_query_about_one_thing_returns_only_the_services_about_it(demo):
    finder = DatabaseFinder()
    for language, text, allowed in ONLY:
        result = finder.search(Query(text=text, language=language))
        slugs = set(
            Page.objects.filter(pk__in=[h.page_id for h in result.hits]).values_list(
                "slug", flat=True
            )
        )
        assert slugs and slugs <= allowed, (text, slugs - allowed)
        assert result.total == len(result.hits)


@pytest.mark.parametrize(
    ("language", "typed", "offered"),
    [
        ("it", "permeso", "permesso"),  # not the stem "permess"
        ("it", "permesso di soggiorrno", "permesso di soggiorno"),
        ("en", "lawyr", "lawyer"),
        ("fr", "avocta", "avocat"),
    ],
)
def test_did_you_mean_offers_words_people_write_not_stems(demo, language, typed, offered):
    result = DatabaseFinder().search(Query(text=typed, language=language))
    assert result.suggestion == offered
