"""The embedded index: one ServiceEntry per live service page with its postings
(word -> weight), and the taxonomy's words in every language (TaxonomyTerm).

`reconcile(page_ids)` looks at each page as it is now and writes or removes its entry,
so every trigger (search.sync) runs the same code, and running it twice changes nothing.
"""

from django.db import transaction
from wagtail.models import PageViewRestriction

from search import documents, text
from search.models import IndexState, Posting, ServiceEntry, TaxonomyTerm, Word
from services.models import Audience, HubPage, NeedCategory, ServicePage, SpokenLanguage

# How much a word counts, by where it appears: title and need names weigh most.
WEIGHTS = {
    "title": 10,
    "need": 8,
    "synonym": 6,
    "language": 5,
    "summary": 3,
    "audience": 3,
    "place": 2,
    "body": 1,
}


class Terms:
    """A word's weight is the sum, over the kinds of field it appears in, of that
    kind's weight: a word in the title and the summary beats one in a synonym only."""

    def __init__(self):
        self.kinds: dict[str, dict[str, int]] = {}
        self.words: set[str] = set()  # terms written as words somewhere, not only stems

    def add(self, value: str, language: str, kind: str, weight: int | None = None):
        weights = self.kinds.setdefault(kind, {})
        for term, is_word in text.indexed(value or "", language):
            term = term[:64]
            weights[term] = max(weights.get(term, 0), weight or WEIGHTS[kind])
            if is_word:
                self.words.add(term)

    @property
    def weights(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for weights in self.kinds.values():
            for term, weight in weights.items():
                total[term] = min(total.get(term, 0) + weight, 32_000)
        return total


def page_terms(page, hub, location) -> Terms:
    """The terms of a service page's own text (taxonomy words: taxonomy_terms)."""
    language = page.locale.language_code
    terms = Terms()
    terms.add(page.title, language, "title")
    terms.add(page.summary, language, "summary")
    terms.add(documents.stream_text(page.body), language, "body")
    for spoken in page.help_languages.all():
        terms.add(spoken.autonym, language, "language")
    if location is not None:
        terms.add(f"{location.city} {location.name}", language, "place")
    if hub is not None:
        terms.add(hub.title, language, "place")
    return terms


def taxonomy_terms():
    """(term, kind, code, weight, is a word) for every need, audience and language of
    help: names and synonyms in every language, each folded and stemmed in its own
    language."""
    sources = [
        ("needs", NeedCategory, [("name", "need"), ("synonyms", "synonym")]),
        ("audiences", Audience, [("name", "audience")]),
        ("help_languages", SpokenLanguage, [("name", "language")]),
    ]
    for kind, model, fields in sources:
        for obj in model.objects.all():
            terms = Terms()
            for field, weight_kind in fields:
                for code in documents.languages():
                    terms.add(documents.localized(obj, field, code), code, weight_kind)
            if kind == "help_languages":
                terms.add(obj.autonym, "", "language")
            for term, weight in terms.weights.items():
                yield term, kind, obj.code, weight, term in terms.words


@transaction.atomic
def rebuild_taxonomy_terms() -> int:
    rows = [
        TaxonomyTerm(term=t, kind=k, code=c, weight=w, word=is_word)
        for t, k, c, w, is_word in taxonomy_terms()
    ]
    TaxonomyTerm.objects.all().delete()
    TaxonomyTerm.objects.bulk_create(rows)
    return len(rows)


def entry_fields(page, hub, schedule, location) -> dict:
    """The ServiceEntry columns of a service page (its hub, hours and place read)."""
    data = documents.schedule_data(schedule)
    needs, main_needs = documents.needs(page)
    return {
        "translation_key": page.translation_key,
        "language": page.locale.language_code,
        "title": page.title[:255],
        "access_mode": page.access_mode,
        "city": (location.city if location else "")[:100],
        "place": documents.place(page, hub)[:300],
        "needs": documents.codes(needs),
        "main_needs": documents.codes(main_needs),
        "audiences": documents.codes(page.audiences.all()),
        "help_languages": documents.codes(page.help_languages.all()),
        "schedule": data,
        "schedule_key": documents.schedule_key(data),
    }


def postings(entry, terms: Terms) -> list[Posting]:
    return [
        Posting(
            entry=entry,
            language=entry.language,
            term=term,
            weight=weight,
            word=term in terms.words,
        )
        for term, weight in terms.weights.items()
    ]


def add_words(pairs) -> None:
    """(language, word) pairs "Did you mean" may offer; those known already are kept."""
    Word.objects.bulk_create(
        [Word(language=language, term=term) for language, term in pairs],
        batch_size=2000,
        ignore_conflicts=True,
    )


@transaction.atomic
def index_page(page) -> ServiceEntry:
    """The page's entry, postings and words (its language's token is the caller's:
    reconcile gives each language it touched a new one, once)."""
    page = page.specific
    hub, schedule, location = documents.page_context(page)
    entry, _created = ServiceEntry.objects.update_or_create(
        page_id=page.pk, defaults=entry_fields(page, hub, schedule, location)
    )
    terms = page_terms(page, hub, location)
    entry.postings.all().delete()
    Posting.objects.bulk_create(postings(entry, terms))
    add_words((entry.language, word) for word in terms.words)
    return entry


@transaction.atomic
def index_pages(page_ids) -> int:
    """index_page for many live service pages at once (a rebuild): the same rows, with
    the pages, their hubs, hours, places and taxonomy read in a few queries instead of a
    dozen a page. Pages that are not indexable lose their entry. Returns the entries
    written."""
    page_ids = list(page_ids)
    pages = list(
        ServicePage.objects.filter(pk__in=page_ids)
        .select_related("locale", "location")
        .prefetch_related("needs", "main_needs", "audiences", "help_languages", "slots", "closures")
        .order_by("pk")
    )
    parents = {page.path[: -page.steplen] for page in pages}
    hubs = {
        hub.path: hub
        for hub in HubPage.objects.filter(path__in=parents)
        .select_related("location")
        .prefetch_related("slots", "closures")
    }
    # Where no page is private, no page's restrictions need looking up.
    any_private = PageViewRestriction.objects.exists()
    keep = [page for page in pages if documents.indexable(page, any_private)]
    Posting.objects.filter(entry_id__in=page_ids).delete()
    ServiceEntry.objects.filter(page_id__in=page_ids).delete()
    entries, rows, words = [], [], set()
    for page in keep:
        hub, schedule, location = documents.page_context(page, hubs.get(page.path[: -page.steplen]))
        entry = ServiceEntry(page_id=page.pk, **entry_fields(page, hub, schedule, location))
        entries.append(entry)
        terms = page_terms(page, hub, location)
        rows += postings(entry, terms)
        words.update((entry.language, word) for word in terms.words)
    ServiceEntry.objects.bulk_create(entries, batch_size=500)
    Posting.objects.bulk_create(rows, batch_size=2000)
    add_words(words)
    # A page keeps its locale: the languages written are those of the pages read (the
    # entry of a page deleted went with it, and its deletion moved the tokens).
    IndexState.touch({page.locale.language_code for page in pages})
    return len(entries)


@transaction.atomic
def reconcile(pages: dict) -> None:
    """Make the embedded index match the database for these pages (documents.pages_by_id:
    None for a page that no longer exists), and give each language touched a new token."""
    languages = set(
        ServiceEntry.objects.filter(page_id__in=list(pages)).values_list("language", flat=True)
    )
    kept = {page_id: page for page_id, page in pages.items() if documents.indexable(page)}
    ServiceEntry.objects.filter(page_id__in=[p for p in pages if p not in kept]).delete()
    for page in kept.values():
        languages.add(index_page(page).language)
    IndexState.touch(languages)
