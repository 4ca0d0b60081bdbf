"""Keep the embedded index equal to the live service pages: reconcile from the database.

`reconcile(page_ids)` looks at each page as it is now and writes or removes its entry,
so every trigger (publish, unpublish, move, delete, translate, a hub or taxonomy edit)
runs the same code, and running it twice changes nothing.
"""

import hashlib
import html
import json
import logging
import re
from datetime import date, time

from django.conf import settings
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from search import text
from search.models import Posting, ServiceEntry, TaxonomyTerm
from services import hours

logger = logging.getLogger(__name__)

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
_TAGS = re.compile(r"<[^>]+>")


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _localized(obj, field, code):
    return getattr(obj, build_localized_fieldname(field, code), "") or ""


def _stream_text(value) -> str:
    """Every string inside a StreamField's raw data, tags removed."""
    found = []

    def walk(node):
        if isinstance(node, str):
            found.append(html.unescape(_TAGS.sub(" ", node)))
        elif isinstance(node, dict):
            for key, item in node.items():
                if key not in ("type", "id"):
                    walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(list(value.raw_data) if value else [])
    return " ".join(found)


def schedule_data(schedule: hours.Schedule) -> dict:
    return {
        "slots": [
            [s.weekday, s.opens.isoformat("minutes"), s.closes.isoformat("minutes"), s.kind]
            for s in schedule.slots
        ],
        "closures": [[c.start.isoformat(), c.end.isoformat()] for c in schedule.closures],
        "open_on_holidays": schedule.open_on_holidays,
        "province": schedule.province,
    }


def schedule_key(data: dict) -> str:
    """Services with the same hours (a hub's desks) share this key."""
    return hashlib.md5(json.dumps(data, sort_keys=True).encode(), usedforsecurity=False).hexdigest()


def schedule_from(data: dict) -> hours.Schedule:
    return hours.Schedule(
        [
            hours.Slot(w, time.fromisoformat(a), time.fromisoformat(b), kind)
            for w, a, b, kind in data.get("slots", [])
        ],
        [
            hours.Closure(date.fromisoformat(a), date.fromisoformat(b))
            for a, b in data.get("closures", [])
        ],
        open_on_holidays=data.get("open_on_holidays", False),
        province=data.get("province"),
    )


class _Terms:
    """A word's weight is the sum, over the kinds of field it appears in, of that
    kind's weight: a word in the title and the summary beats one in a synonym only."""

    def __init__(self):
        self.kinds: dict[str, dict[str, int]] = {}

    def add(self, value: str, language: str, kind: str, weight: int | None = None):
        weights = self.kinds.setdefault(kind, {})
        for term in text.terms(value or "", language):
            term = term[:64]
            weights[term] = max(weights.get(term, 0), weight or WEIGHTS[kind])

    @property
    def weights(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for weights in self.kinds.values():
            for term, weight in weights.items():
                total[term] = min(total.get(term, 0) + weight, 32_000)
        return total


def page_terms(page, hub, location) -> dict[str, int]:
    """{term: weight} for a service page's own text (taxonomy words: taxonomy_terms)."""
    language = page.locale.language_code
    terms = _Terms()
    terms.add(page.title, language, "title")
    terms.add(page.summary, language, "summary")
    terms.add(_stream_text(page.body), language, "body")
    for spoken in page.help_languages.all():
        terms.add(spoken.autonym, language, "language")
    if location is not None:
        terms.add(f"{location.city} {location.name}", language, "place")
    if hub is not None:
        terms.add(hub.title, language, "place")
    return terms.weights


def taxonomy_terms():
    """(term, kind, code, weight) for every need, audience and language of help: names
    and synonyms in every language, each folded and stemmed in its own language."""
    from services.models import Audience, NeedCategory, SpokenLanguage

    sources = [
        ("needs", NeedCategory, [("name", "need"), ("synonyms", "synonym")]),
        ("audiences", Audience, [("name", "audience")]),
        ("help_languages", SpokenLanguage, [("name", "language")]),
    ]
    for kind, model, fields in sources:
        for obj in model.objects.all():
            terms = _Terms()
            for field, weight_kind in fields:
                for code in _languages():
                    terms.add(_localized(obj, field, code), code, weight_kind)
            if kind == "help_languages":
                terms.add(obj.autonym, "", "language")
            for term, weight in terms.weights.items():
                yield term, kind, obj.code, weight


@transaction.atomic
def rebuild_taxonomy_terms() -> int:
    rows = [TaxonomyTerm(term=t, kind=k, code=c, weight=w) for t, k, c, w in taxonomy_terms()]
    TaxonomyTerm.objects.all().delete()
    TaxonomyTerm.objects.bulk_create(rows)
    return len(rows)


def _place(page, hub) -> str:
    place = page.place(hub=hub)
    if place is None:
        return ""
    return ", ".join(part for part in (place.name, place.address, place.city) if part)


def _codes(objects) -> str:
    codes = [obj.code for obj in objects]
    return f"|{'|'.join(codes)}|" if codes else ""


def _indexable(page) -> bool:
    from services.models import ServicePage

    return (
        page is not None
        and page.live
        and page.alias_of_id is None
        and page.specific_class is ServicePage
        and not page.get_view_restrictions().exists()
    )


def page_context(page):
    """(hub, schedule, location) of a service page: what both indexes derive facets from.
    The location is the page's own place, else its hub's (a street team keeps its city)."""
    hub = page.hub
    schedule, _inherited = page.schedule_and_source(hub=hub)
    location = page.place(hub=hub) or (hub.location if hub else None)
    return hub, schedule, location


@transaction.atomic
def index_page(page) -> ServiceEntry:
    page = page.specific
    hub, schedule, location = page_context(page)
    data = schedule_data(schedule)
    entry, _created = ServiceEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "translation_key": page.translation_key,
            "language": page.locale.language_code,
            "title": page.title[:255],
            "access_mode": page.access_mode,
            "city": (location.city if location else "")[:100],
            "place": _place(page, hub)[:300],
            "needs": _codes(page.needs.all()),
            "audiences": _codes(page.audiences.all()),
            "help_languages": _codes(page.help_languages.all()),
            "schedule": data,
            "schedule_key": schedule_key(data),
        },
    )
    entry.postings.all().delete()
    Posting.objects.bulk_create(
        Posting(entry=entry, term=term, weight=weight)
        for term, weight in page_terms(page, hub, location).items()
    )
    return entry


def reconcile(page_ids) -> None:
    """Make the index match the database for these pages (any type, any state).

    The embedded index is always kept (it is the fallback and costs little); the
    Elasticsearch index too when ELASTICSEARCH_URL is set.
    """
    pages = {p.pk: p for p in Page.objects.filter(pk__in=list(page_ids))}
    for page_id in page_ids:
        page = pages.get(page_id)
        if _indexable(page):
            index_page(page)
        else:
            ServiceEntry.objects.filter(page_id=page_id).delete()
    if getattr(settings, "ELASTICSEARCH_URL", ""):
        from search import elastic

        try:
            elastic.reconcile(list(page_ids))
        except Exception:  # a search server down must not break publishing
            logger.exception("Elasticsearch not updated for pages %s: rebuild it later", page_ids)


def reconcile_on_commit(page_ids) -> None:
    ids = list(page_ids)
    if ids:
        transaction.on_commit(lambda: reconcile(ids))


def rebuild(progress=None) -> int:
    """Index every live service page again and drop entries of pages no longer there."""
    from services.models import ServicePage

    ids = list(
        ServicePage.objects.live().filter(alias_of__isnull=True).values_list("pk", flat=True)
    )
    ServiceEntry.objects.exclude(page_id__in=ids).delete()
    for done, page_id in enumerate(ids, start=1):
        reconcile([page_id])
        if progress:
            progress(done, len(ids))
    return len(ids)
