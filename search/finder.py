"""The one interface the search view talks to; settings choose the implementation.

A finder takes a Query (words, language, facet filters, page) and returns a Result:
the hits for that page, the total, facet counts and, when a word was corrected, a
suggestion. DatabaseFinder (search.database) is the embedded default;
ElasticsearchFinder (search.elastic) runs when ELASTICSEARCH_URL is set.
"""

import logging
from dataclasses import dataclass, field, replace

from django.conf import settings

logger = logging.getLogger(__name__)
PAGE_SIZE = 10
FACETS = ("need", "audience", "access", "open", "city", "lang")
ACCESS_VALUES = ("walk_in", "appointment")


@dataclass(frozen=True)
class Query:
    text: str = ""
    language: str = "it"
    need: str = ""
    audience: str = ""
    access: str = ""  # walk_in or appointment ("both" services match either)
    open: bool = False
    city: str = ""
    lang: str = ""  # a language of help (SpokenLanguage code)
    page: int = 1

    def filters(self) -> dict:
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}

    def without(self, name) -> "Query":
        return replace(self, **{name: False if name == "open" else ""}, page=1)


@dataclass
class Hit:
    page_id: int
    language: str
    in_source_language: bool  # an Italian page shown because no translation exists
    score: float = 0.0


@dataclass
class Result:
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # facet -> value -> count
    suggestion: str = ""  # a corrected query, when a word was not found as typed
    page: int = 1

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


class FinderUnavailable(Exception):
    """The configured search server did not answer; the embedded index can."""


def search(query: "Query") -> "Result":
    """Search with the configured finder; if Elasticsearch is down, with the embedded
    index, which is kept current either way, so residents still get answers."""
    finder = get_finder()
    try:
        return finder.search(query)
    except FinderUnavailable:
        logger.warning("Elasticsearch unavailable: answering from the embedded index")
        from search.database import DatabaseFinder

        return DatabaseFinder().search(query)


def get_finder():
    if getattr(settings, "ELASTICSEARCH_URL", ""):
        from search.elastic import ElasticsearchFinder

        return ElasticsearchFinder(settings.ELASTICSEARCH_URL)
    from search.database import DatabaseFinder

    return DatabaseFinder()
