"""Elasticsearch: the index definition and the faceted query, asserted as the dictionaries
sent to the server; and, with ELASTICSEARCH_URL set, the relevance table run live."""

import os
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import Page

from search.elastic import index as elastic
from search.elastic.finder import ElasticsearchFinder, ServiceSearch
from search.elastic.index import alias_swap, document_for, index_definition, synonym_rules
from search.query import Query
from services.models import ServicePage
from tests.search.relevance import TABLE

pytestmark = pytest.mark.django_db
TUESDAY_10 = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Rome"))


def test_each_language_has_its_analyzer(demo):
    body = index_definition()
    title = body["mappings"]["properties"]["title"]
    analyzers = {code: field["analyzer"] for code, field in title["fields"].items()}
    assert analyzers == {
        "it": "italian",
        "en": "english",
        "fr": "french",
        "ar": "arabic",
        "es": "spanish",
        "ro": "romanian",
        "uk": "folded",
        "sq": "folded",
        "ur": "arabic_script",
        "zh-hans": "cjk",
    }
    custom = body["settings"]["analysis"]["analyzer"]
    assert custom["folded"]["filter"] == ["lowercase", "asciifolding"]
    assert "arabic_normalization" in custom["arabic_script"]["filter"]


def test_the_synonym_filter_bridges_languages_to_one_need(demo):
    body = index_definition()
    synonyms = body["settings"]["analysis"]["filter"]["need_synonyms"]
    assert synonyms["type"] == "synonym_graph"
    rule = next(r for r in synonyms["synonyms"] if r.endswith("=> need_residence_permit"))
    for phrase in ("titre de séjour", "permesso di soggiorno", "居留许可", "تصريح الإقامة"):
        assert phrase.casefold() in rule.casefold(), phrase
    assert synonyms["synonyms"] == synonym_rules()
    needs = body["mappings"]["properties"]["need_tokens"]
    assert needs == {"type": "text", "analyzer": "whitespace", "search_analyzer": "needs_search"}
    assert body["settings"]["analysis"]["analyzer"]["needs_search"]["filter"][-1] == "need_synonyms"


def test_a_faceted_search_is_one_request_with_filters_and_aggregations(demo):
    query = Query(text="titre de séjour", language="fr", need="residence-permit", open=True)
    body = ServiceSearch(query, now=TUESDAY_10).build_search().to_dict()
    assert body["query"]["bool"]["filter"] == [{"terms": {"language": ["fr"]}}]
    words, needs, main = body["query"]["bool"]["should"]
    assert words["multi_match"]["fields"][0] == "title.fr^5"
    assert words["multi_match"]["fuzziness"] == "AUTO:5,9"
    assert needs == {"match": {"need_tokens": {"query": "titre de séjour", "boost": 4}}}
    assert main == {"match": {"main_need_tokens": {"query": "titre de séjour", "boost": 8}}}
    # Tuesday 10:00 is minute 1 * 1440 + 600 of the week.
    open_now = {
        "bool": {
            "must": [{"term": {"open_minutes": 2040}}],
            "must_not": [{"term": {"closed_days": "2026-11-24"}}],
        }
    }
    need = {"terms": {"needs": ["residence-permit"]}}
    assert sorted(body["post_filter"]["bool"]["must"], key=str) == sorted(
        [open_now["bool"]["must"][0], need], key=str
    )
    # Each facet counts with the other facets' filters, not its own.
    assert body["aggs"]["_filter_need"]["filter"] == open_now
    assert body["aggs"]["_filter_open"]["filter"] == need
    assert body["aggs"]["_filter_open"]["aggs"]["open"] == {"filter": open_now}
    assert body["aggs"]["_filter_city"]["aggs"]["city"] == {"terms": {"field": "city", "size": 100}}
    assert body["suggest"]["did_you_mean"]["term"]["field"] == "title"


def test_browsing_without_words_sorts_by_title(demo):
    body = ServiceSearch(Query(language="ar", city="Cuneo")).build_search().to_dict()
    assert body["sort"] == ["title_sort"]
    assert body["post_filter"] == {"terms": {"city": ["Cuneo"]}}


def test_a_service_document_carries_facets_and_weekly_minutes(demo):
    page = ServicePage.objects.get(locale__language_code="ar", slug="permessi-di-soggiorno")
    doc = document_for(page)
    assert doc["language"] == "ar" and doc["title"] == page.title
    assert "residence-permit" in doc["needs"]
    assert "need_residence_permit" in doc["need_tokens"].split()
    assert doc["city"] == "Cuneo" and "Leutrum" in doc["place"]
    assert all(0 <= r["gte"] < r["lt"] <= 7 * 1440 for r in doc["open_minutes"])
    assert doc["open_minutes"], "the desk has weekly hours"


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch 8 server to run the table against",
)
def test_the_relevance_table_live_on_elasticsearch(demo, settings):
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.ELASTICSEARCH_SERVICE_INDEX = "sportello_test_services"
    elastic.rebuild()
    finder = ElasticsearchFinder(settings.ELASTICSEARCH_URL)
    misses = []
    for language, text, slug in TABLE:
        result = finder.search(Query(text=text, language=language))
        slugs = [Page.objects.get(pk=h.page_id).slug for h in result.hits[:3]]
        if slug not in slugs:
            misses.append((language, text, slug, slugs))
    assert not misses, misses
    # A second rebuild moves the name to a new index and drops the old one.
    first = set(elastic.connect().indices.get_alias(name="sportello_test_services"))
    elastic.rebuild()
    second = set(elastic.connect().indices.get_alias(name="sportello_test_services"))
    assert len(first) == len(second) == 1 and first != second
    assert not elastic.connect().indices.exists(index=first.pop())


def test_with_elasticsearch_down_residents_still_get_answers_and_editors_can_publish(
    client, demo, settings, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    response = client.get("/en/search/", {"q": "lawyer"})
    assert response.status_code == 200
    assert "Legal desk" in response.content.decode()  # from the embedded index
    page = ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")
    page.summary = "Consulenza gratuita anche sul diritto d'asilo."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    result = client.get("/it/search/", {"q": "asilo"}).content.decode()
    assert "Sportello legale" in result


def test_a_rebuild_swaps_the_finder_to_the_new_index_in_one_step():
    """Residents search the old index until the new one is complete; then one request
    moves the name over, from every older index at once."""
    actions = alias_swap(
        "sportello_services_finder",
        "sportello_services_finder-20261129",
        ["sportello_services_finder-20261101", "sportello_services_finder-20261115"],
    )
    assert actions == [
        {
            "remove": {
                "index": "sportello_services_finder-20261101",
                "alias": "sportello_services_finder",
            }
        },
        {
            "remove": {
                "index": "sportello_services_finder-20261115",
                "alias": "sportello_services_finder",
            }
        },
        {
            "add": {
                "index": "sportello_services_finder-20261129",
                "alias": "sportello_services_finder",
            }
        },
    ]
    assert alias_swap("a", "a-1", []) == [{"add": {"index": "a-1", "alias": "a"}}]


def test_a_cluster_gets_replicas_of_the_finders_index(settings):
    assert index_definition()["settings"]["number_of_replicas"] == 0  # one machine
    settings.ELASTICSEARCH_REPLICAS = 1
    assert index_definition()["settings"]["number_of_replicas"] == 1
