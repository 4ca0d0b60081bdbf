"""Sportello's pages as Open Referral HSDS 3.1 objects, in the active language.

docs/hsds-profile.md says how: hubs and partners are organizations, service pages are
services, places are locations (a desk with no fixed place is a virtual one), weekly
slots are schedules with an `attending_type`, closures and the coming week's public
holidays are schedules with `valid_from`/`valid_to` and no hours, needs and audiences
are two taxonomies. Empty values are left out, never sent as null: HSDS types them as
strings.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from core import dates
from opendata.ids import named
from services import hours
from services.access import SlotKind
from services.contexts import service_facts
from services.holiday_names import holiday_label
from services.models import Audience, NeedCategory
from services.models.contacts import EMAIL_CHANNELS

HSDS_VERSION = "3.1"
DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
ATTENDING = {SlotKind.WALK_IN: "walk-in", SlotKind.APPOINTMENT: "by appointment"}
PHONE_TYPES = {"phone": "voice", "whatsapp": "text"}
MESSAGING = {"wechat", "imo", "telegram"}
TAXONOMIES = {
    "needs": (NeedCategory, "need"),
    "audiences": (Audience, "audience"),
}


def compact(data: dict) -> dict:
    """Without the keys whose value is None, "" or an empty list."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}


# --- taxonomies --------------------------------------------------------------------


def taxonomy_id(name: str) -> str:
    return named("taxonomy", name)


def taxonomy(name: str) -> dict:
    descriptions = {
        "needs": _("What a resident needs help with: documents, work, housing, health..."),
        "audiences": _("Who a service is for."),
    }
    names = {"needs": _("Needs"), "audiences": _("Audiences")}
    return {
        "id": taxonomy_id(name),
        "name": str(names[name]),
        "description": str(descriptions[name]),
        "version": "1",
    }


def term_id(kind: str, code: str) -> str:
    return named(kind, code)


def taxonomy_term(name: str, item) -> dict:
    _model, kind = TAXONOMIES[name]
    return compact(
        {
            "id": term_id(kind, item.code),
            "code": item.code,
            "name": item.name,
            "description": item.description or item.name,
            "taxonomy": name,
            "taxonomy_id": taxonomy_id(name),
            "language": dates.babel_locale().language,
        }
    )


def all_terms() -> list[tuple[str, object]]:
    return [
        (name, item) for name, (model, _kind) in TAXONOMIES.items() for item in model.objects.all()
    ]


# --- organizations and locations ---------------------------------------------------


def hub_organization(hub, request, full=False) -> dict:
    contacts = list(hub.contacts.all())  # read once: e-mail and phones come from it
    data = {
        "id": str(hub.translation_key),
        "name": hub.title,
        "description": hub.summary,
        "website": hub.get_full_url(request),
        "email": next((c.value for c in contacts if c.channel == "email"), None),
        "phones": phones(contacts, named("hub", hub.translation_key)),
    }
    if full:
        data["locations"] = [location(hub.location)]
    return compact(data)


def partner_organization(organisation) -> dict:
    return compact(
        {
            "id": str(organisation.translation_key),
            "name": organisation.name,
            "description": organisation.description or organisation.name,
            "website": organisation.website,
        }
    )


def location(place) -> dict:
    address = compact(
        {
            "id": named("address", place.pk),
            "address_1": place.address or place.name,
            "city": place.city,
            "state_province": place.province,
            "postal_code": place.postcode,
            "country": "IT",
            "address_type": "physical",
        }
    )
    # HSDS requires these address fields; an empty one is sent as "".
    for field in ("state_province", "postal_code"):
        address.setdefault(field, "")
    return compact(
        {
            "id": named("location", place.pk),
            "location_type": "physical",
            "name": place.name,
            "latitude": float(place.latitude) if place.latitude is not None else None,
            "longitude": float(place.longitude) if place.longitude is not None else None,
            "addresses": [address],
        }
    )


def virtual_location(service, request) -> dict:
    """A desk with no address (a WeChat and Imo desk, a street team): reached through
    its contacts, so its location is virtual and its URL is the service's page."""
    return {
        "id": named("virtual", service.translation_key),
        "location_type": "virtual",
        "name": service.title,
        "url": service.get_full_url(request),
        "description": _("No fixed place: reach this service through its contacts."),
    }


# --- services ----------------------------------------------------------------------


def phones(contacts, owner: str) -> list[dict]:
    return [
        compact(
            {
                "id": named("phone", owner, contact.channel, contact.value),
                "number": contact.value,
                "type": PHONE_TYPES[contact.channel],
                "description": str(contact.get_channel_display()),
            }
        )
        for contact in contacts
        if contact.channel in PHONE_TYPES
    ]


def messaging_contacts(contacts, owner: str) -> list[dict]:
    """WeChat, Imo and Telegram handles: HSDS has no field for them; a contact named by
    the app, the handle as its title (docs/hsds-profile.md)."""
    return [
        {
            "id": named("contact", owner, contact.channel, contact.value),
            "name": str(contact.get_channel_display()),
            "title": contact.value,
        }
        for contact in contacts
        if contact.channel in MESSAGING
    ]


def weekly_schedules(service, request, schedule: hours.Schedule) -> list[dict]:
    key = service.translation_key
    request_url = (
        service.get_full_url(request) + service.reverse_subpage("appointment_request")
        if service.takes_appointments
        else None
    )
    rows = []
    for slot in sorted(
        schedule.slots, key=lambda s: (list(ATTENDING).index(s.kind), s.weekday, s.opens)
    ):
        opens, closes = slot.opens.strftime("%H:%M"), slot.closes.strftime("%H:%M")
        rows.append(
            compact(
                {
                    "id": named("slot", key, slot.weekday, opens, closes, slot.kind),
                    "service_id": str(key),
                    "freq": "WEEKLY",
                    "wkst": "MO",
                    "byday": DAY_CODES[slot.weekday],
                    "opens_at": opens,
                    "closes_at": closes,
                    "attending_type": ATTENDING[slot.kind],
                    "description": str(SlotKind(slot.kind).label),
                    "schedule_link": request_url if slot.kind == SlotKind.APPOINTMENT else None,
                }
            )
        )
    return rows


def closed_schedules(service, schedule: hours.Schedule, today) -> list[dict]:
    """Closures to come and the public holidays of the coming week (what the page's
    hours section lists): a schedule valid from the first to the last day closed, with
    no hours."""
    key = service.translation_key
    rows = []
    for closure in schedule.upcoming_closures(today):
        rows.append(
            {
                "id": named("closure", key, closure.start, closure.end, closure.reason),
                "service_id": str(key),
                "valid_from": closure.start.isoformat(),
                "valid_to": closure.end.isoformat(),
                "description": _("Closed: %(days)s (%(reason)s).")
                % {"days": dates.days(closure.start, closure.end), "reason": closure.reason},
                "notes": "closed",
            }
        )
    for day in schedule.closed_days(today):
        if day.closed[0] != hours.HOLIDAY:
            continue
        rows.append(
            {
                "id": named("holiday", key, day.date),
                "service_id": str(key),
                "valid_from": day.date.isoformat(),
                "valid_to": day.date.isoformat(),
                "description": _("Public holiday: %(name)s")
                % {"name": holiday_label(day.closed[1])},
                "notes": "closed",
            }
        )
    return rows


def is_closed_today(schedule: hours.Schedule, today) -> bool:
    closed = schedule.closed_on(today)
    return bool(closed and closed[0] == hours.CLOSURE)


def service(page, request, full=True, today=None) -> dict:
    today = today or timezone.localdate()
    hub, schedule, _inherited, place, contacts = service_facts(page)
    key = str(page.translation_key)
    data = {
        "id": key,
        "organization_id": str(hub.translation_key) if hub else None,
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "email": next((c.value for c in contacts if c.channel in EMAIL_CHANNELS), None),
        "status": "temporarily closed" if is_closed_today(schedule, today) else "active",
        "assured_date": page.last_reviewed.isoformat() if page.last_reviewed else None,
        "last_modified": page.last_published_at.isoformat() if page.last_published_at else None,
    }
    if not full:
        return compact(data)
    terms = [("needs", n) for n in page.needs.all()] + [
        ("audiences", a) for a in page.audiences.all()
    ]
    data.update(
        {
            "phones": phones(contacts, key),
            "contacts": messaging_contacts(contacts, key),
            "schedules": [
                *weekly_schedules(page, request, schedule),
                *closed_schedules(page, schedule, today),
            ],
            "languages": [
                {
                    "id": named("language", key, language.code),
                    "service_id": key,
                    "name": language.name,
                    "code": language.code,
                    "note": _("Help is available in this language."),
                }
                for language in page.help_languages.all()
            ],
            "service_at_locations": [
                service_at_location(page, request, place, include_service=False)
            ],
            "attributes": [
                {
                    "id": named("attribute", key, name, item.code),
                    "link_id": key,
                    "link_type": name,
                    "link_entity": "service",
                    "taxonomy_term_id": term_id(TAXONOMIES[name][1], item.code),
                    "taxonomy_term": taxonomy_term(name, item),
                }
                for name, item in terms
            ],
            "organization": hub_organization(hub, request) if hub else None,
        }
    )
    return compact(data)


def service_at_location(page, request, place, include_service=True) -> dict:
    where = location(place) if place is not None else virtual_location(page, request)
    data = {
        "id": named("service-at-location", page.translation_key, where["id"]),
        "service_id": str(page.translation_key),
        "location_id": where["id"],
        "location": where,
    }
    if include_service:
        data["description"] = page.summary
    return data
