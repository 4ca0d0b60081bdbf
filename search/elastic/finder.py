"""The finder on Elasticsearch: one request per search, facet counts as aggregations,
open-now a filter on the weekly opening minutes. The view talks to it exactly as to
the embedded finder; when the server does not answer it raises FinderUnavailable."""

from django.utils import timezone
from elastic_transport import TransportError
from elasticsearch import ApiError
from elasticsearch.dsl import FacetedSearch, Q, TermsFacet
from elasticsearch.dsl.faceted_search import Facet

from core.languages import SOURCE_LANGUAGE
from search.elastic.index import LANGUAGE_ANALYZERS, ServiceDocument, connect, index_name
from search.query import MIN_RESULTS, PAGE_SIZE, FinderUnavailable, Hit, Query, Result
from services.hours import ROME


class OpenNowFacet(Facet):
    """ "Open now": a filter aggregation on the opening minutes and closed days."""

    agg_type = "filter"

    def __init__(self, now):
        now = now.astimezone(ROME)
        minute = now.weekday() * 1440 + now.hour * 60 + now.minute
        self.condition = Q("term", open_minutes=minute) & ~Q(
            "term", closed_days=now.date().isoformat()
        )
        super().__init__(filter=self.condition)

    def add_filter(self, filter_values):
        return self.condition if filter_values and filter_values[0] in ("1", True) else None

    def get_values(self, data, filter_values):
        return [("1", data.doc_count, bool(filter_values))]


class ServiceSearch(FacetedSearch):
    """Words, language, facets: one request with the facet counts as aggregations."""

    doc_types = [ServiceDocument]

    def __init__(self, query: Query, now=None, languages=None):
        self.index = index_name()
        self.language = query.language
        self.languages = languages or [query.language]
        self.facets = {
            "need": TermsFacet(field="needs", size=100),
            "audience": TermsFacet(field="audiences", size=100),
            "access": TermsFacet(field="access", size=10),
            "open": OpenNowFacet(now or timezone.now()),
            "city": TermsFacet(field="city", size=100),
            "lang": TermsFacet(field="help_languages", size=200),
        }
        filters = query.filters()
        if "open" in filters:
            filters["open"] = "1"
        super().__init__(query.text, filters)

    @property
    def fields(self):
        code = self.language if self.language in LANGUAGE_ANALYZERS else SOURCE_LANGUAGE
        return [
            f"title.{code}^5",
            "title^4",
            f"summary.{code}^2",
            "summary",
            f"body.{code}",
            "audience_names^2",
            "help_language_names^3",
            "place",
        ]

    def highlight(self, search):
        return search  # result cards show summaries, not snippets

    def search(self):
        search = super().search()
        return search.filter("terms", language=self.languages).extra(track_total_hits=True)

    def query(self, search, query):
        if not query:
            return search.sort("title_sort")
        words = Q(
            "multi_match",
            query=query,
            fields=self.fields,
            fuzziness="AUTO:5,9",
            prefix_length=1,
            operator="or",
        )
        needs = Q("match", need_tokens={"query": query, "boost": 4})
        # The services that are first of all the answer to that need come first.
        main = Q("match", main_need_tokens={"query": query, "boost": 8})
        search = search.query(Q("bool", should=[words, needs, main], minimum_should_match=1))
        return search.suggest(
            "did_you_mean", query, term={"field": "title", "suggest_mode": "popular"}
        )


class ElasticsearchFinder:
    def __init__(self, url=None):
        connect(url)

    def search(self, query: Query, now=None) -> Result:
        try:
            return self._search(query, now)
        except (ApiError, TransportError) as error:
            raise FinderUnavailable(str(error)) from error

    def _search(self, query: Query, now=None) -> Result:
        source = SOURCE_LANGUAGE
        start = (max(query.page, 1) - 1) * PAGE_SIZE
        local = ServiceSearch(query, now)[start : start + PAGE_SIZE].execute()
        hits = [Hit(h.page_id, h.language, False, h.meta.score or 0.0) for h in local]
        total = local.hits.total.value
        facets = {
            name: {str(k): n for k, n, _sel in values}
            for name, values in local.facets.to_dict().items()
        }
        if query.text and total < MIN_RESULTS and query.language != source:
            italian = ServiceSearch(query, now, languages=[source])[0:PAGE_SIZE].execute()
            translated = {h.translation_key for h in local}
            for h in italian:
                if h.translation_key not in translated and len(hits) < PAGE_SIZE:
                    hits.append(Hit(h.page_id, source, True, h.meta.score or 0.0))
            total += sum(1 for h in italian if h.translation_key not in translated)
        suggestion = ""
        options = getattr(getattr(local, "suggest", None), "did_you_mean", None) or []
        words = [o.options[0].text if o.options else o.text for o in options]
        if words and any(o.options for o in options):
            suggestion = " ".join(words)
        return Result(hits, total, facets, suggestion, query.page)
