"""Facet filters combine, and every count shown is the number of results it leads to."""

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from search.embedded.finder import DatabaseFinder
from search.query import FACETS, Query
from services.models import ServicePage

pytestmark = pytest.mark.django_db
# A Tuesday at 10:00 in Rome: some demo desks are open, some are not.
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Rome"))


def search(query, now=NOW):
    return DatabaseFinder().search(query, now=now)


def all_hits(query):
    first = search(query)
    hits = list(first.hits)
    for page in range(2, first.pages + 1):
        hits += search(replace(query, page=page)).hits
    return hits


def check_counts(query):
    result = search(query)
    assert result.facets, query
    for name in FACETS:
        for value, count in result.facets[name].items():
            narrowed = replace(query, **{name: value == "1" if name == "open" else value})
            assert search(narrowed).total == count, (query, name, value)
    return result


@pytest.mark.parametrize(
    "query",
    [
        Query(language="en"),
        Query(text="permit", language="en"),
        Query(language="ro"),  # everything from the Italian fallback
        Query(language="en", city="Cuneo"),
        Query(language="fr", access="appointment", need="residence-permit"),
    ],
)
def test_every_facet_count_matches_the_results_it_leads_to(demo, query):
    check_counts(query)


def test_filters_combine_as_and(demo):
    query = Query(language="en", city="Prato", access="walk_in", lang="zh")
    hits = all_hits(query)
    assert hits
    pages = ServicePage.objects.filter(pk__in=[h.page_id for h in hits]).prefetch_related(
        "help_languages"
    )
    for page in pages:
        assert page.access_mode in ("walk_in", "both")
        assert "zh" in {spoken.code for spoken in page.help_languages.all()}
        place = page.place() or page.hub.location
        assert place is None or place.city == "Prato"
    everything = search(Query(language="en")).total
    assert search(Query(language="en", city="Prato")).total < everything
    assert len(hits) <= search(Query(language="en", city="Prato")).total


def test_open_now_uses_the_hours_of_each_service(demo):
    open_now = all_hits(Query(language="it", open=True))
    assert open_now
    for hit in open_now:
        page = ServicePage.objects.get(pk=hit.page_id)
        assert page.schedule().status(NOW).is_open
    closed_at_night = search(Query(language="it", open=True), now=NOW.replace(hour=3))
    assert closed_at_night.total == 0


def test_results_are_in_the_residents_language_with_italian_after(demo):
    english = all_hits(Query(language="en"))
    assert english and not any(h.in_source_language for h in english)
    assert {h.language for h in english} == {"en"}
    romanian = all_hits(Query(language="ro"))
    assert romanian and all(h.in_source_language and h.language == "it" for h in romanian)
