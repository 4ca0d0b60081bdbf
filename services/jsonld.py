"""schema.org JSON-LD: a service page as a GovernmentService, a hub as a GovernmentOffice,
both with their hours and place (with its point, when known)."""

import json

from django.utils.translation import gettext as _

from core import dates
from services.access import SlotKind
from services.holiday_names import holiday_label
from services.hours import Schedule

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def opening_hours(schedule: Schedule) -> list[dict]:
    """Each weekly slot, described in the page's language (walk-in, by appointment)."""
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{DAYS[slot.weekday]}",
            "opens": slot.opens.strftime("%H:%M"),
            "closes": slot.closes.strftime("%H:%M"),
            "description": str(SlotKind(slot.kind).label),
        }
        for slot in schedule.slots
    ]


def closed_days(closures, holidays) -> list[dict]:
    """Closures to come and the coming week's public holidays, as schema.org says a
    closed day is written: opens and closes at 00:00, valid from the first to the last
    day; the reason in the page's language."""
    rows = [
        {
            "@type": "OpeningHoursSpecification",
            "opens": "00:00",
            "closes": "00:00",
            "validFrom": closure.start.isoformat(),
            "validThrough": closure.end.isoformat(),
            "description": _("Closed: %(days)s (%(reason)s).")
            % {"days": dates.days(closure.start, closure.end), "reason": closure.reason},
        }
        for closure in closures
    ]
    rows += [
        {
            "@type": "OpeningHoursSpecification",
            "opens": "00:00",
            "closes": "00:00",
            "validFrom": day.date.isoformat(),
            "validThrough": day.date.isoformat(),
            "description": holiday_label(day.closed[1]),
        }
        for day in holidays
    ]
    return rows


def place_jsonld(location) -> dict:
    """A Location as a schema.org Place with its postal address (and point, when known)."""
    place = {
        "@type": "Place",
        "name": location.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.address,
            "postalCode": location.postcode,
            "addressLocality": location.city,
            "addressCountry": "IT",
        },
    }
    if location.latitude is not None and location.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
        }
    return place


def service_jsonld(page, request, schedule, location, contacts, help_languages, provider) -> str:
    phones = [c.value for c in contacts if c.channel == "phone"]
    emails = [c.value for c in contacts if c.channel == "email"]
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "availableLanguage": [lang.name for lang in help_languages],
        "hoursAvailable": opening_hours(schedule),
    }
    if provider is not None:
        data["provider"] = {"@type": "Organization", "name": provider.name}
    if location is not None:
        place = place_jsonld(location)
        data["serviceLocation"] = place
        data["areaServed"] = location.city
    if phones:
        data["telephone"] = phones[0]
    if emails:
        data["email"] = emails[0]
    return dumps(data)


def hub_jsonld(page, request, schedule, contacts, closures, holidays, languages) -> str:
    """A hub as the office residents walk into: address, point, weekly hours, closed
    days, telephone, the languages its desks help in."""
    location = page.location
    place = place_jsonld(location)
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOffice",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "address": place["address"],
        "openingHoursSpecification": opening_hours(schedule),
        "specialOpeningHoursSpecification": closed_days(closures, holidays),
        "availableLanguage": [
            {"@type": "Language", "name": language.name, "alternateName": language.code}
            for language in languages
        ],
        "inLanguage": page.locale.language_code,
    }
    if "geo" in place:
        data["geo"] = place["geo"]
    phones = [c.value for c in contacts if c.channel == "phone"]
    if phones:
        data["telephone"] = phones[0]
    return dumps(data)


def dumps(data) -> str:
    """JSON for a <script> element: escaping <, > and & keeps it inert there."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
