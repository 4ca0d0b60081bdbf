"""iCalendar files (RFC 5545, written with the icalendar library): one per activity and
one per language (all activities, or one hub's).

A repeating activity is one VEVENT with its RRULE and `TZID=Europe/Rome` (the site's
zone, with its VTIMEZONE); each cancelled date is an EXDATE, each moved date a VEVENT
of its own with the same UID and a RECURRENCE-ID (RFC 5545 §3.8.4.4), as calendar
programs expect. Text is in the feed's language; UIDs are the same in every language, so a
calendar that holds two languages' feeds shows each activity once.
"""

from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from activities import occurrences
from core import dates
from core.languages import SOURCE_LANGUAGE

PRODUCT = "-//Sportello//Activities//EN"


def uid(page, request) -> str:
    host = urlsplit(page.get_full_url(request) or "").hostname or "sportello"
    return f"activity-{page.translation_key}@{host}"


def _place_text(page) -> str:
    place = page.place()
    parts = [place.name, place.one_line] if place else []
    if page.online_url:
        parts.append(page.online_url)
    return ", ".join(part for part in parts if part)


def _description(page, request, changes) -> str:
    lines = [page.summary]
    for occurrence in changes:
        when = f"{dates.day(occurrence.planned)} {dates.clock(occurrence.planned)}"
        if occurrence.cancelled:
            lines.append(
                _("Cancelled on %(day)s: %(reason)s.") % {"day": when, "reason": occurrence.reason}
            )
        else:
            lines.append(
                _("Moved from %(day)s to %(new_day)s: %(reason)s.")
                % {
                    "day": when,
                    "new_day": f"{dates.day(occurrence.start)} {dates.clock(occurrence.start)}",
                    "reason": occurrence.reason,
                }
            )
    lines.append(page.get_full_url(request))
    return "\n\n".join(line for line in lines if line)


def _event(page, request, language, *, start, end, stamp) -> Event:
    event = Event()
    event.add("uid", uid(page, request))
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", page.title, parameters={"LANGUAGE": language})
    place = _place_text(page)
    if place:
        event.add("location", place, parameters={"LANGUAGE": language})
    event.add("url", page.get_full_url(request))
    return event


def events(page, request) -> list[Event]:
    """The VEVENTs of one activity: the series and one per moved date."""
    # An alias (not translated yet) shows the source text: say so in LANGUAGE.
    language = SOURCE_LANGUAGE if page.alias_of_id else page.locale.language_code
    rule = page.rule()
    stamp = (page.last_published_at or timezone.now()).astimezone(dates.site_zone())
    horizon = occurrences.plus_days(max(rule.starts_on, timezone.localdate()), 366 * 2)
    every = page.occurrences(first=rule.starts_on, last=horizon)
    changed = [o for o in every if o.status != occurrences.SCHEDULED]
    if not rule.repeats:
        only = every[0] if every else None
        start = only.start if only else datetime.combine(rule.starts_on, rule.start_time, rule.zone)
        end = only.end if only else start
        event = _event(page, request, language, start=start, end=end, stamp=stamp)
        event.add("status", "CANCELLED" if only and only.cancelled else "CONFIRMED")
        event.add(
            "description", _description(page, request, changed), parameters={"LANGUAGE": language}
        )
        return [event]
    first = datetime.combine(rule.starts_on, rule.start_time, rule.zone)
    series = _event(
        page,
        request,
        language,
        start=first,
        end=datetime.combine(rule.starts_on + rule.span, rule.end_time, rule.zone),
        stamp=stamp,
    )
    series.add("rrule", rule.rfc5545())
    series.add("status", "CONFIRMED")
    series.add(
        "description", _description(page, request, changed), parameters={"LANGUAGE": language}
    )
    cancelled = [o.planned for o in changed if o.cancelled]
    if cancelled:
        series.add("exdate", cancelled)
    found = [series]
    for moved in (o for o in changed if o.moved):
        event = _event(page, request, language, start=moved.start, end=moved.end, stamp=stamp)
        event.add("recurrence-id", moved.planned)
        event.add("status", "CONFIRMED")
        event.add(
            "description", _description(page, request, [moved]), parameters={"LANGUAGE": language}
        )
        found.append(event)
    return found


def calendar(pages, request, name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", str(dates.site_zone()))
    first = None
    for page in pages:
        for event in events(page, request):
            cal.add_component(event)
        first = min(first or page.starts_on, page.starts_on)
    # The zone's rules for the years the file spans, not every year since 1970.
    start = date(max((first or timezone.localdate()).year - 1, 1970), 1, 1)
    cal.add_missing_timezones(first_date=start, last_date=timezone.localdate() + timedelta(3660))
    return cal


def response(cal: Calendar, filename: str) -> HttpResponse:
    answer = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    answer["Content-Disposition"] = f'inline; filename="{filename}"'
    answer["Content-Language"] = translation.get_language()
    return answer
