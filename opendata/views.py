"""The HSDS 3.1 API of one language: /<lang>/api/hsds/ (docs/hsds-profile.md).

Read-only and open: no key, `Access-Control-Allow-Origin: *`. Lists are paginated as
the specification's `Page` (`?page=`, `?per_page=`); `/services` and
`/service_at_locations` take `search`, `taxonomy_term_id`, `organization_id` and
`modified_after`, combined (each narrows the others), and `format=ndjson` streams every
matching service in full, one per line. Answers are cached for a minute (per language,
URL and query) and each client may ask `HSDS_RATE_LIMIT` times a window.
"""

import json
import math
import time
from datetime import datetime
from functools import wraps
from uuid import UUID

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from opendata import feed
from opendata.openapi import openapi_document
from ops.limits import allow
from services.contexts import service_facts
from services.models import HubPage, Organisation, ServicePage

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500
CACHE_SECONDS = 60


class BadRequest(Exception):
    """A parameter the API cannot read: answered 400 with the reason, in the feed's language."""


def api(view):
    """The rate limit first (a cached answer still counts), then the minute's cache;
    CORS for everyone; JSON errors in the feed's language."""

    @wraps(view)
    def answer(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except BadRequest as error:
            return JsonResponse({"error": str(error)}, status=400)
        except Http404:
            return JsonResponse({"error": _("No such record in this feed.")}, status=404)

    cached = answer_cached(answer)

    @wraps(view)
    def limited(request, *args, **kwargs):
        limit, window = settings.HSDS_RATE_LIMIT
        if allow(request, "hsds", limit, window):
            response = cached(request, *args, **kwargs)
        else:
            message = _("Too many requests")
            response = JsonResponse({"error": str(message)}, status=429)
            # Seconds until the client's window starts again (ops.limits counts per window).
            response["Retry-After"] = str(window - int(time.time()) % window)
        response["Access-Control-Allow-Origin"] = "*"
        response["Content-Language"] = translation.get_language()
        return response

    return require_GET(limited)


def answer_cached(view):
    cached = cache_page(CACHE_SECONDS, key_prefix="hsds")(view)

    @wraps(view)
    def answer(request, *args, **kwargs):
        if settings.PAGE_CACHE_SECONDS <= 0:  # tests change data between requests
            return view(request, *args, **kwargs)
        return cached(request, *args, **kwargs)

    return answer


def record_id(value) -> str:
    """A path's id as the feed writes it (lower case), or 404 for one that is not a UUID."""
    try:
        return str(UUID(str(value)))
    except ValueError:
        raise Http404 from None


def json_response(data) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def _locale():
    return Locale.objects.get(language_code=translation.get_language())


def _number(request, name, default, lowest=1, highest=None) -> int:
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(_("%(name)s must be a whole number.") % {"name": name}) from None
    if value < lowest or (highest is not None and value > highest):
        raise BadRequest(
            _("%(name)s must be between %(lowest)s and %(highest)s.")
            % {"name": name, "lowest": lowest, "highest": highest or lowest}
        )
    return value


def _uuid(request, name) -> str | None:
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    try:
        return str(UUID(raw))
    except ValueError:
        raise BadRequest(
            _("%(name)s must be an identifier from this feed.") % {"name": name}
        ) from None


def _moment(request, name) -> datetime | None:
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    try:
        moment = parse_datetime(raw)
        if moment is None and (day := parse_date(raw)) is not None:
            moment = datetime.combine(day, datetime.min.time())
    except ValueError:  # well formed but impossible: 30 February, hour 25
        moment = None
    if moment is None:
        raise BadRequest(
            _("%(name)s must be a date or a date and time (ISO 8601).") % {"name": name}
        )
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def paginate(request, items: list, shape) -> dict:
    per_page = _number(request, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    total = len(items)
    pages = max(1, math.ceil(total / per_page))
    number = _number(request, "page", 1, 1, pages)
    chunk = items[(number - 1) * per_page : number * per_page]
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": number,
        "size": len(chunk),
        "first_page": number == 1,
        "last_page": number == pages,
        "empty": total == 0,
        "contents": [shape(item) for item in chunk],
    }


# --- the records of this language ---------------------------------------------------


def services(request):
    """The live, public services of this language, narrowed by the filters."""
    pages = (
        ServicePage.objects.live()
        .public()
        .filter(locale=_locale())
        .prefetch_related("needs", "audiences", "help_languages", "contacts", "slots", "closures")
        .order_by("path")
    )
    if words := request.GET.get("search", "").strip():
        for word in words.split():
            pages = pages.filter(Q(title__icontains=word) | Q(summary__icontains=word))
    if term := _uuid(request, "taxonomy_term_id"):
        needs = [
            n.pk for n in feed.NeedCategory.objects.all() if feed.term_id("need", n.code) == term
        ]
        audiences = [
            a.pk for a in feed.Audience.objects.all() if feed.term_id("audience", a.code) == term
        ]
        pages = pages.filter(Q(needs__in=needs) | Q(audiences__in=audiences)).distinct()
    if organization := _uuid(request, "organization_id"):
        # A hub's services are its desks (the pages under it); a partner's, those it provides.
        hub = HubPage.objects.filter(translation_key=organization, locale=_locale()).first()
        mine = Q(provider__translation_key=organization)
        if hub is not None:
            mine |= Q(path__startswith=hub.path)
        pages = pages.filter(mine)
    if after := _moment(request, "modified_after"):
        pages = pages.filter(last_published_at__gte=after)
    return list(pages)


def hubs():
    return list(HubPage.objects.live().public().filter(locale=_locale()).select_related("location"))


def partners():
    return list(Organisation.objects.filter(locale=_locale()))


# --- endpoints ----------------------------------------------------------------------


@api
def root(request):
    base = request.build_absolute_uri(reverse("hsds:root"))
    return json_response(
        {
            "version": feed.HSDS_VERSION,
            "profile": request.build_absolute_uri(reverse("hsds:profile")),
            "openapi_url": request.build_absolute_uri(reverse("hsds:openapi")),
            "language": translation.get_language(),
            "endpoints": [
                base + name
                for name in (
                    "services",
                    "organizations",
                    "service_at_locations",
                    "taxonomies",
                    "taxonomy_terms",
                )
            ],
        }
    )


@api
def service_list(request):
    pages = services(request)
    if request.GET.get("format") == "ndjson":
        return ndjson(request, pages)
    full = request.GET.get("full", "").lower() in ("1", "true", "yes")
    return json_response(
        paginate(request, pages, lambda page: feed.service(page, request, full=full))
    )


def ndjson(request, pages):
    lines = (json.dumps(feed.service(page, request), ensure_ascii=False) + "\n" for page in pages)
    response = StreamingHttpResponse(lines, content_type="application/x-ndjson; charset=utf-8")
    language = translation.get_language()
    response["Content-Disposition"] = f'attachment; filename="sportello-services-{language}.ndjson"'
    return response


def _one(items, key):
    found = next((item for item in items if key(item)), None)
    if found is None:
        raise Http404
    return found


@api
def service_detail(request, id):
    key = record_id(id)
    page = ServicePage.objects.live().public().filter(locale=_locale(), translation_key=key).first()
    if page is None:
        raise Http404
    return json_response(feed.service(page, request))


def organizations_of_language(request):
    return [("hub", hub) for hub in hubs()] + [("partner", org) for org in partners()]


def organization_shape(request, full=False):
    def shape(item):
        kind, record = item
        if kind == "partner":
            return feed.partner_organization(record)
        data = feed.hub_organization(record, request, full=full)
        if full:
            desks = ServicePage.objects.live().public().child_of(record)
            data["services"] = [feed.service(desk, request, full=False) for desk in desks]
        return data

    return shape


@api
def organization_list(request):
    items = organizations_of_language(request)
    if words := request.GET.get("search", "").strip().lower():
        items = [
            i
            for i in items
            if words in (getattr(i[1], "title", "") or getattr(i[1], "name", "")).lower()
        ]
    return json_response(paginate(request, items, organization_shape(request)))


@api
def organization_detail(request, id):
    key = record_id(id)
    item = _one(organizations_of_language(request), lambda i: str(i[1].translation_key) == key)
    return json_response(organization_shape(request, full=True)(item))


def service_at_locations_of(request):
    items = []
    for page in services(request):
        _hub, _schedule, _inherited, place, _contacts = service_facts(page)
        items.append((page, place))
    return items


@api
def service_at_location_list(request):
    items = service_at_locations_of(request)

    def shape(item):
        page, place = item
        data = feed.service_at_location(page, request, place)
        data["service"] = feed.service(page, request, full=False)
        return data

    return json_response(paginate(request, items, shape))


@api
def service_at_location_detail(request, id):
    page, place = _one(
        service_at_locations_of(request),
        lambda i: feed.service_at_location(i[0], request, i[1])["id"] == record_id(id),
    )
    data = feed.service_at_location(page, request, place)
    full = feed.service(page, request)
    data["service"] = feed.compact({k: v for k, v in full.items() if k != "service_at_locations"})
    data["schedules"] = full.get("schedules", [])
    data["phones"] = full.get("phones", [])
    return json_response(data)


@api
def taxonomy_list(request):
    return json_response(paginate(request, list(feed.TAXONOMIES), feed.taxonomy))


@api
def taxonomy_detail(request, id):
    name = _one(list(feed.TAXONOMIES), lambda n: feed.taxonomy_id(n) == record_id(id))
    return json_response(feed.taxonomy(name))


@api
def taxonomy_term_list(request):
    items = feed.all_terms()
    if taxonomy := _uuid(request, "taxonomy_id"):
        items = [(n, i) for n, i in items if feed.taxonomy_id(n) == taxonomy]
    return json_response(paginate(request, items, lambda item: feed.taxonomy_term(*item)))


@api
def taxonomy_term_detail(request, id):
    name, item = _one(
        feed.all_terms(),
        lambda i: feed.term_id(feed.TAXONOMIES[i[0]][1], i[1].code) == record_id(id),
    )
    return json_response(feed.taxonomy_term(name, item))


@api
def openapi(request):
    return json_response(openapi_document(request.build_absolute_uri(reverse("hsds:root"))))


@api
def profile(request):
    """The profile (docs/hsds-profile.md) as plain text, at a URL the feed can name."""
    text = (settings.BASE_DIR / "docs" / "hsds-profile.md").read_text(encoding="utf-8")
    return HttpResponse(text, content_type="text/markdown; charset=utf-8")
