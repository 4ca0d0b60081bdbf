"""A service page as both engines index it: the facts read from the page, its hub
and its place, in one module so the embedded index and the Elasticsearch documents
cannot drift apart. Opening hours travel as plain data (schedule_data) and are read
back into the hours module's Schedule (schedule_from) by the finders and the view."""

import hashlib
import html
import json
import re
from datetime import date, time

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from services import hours
from services.access import AccessMode
from services.models import ServicePage

_TAGS = re.compile(r"<[^>]+>")


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def localized(obj, field, code) -> str:
    """A modeltranslation field of `obj` in language `code` ("" when empty)."""
    return getattr(obj, build_localized_fieldname(field, code), "") or ""


def stream_text(value) -> str:
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


def place(page, hub) -> str:
    place = page.place(hub=hub)
    if place is None:
        return ""
    return ", ".join(part for part in (place.name, place.address, place.city) if part)


def codes(objects) -> str:
    codes = [obj.code for obj in objects]
    return f"|{'|'.join(codes)}|" if codes else ""


def indexable(page, any_private: bool = True) -> bool:
    """A live service page of its own (not an alias) that anyone may read.
    `any_private=False`, from a caller that knows the site has no view restriction at
    all, skips looking for this page's."""
    return (
        page is not None
        and page.live
        and page.alias_of_id is None
        and page.specific_class is ServicePage
        and not (any_private and page.get_view_restrictions().exists())
    )


def page_context(page, hub=None):
    """(hub, schedule, location) of a service page: what both indexes derive facets from.
    The location is the page's own place, else its hub's (a street team keeps its city).
    `hub`: the page's hub when the caller has read it already."""
    hub = hub or page.hub
    schedule, _inherited = page.schedule_and_source(hub=hub)
    location = page.place(hub=hub) or (hub.location if hub else None)
    return hub, schedule, location


def needs(page) -> tuple[list, list]:
    """(every need the service answers, its main needs), read once. Every need includes
    the main needs, which an editor might tick without ticking them among the needs."""
    main = list(page.main_needs.all())
    found = {n.pk: n for n in page.needs.all()}
    found.update({n.pk: n for n in main})
    return list(found.values()), main


def pages_by_id(page_ids) -> dict:
    """{id: page} for the pages (any type, any state) the indexes are asked about, read
    once for both engines; None for an id whose page no longer exists."""
    page_ids = list(page_ids)
    found = Page.objects.in_bulk(page_ids)
    return {page_id: found.get(page_id) for page_id in page_ids}


def ways_in(page) -> list[str]:
    """The slot kinds (walk-in, appointment) the "access" filter finds this service by."""
    return AccessMode.ways_in(page.access_mode)


def live_service_pages():
    """Every page both indexes should hold, before view restrictions (indexable)."""
    return ServicePage.objects.live().filter(alias_of__isnull=True)
