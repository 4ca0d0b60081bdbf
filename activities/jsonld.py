"""schema.org JSON-LD for an activity: an Event, with an `eventSchedule` when it
repeats, `eventStatus` for a cancelled or moved date, its place and language."""

from activities import occurrences
from services.jsonld import DAYS, dumps, place_jsonld

STATUS = {
    occurrences.SCHEDULED: "https://schema.org/EventScheduled",
    occurrences.CANCELLED: "https://schema.org/EventCancelled",
    occurrences.MOVED: "https://schema.org/EventRescheduled",
}


def _schedule(rule, changed) -> dict:
    schedule = {
        "@type": "Schedule",
        "repeatFrequency": f"P{rule.interval}{'W' if rule.repeat == occurrences.WEEKLY else 'M'}",
        "byDay": f"https://schema.org/{DAYS[rule.starts_on.weekday()]}",
        "startDate": rule.starts_on.isoformat(),
        "startTime": rule.start_time.strftime("%H:%M:%S"),
        "endTime": rule.end_time.strftime("%H:%M:%S"),
        "scheduleTimezone": str(rule.zone),
    }
    if rule.repeat == occurrences.MONTHLY:
        schedule["byMonthWeek"] = occurrences.nth_weekday(rule.starts_on)
    if rule.count:
        schedule["repeatCount"] = rule.count
    elif rule.until:
        schedule["endDate"] = rule.until.isoformat()
    if changed:
        schedule["exceptDate"] = [o.planned.isoformat() for o in changed]
    return schedule


def _when(occurrence) -> dict:
    """An occurrence's start, end and status (and, when moved, its planned start)."""
    when = {
        "startDate": occurrence.start.isoformat(),
        "endDate": occurrence.end.isoformat(),
        "eventStatus": STATUS[occurrence.status],
    }
    if occurrence.moved:
        when["previousStartDate"] = occurrence.planned.isoformat()
    return when


def _occurrence(page, occurrence) -> dict:
    return {"@type": "Event", "name": page.title, **_when(occurrence)}


def activity_jsonld(page, request, *, shown, every, place, organizer, audiences, cost) -> str:
    """`shown`: the occurrence the page puts first; `every`: all of them (with the
    cancelled and moved ones), `place`: a Location or None."""
    rule = page.rule()
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
    }
    if shown is not None:
        data.update(_when(shown))
    changed = [o for o in every if o.status != occurrences.SCHEDULED]
    if rule.repeats:
        data["eventSchedule"] = _schedule(rule, changed)
        if changed:
            data["subEvent"] = [_occurrence(page, o) for o in changed]
    locations = []
    if place is not None:
        locations.append(place_jsonld(place))
    if page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
        mode = (
            "MixedEventAttendanceMode"
            if len(locations) > 1
            else ("OnlineEventAttendanceMode" if place is None else "OfflineEventAttendanceMode")
        )
        data["eventAttendanceMode"] = f"https://schema.org/{mode}"
    if organizer is not None:
        data["organizer"] = {
            "@type": "Organization",
            "name": organizer.title,
            "url": organizer.get_full_url(request),
        }
    if audiences:
        data["audience"] = [{"@type": "Audience", "audienceType": a.name} for a in audiences]
    data["isAccessibleForFree"] = page.is_free
    data["offers"] = {
        "@type": "Offer",
        "price": f"{page.price or 0:.2f}",
        "priceCurrency": "EUR",
        "url": page.get_full_url(request),
        **({"description": cost} if cost else {}),
    }
    return dumps(data)
