"""/<lang>/search/: one box, facets with counts, results; all links, no JavaScript needed."""

from dataclasses import replace
from functools import partial
from urllib.parse import urlencode

from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Page

from core import generations
from core.i18n import translated_name
from core.languages import SOURCE_LANGUAGE
from search import analytics
from search.documents import schedule_from
from search.finder import search as find
from search.models import ServiceEntry
from search.query import ACCESS_VALUES, FACETS, PAGE_SIZE, Query
from services.access import AccessMode, SlotKind
from services.models import Audience, NeedCategory, SpokenLanguage

MAX_QUERY = 200


def parse_query(params, language) -> Query:
    def value(name, limit=60):
        return params.get(name, "").strip()[:limit]

    try:
        page = max(1, min(int(params.get("page", 1)), 10_000))
    except ValueError:
        page = 1
    access = value("access")
    return Query(
        text=value("q", MAX_QUERY),
        language=language,
        need=value("need"),
        audience=value("audience"),
        access=access if access in ACCESS_VALUES else "",
        open=params.get("open") == "1",
        city=value("city", 100),
        lang=value("lang"),
        page=page,
    )


def _params(query: Query, **changes) -> str:
    values = {
        "q": query.text,
        **{name: _selected(query, name) for name in FACETS},
    }
    values.update(changes)
    return "?" + urlencode({k: v for k, v in values.items() if v})


def _taxonomy_labels() -> dict[str, dict[str, str]]:
    return {
        "need": {n.code: n.name for n in NeedCategory.objects.all()},
        "audience": {a.code: a.name for a in Audience.objects.all()},
        "lang": {s.code: s.name for s in SpokenLanguage.objects.all()},
    }


def _labels(counts) -> dict[str, dict[str, str]]:
    # The names in the reader's language, kept until a taxonomy is edited.
    return {
        **generations.kept("search-labels", _taxonomy_labels),
        "access": {
            SlotKind.WALK_IN: str(AccessMode.WALK_IN.label),
            SlotKind.APPOINTMENT: str(SlotKind.APPOINTMENT.label),
        },
        "open": {"1": _("Open now")},
        "city": {city: city for city in counts.get("city", {})},
    }


def _headings() -> dict[str, str]:
    return {
        "need": _("Need"),
        "audience": _("For"),
        "access": _("How to access it"),
        "open": _("When"),
        "city": _("City"),
        "lang": _("Language of help"),
    }


def _selected(query: Query, name) -> str:
    return ("1" if query.open else "") if name == "open" else getattr(query, name)


def _active(query: Query, labels) -> list[dict]:
    headings = _headings()
    return [
        {
            "label": f"{headings[name]}: {labels[name].get(value, value)}",
            "url": _params(query, **{name: "", "page": ""}),
        }
        for name, value in ((n, _selected(query, n)) for n in query.filters())
    ]


def _facet_groups(query: Query, counts, labels) -> list[dict]:
    headings = _headings()
    groups = []
    for name in FACETS:
        selected = _selected(query, name)
        options = []
        for code, label in labels[name].items():
            count = counts.get(name, {}).get(code, 0)
            is_selected = code == selected
            if count or is_selected:
                url = _params(query, **{name: "" if is_selected else code, "page": ""})
                options.append(
                    {"label": label, "count": count, "selected": is_selected, "url": url}
                )
        if options:
            groups.append({"name": name, "heading": headings[name], "options": options})
    return groups


def _cards(result, now, language, request):
    ids = [hit.page_id for hit in result.hits]
    entries = ServiceEntry.objects.in_bulk(ids)
    # An Italian page shown for want of a translation links to the reader's version of
    # it (an alias with its "not translated yet" notice), so the reader's language stays;
    # read in the same query as the pages themselves.
    untranslated = [
        entries[h.page_id].translation_key
        for h in result.hits
        if h.in_source_language and h.page_id in entries
    ]
    found = Page.objects.filter(
        Q(pk__in=ids)
        | Q(translation_key__in=untranslated, locale__language_code=language, live=True)
    ).specific()
    pages = {p.pk: p for p in found if p.pk in ids}
    readers = {p.translation_key: p for p in found if p.pk not in ids}
    cards = []
    for hit in result.hits:
        page, entry = pages.get(hit.page_id), entries.get(hit.page_id)
        if page is None or entry is None:
            continue
        schedule = schedule_from(entry.schedule)
        cards.append(
            {
                "page": page,
                "url": readers.get(page.translation_key, page).get_url(request=request),
                "entry": entry,
                "status": schedule.status(now) if schedule else None,
                "in_source_language": hit.in_source_language,
            }
        )
    return cards


@require_safe
def search(request):
    language = translation.get_language() or SOURCE_LANGUAGE
    query = parse_query(request.GET, language)
    result = find(query)
    first_page = query.page == 1  # paging, even past the end, is not a new search
    if result.total and query.page > result.pages:  # a page past the end: the last one
        query = replace(query, page=result.pages)
        result = find(query)
    counted = None
    if query.text and first_page:
        counted = partial(analytics.record, language, query.text, result.total)
        counted(request=request)
    now = timezone.now()
    labels = _labels(result.facets)
    context = {
        "query": query,
        "result": result,
        "cards": _cards(result, now, language, request),
        "facets": _facet_groups(query, result.facets, labels),
        "active": _active(query, labels),
        "clear_url": _params(query, **dict.fromkeys(FACETS, ""), page=""),
        "suggestion_url": _params(query, q=result.suggestion, page="") if result.suggestion else "",
        "previous_url": _params(query, page=query.page - 1) if query.page > 1 else "",
        "next_url": _params(query, page=query.page + 1) if query.page < result.pages else "",
        "first_number": (query.page - 1) * PAGE_SIZE + 1,
        "source_language": translated_name(SOURCE_LANGUAGE),
    }
    response = render(request, "search/search.html", context)
    # The page cache calls this again whenever it serves this response (ops.pagecache).
    response.replay_on_cache_hit = counted
    return response
