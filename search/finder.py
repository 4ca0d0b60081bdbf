"""The one interface the search view talks to; settings choose the implementation.

A finder takes a Query (words, language, facet filters, page) and returns a Result:
the hits for that page, the total, facet counts and, when a word was corrected, a
suggestion. DatabaseFinder (search.embedded.finder) is the embedded default;
ElasticsearchFinder (search.elastic.finder) runs when ELASTICSEARCH_URL is set.
"""

import logging

from django.conf import settings

from search.embedded.finder import DatabaseFinder
from search.query import FinderUnavailable, Query, Result

logger = logging.getLogger(__name__)


def search(query: Query) -> Result:
    """Search with the configured finder; if Elasticsearch is down, with the embedded
    index, which is kept current either way, so residents still get answers."""
    finder = get_finder()
    try:
        return finder.search(query)
    except FinderUnavailable:
        logger.warning("Elasticsearch unavailable: answering from the embedded index")
        return DatabaseFinder().search(query)


def get_finder():
    if getattr(settings, "ELASTICSEARCH_URL", ""):
        # Imported only where Elasticsearch is configured (see search.sync.reconcile).
        from search.elastic.finder import ElasticsearchFinder

        return ElasticsearchFinder(settings.ELASTICSEARCH_URL)
    return DatabaseFinder()
