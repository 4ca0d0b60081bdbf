"""The short message a resident forwards about a hub or a service (core.sharing)."""

from django.utils.translation import gettext as _

from core import bidi, dates
from core.sharing import share_context
from services import hours
from services.access import SlotKind


def opening_line(schedule: hours.Schedule, now) -> str:
    """When it is next open, as a date (the message is read later than it is sent)."""
    status = schedule.status(now)
    if status.state in (hours.OPEN, hours.BY_APPOINTMENT):
        kind = hours.WALK_IN if status.state == hours.OPEN else hours.APPOINTMENT
        return _("Open today, %(day)s, until %(time)s (%(kind)s)") % {
            "day": dates.day(status.until),
            "time": bidi.ltr_text(dates.clock(status.until)),
            "kind": str(SlotKind(kind).label).lower(),
        }
    if status.state == hours.CLOSED and status.next_opening:
        return _("Next opening: %(day)s at %(time)s (%(kind)s)") % {
            "day": dates.day(status.next_opening),
            "time": bidi.ltr_text(dates.clock(status.next_opening)),
            "kind": str(SlotKind(status.next_kind).label).lower(),
        }
    return ""


def place_line(location) -> str:
    if location is None:
        return ""
    return ", ".join(bidi.auto_text(part) for part in (location.name, location.one_line) if part)


def phone_line(contacts) -> str:
    phones = [c.value for c in contacts if c.channel == "phone"]
    return _("Telephone: %(number)s") % {"number": bidi.ltr_text(phones[0])} if phones else ""


def share(page, request, schedule, location, contacts, now) -> dict:
    url = page.get_full_url(request)
    lines = [
        bidi.auto_text(page.title),
        opening_line(schedule, now),
        place_line(location),
        phone_line(contacts),
    ]
    return share_context(lines, url, page.title)
