"""The service finder on Elasticsearch 8, written with the DSL (`elasticsearch.dsl`).

One index of service documents, every language in it: title, summary and body carry a
sub-field per language with that language's analyzer; what residents type about needs
goes through a synonym filter built from the taxonomy, which maps every name and
synonym of a need, in any language, to one token for that need. Facets are
aggregations; open-now is a filter on the weekly opening minutes. The view talks to
ElasticsearchFinder exactly as to the embedded DatabaseFinder.
"""

import re

from django.conf import settings
from django.utils import timezone
from elasticsearch.dsl import (
    Date,
    Document,
    Facet,
    FacetedSearch,
    Index,
    Integer,
    IntegerRange,
    Keyword,
    Q,
    TermsFacet,
    Text,
    analyzer,
    connections,
    token_filter,
)
from modeltranslation.utils import build_localized_fieldname

from search.finder import PAGE_SIZE, FinderUnavailable, Hit, Query, Result
from search.text import STEMMERS
from services.hours import LOOKAHEAD_DAYS, ROME

# Elasticsearch's built-in analyzer per language, or the best available without plugins.
FOLDED = analyzer("folded", tokenizer="standard", filter=["lowercase", "asciifolding"])
ARABIC_SCRIPT = analyzer(
    "arabic_script",
    tokenizer="standard",
    filter=["lowercase", "decimal_digit", "arabic_normalization", "persian_normalization"],
)
LANGUAGE_ANALYZERS = {
    # Where Snowball has a stemmer, Elasticsearch has a built-in analyzer of that name.
    **STEMMERS,
    "uk": FOLDED,  # no Ukrainian analyzer without the analysis-ukrainian plugin
    "sq": FOLDED,  # no Albanian analyzer
    "ur": ARABIC_SCRIPT,  # Urdu: Arabic-script normalisation, no stemmer
    "zh-hans": "cjk",
}
MIN_RESULTS = 5


def index_name() -> str:
    return settings.ELASTICSEARCH_SERVICE_INDEX


def need_token(code: str) -> str:
    return "need_" + code.replace("-", "_")


def _phrase(value: str) -> str:
    """A synonym phrase: no commas, arrows or line breaks (the rule syntax)."""
    return re.sub(r"[,=>\n\r#]+", " ", value).strip()


def synonym_rules() -> list[str]:
    """One rule per need: every name and synonym, in every language => its token."""
    from services.models import NeedCategory

    rules = []
    for need in NeedCategory.objects.order_by("code"):
        phrases = set()
        for code, _name in settings.LANGUAGES:
            phrases.add(_phrase(getattr(need, build_localized_fieldname("name", code)) or ""))
            synonyms = getattr(need, build_localized_fieldname("synonyms", code)) or ""
            phrases.update(_phrase(line) for line in synonyms.splitlines())
        phrases.discard("")
        if phrases:
            rules.append(f"{', '.join(sorted(phrases))} => {need_token(need.code)}")
    return rules


def needs_analyzer():
    synonyms = token_filter(
        "need_synonyms", type="synonym_graph", lenient=True, synonyms=synonym_rules()
    )
    return analyzer(
        "needs_search", tokenizer="standard", filter=["lowercase", "asciifolding", synonyms]
    )


def _multilingual():
    return Text(
        analyzer=FOLDED,
        fields={code: Text(analyzer=name) for code, name in LANGUAGE_ANALYZERS.items()},
    )


class ServiceDocument(Document):
    page_id = Integer()
    translation_key = Keyword()
    title_sort = Keyword()
    language = Keyword()
    title = _multilingual()
    summary = _multilingual()
    body = _multilingual()
    needs = Keyword()  # codes, for the facet
    # need_residence_permit ...: what residents type becomes such tokens (needs_analyzer).
    need_tokens = Text(analyzer="whitespace", search_analyzer="needs_search")
    audiences = Keyword()
    audience_names = Text(analyzer=FOLDED)
    access = Keyword()  # walk_in and/or appointment
    city = Keyword()
    place = Text(analyzer=FOLDED)
    help_languages = Keyword()
    help_language_names = Text(analyzer=FOLDED)
    open_minutes = IntegerRange()  # minutes of the week (Monday 00:00 = 0), Rome time
    closed_days = Date()  # closures and public holidays ahead

    class Index:
        name = "sportello_services"


def service_index() -> Index:
    """The index with its settings and mapping, ready to create or to assert on."""
    index = Index(index_name())
    # One shard is plenty for a town's services; replicas when there is a cluster to hold them.
    index.settings(number_of_shards=1, number_of_replicas=settings.ELASTICSEARCH_REPLICAS)
    index.analyzer(needs_analyzer())
    index.document(ServiceDocument)
    return index


def index_definition() -> dict:
    """The body sent to create the index: settings (analyzers) and mappings."""
    return service_index().to_dict()


def document_for(page) -> dict:
    """The document for a live service page, from the same data as the embedded index."""
    from search.indexer import _languages, _localized, _place, _stream_text, page_context

    hub, schedule, location = page_context(page)
    language = page.locale.language_code
    today = timezone.localdate()

    def all_names(objects):
        return " ".join(_localized(o, "name", code) for o in objects for code in _languages())

    needs = list(page.needs.all())
    audiences = list(page.audiences.all())
    spoken = list(page.help_languages.all())
    access = ["walk_in", "appointment"] if page.access_mode == "both" else [page.access_mode]
    return {
        "_id": page.pk,
        "page_id": page.pk,
        "translation_key": str(page.translation_key),
        "language": language,
        "title": page.title,
        "title_sort": page.title.casefold(),
        "summary": page.summary,
        "body": _stream_text(page.body),
        "needs": [n.code for n in needs],
        "need_tokens": " ".join(need_token(n.code) for n in needs),
        "audiences": [a.code for a in audiences],
        "audience_names": all_names(audiences),
        "access": access,
        "city": location.city if location else None,
        "place": _place(page, hub),
        "help_languages": [s.code for s in spoken],
        "help_language_names": all_names(spoken) + " " + " ".join(s.autonym for s in spoken),
        "open_minutes": [
            {
                "gte": s.weekday * 1440 + s.opens.hour * 60 + s.opens.minute,
                "lt": s.weekday * 1440 + s.closes.hour * 60 + s.closes.minute,
            }
            for s in schedule.slots
        ],
        "closed_days": [d.date.isoformat() for d in schedule.closed_days(today, LOOKAHEAD_DAYS)],
    }


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
        code = self.language if self.language in LANGUAGE_ANALYZERS else "it"
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
        search = search.query(Q("bool", should=[words, needs], minimum_should_match=1))
        return search.suggest(
            "did_you_mean", query, term={"field": "title", "suggest_mode": "popular"}
        )


_connected_to = None


def connect(url=None):
    """One client per process and URL, made on first use."""
    global _connected_to
    url = url or settings.ELASTICSEARCH_URL
    if url != _connected_to:
        connections.create_connection(hosts=[url], request_timeout=5, max_retries=1)
        _connected_to = url
    return connections.get_connection()


class ElasticsearchFinder:
    def __init__(self, url=None):
        connect(url)

    def search(self, query: Query, now=None) -> Result:
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        try:
            return self._search(query, now)
        except (ApiError, TransportError) as error:
            raise FinderUnavailable(str(error)) from error

    def _search(self, query: Query, now=None) -> Result:
        source = settings.LANGUAGE_CODE
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


def reconcile(page_ids) -> None:
    """Write or delete the documents of these pages, from the database as it is now."""
    from elasticsearch.helpers import bulk
    from wagtail.models import Page

    from search.indexer import _indexable

    pages = {p.pk: p for p in Page.objects.filter(pk__in=list(page_ids))}
    actions = []
    for page_id in page_ids:
        page = pages.get(page_id)
        if _indexable(page):
            actions.append({"_index": index_name(), **document_for(page.specific)})
        else:
            actions.append({"_op_type": "delete", "_index": index_name(), "_id": page_id})
    bulk(connect(), actions, raise_on_error=False)


def alias_swap(alias: str, new_index: str, old_indices: list[str]) -> list[dict]:
    """The one atomic request that points the finder's name at a freshly built index."""
    return [
        *({"remove": {"index": index, "alias": alias}} for index in old_indices),
        {"add": {"index": new_index, "alias": alias}},
    ]


def rebuild(progress=None) -> int:
    """Build a new index beside the live one, then swap the alias in one step: residents
    keep searching the old index until the new one is complete (docs/deploy.md)."""
    from elasticsearch.helpers import bulk

    from services.models import ServicePage

    client = connect()
    alias = index_name()
    target = f"{alias}-{timezone.now():%Y%m%d%H%M%S%f}"
    client.indices.create(index=target, **index_definition())
    pages = list(ServicePage.objects.live().filter(alias_of__isnull=True).specific())

    def actions():
        for done, page in enumerate(pages, start=1):
            if not page.get_view_restrictions().exists():
                yield {"_index": target, **document_for(page)}
            if progress:
                progress(done, len(pages))

    bulk(client, actions())
    client.indices.refresh(index=target)
    old = (
        list(client.indices.get_alias(name=alias))
        if client.indices.exists_alias(name=alias)
        else []
    )
    if not old and client.indices.exists(index=alias):
        client.indices.delete(index=alias)  # a plain index from before aliases were used
    client.indices.update_aliases(actions=alias_swap(alias, target, old))
    for index in old:
        client.indices.delete(index=index)
    return len(pages)
