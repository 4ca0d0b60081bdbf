"""The service finder's index on Elasticsearch 8, written with the DSL (`elasticsearch.dsl`).

One index of service documents, every language in it: title, summary and body carry a
sub-field per language with that language's analyzer; what residents type about needs
goes through a synonym filter built from the taxonomy, which maps every name and
synonym of a need, in any language, to one token for that need. Documents come from
search.documents, the facts the embedded index reads too.
"""

import re

from django.conf import settings
from django.utils import timezone
from elasticsearch.dsl import (
    Date,
    Document,
    Index,
    Integer,
    IntegerRange,
    Keyword,
    Text,
    analyzer,
    connections,
    token_filter,
)
from elasticsearch.helpers import bulk
from modeltranslation.utils import build_localized_fieldname

from search import documents
from search.text import STEMMERS
from services.hours import LOOKAHEAD_DAYS
from services.models import NeedCategory

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


def index_name() -> str:
    return settings.ELASTICSEARCH_SERVICE_INDEX


def need_token(code: str) -> str:
    return "need_" + code.replace("-", "_")


def _phrase(value: str) -> str:
    """A synonym phrase: no commas, arrows or line breaks (the rule syntax)."""
    return re.sub(r"[,=>\n\r#]+", " ", value).strip()


def synonym_rules() -> list[str]:
    """One rule per need: every name and synonym, in every language => its token."""
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
    main_needs = Keyword()  # the needs it is first of all the answer to
    main_need_tokens = Text(analyzer="whitespace", search_analyzer="needs_search")
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
    hub, schedule, location = documents.page_context(page)
    language = page.locale.language_code
    today = timezone.localdate()

    def all_names(objects):
        return " ".join(
            documents.localized(o, "name", code) for o in objects for code in documents.languages()
        )

    needs, main_needs = documents.needs(page)
    audiences = list(page.audiences.all())
    spoken = list(page.help_languages.all())
    return {
        "_id": page.pk,
        "page_id": page.pk,
        "translation_key": str(page.translation_key),
        "language": language,
        "title": page.title,
        "title_sort": page.title.casefold(),
        "summary": page.summary,
        "body": documents.stream_text(page.body),
        "needs": [n.code for n in needs],
        "need_tokens": " ".join(need_token(n.code) for n in needs),
        "main_needs": [n.code for n in main_needs],
        "main_need_tokens": " ".join(need_token(n.code) for n in main_needs),
        "audiences": [a.code for a in audiences],
        "audience_names": all_names(audiences),
        "access": documents.ways_in(page),
        "city": location.city if location else None,
        "place": documents.place(page, hub),
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


_connected_to = None


def connect(url=None):
    """One client per process and URL, made on first use."""
    global _connected_to
    url = url or settings.ELASTICSEARCH_URL
    if url != _connected_to:
        connections.create_connection(hosts=[url], request_timeout=5, max_retries=1)
        _connected_to = url
    return connections.get_connection()


def reconcile(pages: dict) -> None:
    """Write or delete the documents of these pages (documents.pages_by_id), from the
    database as it is now."""
    actions = []
    for page_id, page in pages.items():
        if documents.indexable(page):
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
    client = connect()
    alias = index_name()
    target = f"{alias}-{timezone.now():%Y%m%d%H%M%S%f}"
    client.indices.create(index=target, **index_definition())
    pages = list(documents.live_service_pages().specific())

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
