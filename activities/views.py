"""What activity pages show: the listing of one language (today, this week, later),
the archive, the next activities of a hub or of the home page, one activity's dates,
and the calendar files. Works on the pages it is given; models.py routes here."""

from dataclasses import dataclass
from datetime import timedelta

from babel.dates import get_day_names
from babel.numbers import format_currency
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from activities import calendars, occurrences
from activities.choices import Registration
from activities.jsonld import activity_jsonld
from core import bidi, dates
from core.i18n import localize_pages
from core.paging import page_of
from core.sharing import share_context
from services import sharing
from services.holiday_names import holiday_label
from services.models import Audience, HubPage, NeedCategory

LATER_WEEKS = 8  # the listing's "later": the weeks after this one
NEXT_ON_PAGE = 12  # an activity's page lists its next dates, up to this many
ARCHIVE_PAGE_SIZE = 20


@dataclass
class Listed:
    """One date of one activity, with what the lists show beside it."""

    occurrence: occurrences.Occurrence
    page: object  # the ActivityPage in the reader's language (or its alias)
    hub: object | None  # the hub in the reader's language
    place: object | None

    @property
    def holiday(self) -> str:
        return holiday_label(self.occurrence.holiday)


def _now():
    now = timezone.now().astimezone(dates.site_zone())
    return now, now.date()


def _hubs(pages) -> dict:
    """{hub id: the hub in the reader's language}, in one query."""
    hubs = {page.hub_id: page.hub for page in pages if page.hub_id and page.hub}
    return dict(zip(hubs, localize_pages(hubs.values()), strict=True))


def _listed(pages, first, last, *, now=None) -> list[Listed]:
    hubs = _hubs(pages)
    found = []
    for page in pages:
        for occurrence in page.occurrences(first, last):
            if now is not None and occurrence.end <= now:
                continue
            found.append(Listed(occurrence, page, hubs.get(page.hub_id), page.place()))
    return sorted(found, key=lambda item: (item.occurrence.start, item.page.title))


def upcoming(pages, count: int, *, days: int = 92) -> list[Listed]:
    """The next `count` dates (cancelled ones too, marked) in the next `days` days."""
    now, today = _now()
    return _listed(list(pages), today, today + timedelta(days=days), now=now)[:count]


# The listing's filters: (GET parameter, label); their options come from the activities.
FILTERS = ["hub", "city", "audience", "need"]


def _filter_options(pages, hubs) -> dict[str, list[tuple[str, str]]]:
    audience_ids = {a.pk for page in pages for a in page.audiences.all()}
    need_ids = {n.pk for page in pages for n in page.needs.all()}
    cities = sorted({page.place().city for page in pages if page.place()})
    return {
        "hub": sorted(
            {(hubs[p.hub_id].slug, hubs[p.hub_id].title) for p in pages if p.hub_id in hubs},
            key=lambda option: option[1],
        ),
        "city": [(city, city) for city in cities],
        "audience": [(a.code, a.name) for a in Audience.objects.filter(pk__in=audience_ids)],
        "need": [(n.code, n.name) for n in NeedCategory.objects.filter(pk__in=need_ids)],
    }


def _matches(page, hubs, selected) -> bool:
    hub = hubs.get(page.hub_id)
    place = page.place()
    checks = {
        "hub": lambda code: hub is not None and hub.slug == code,
        "city": lambda city: place is not None and place.city == city,
        "audience": lambda code: any(a.code == code for a in page.audiences.all()),
        "need": lambda code: any(n.code == code for n in page.needs.all()),
    }
    return all(checks[name](value) for name, value in selected.items())


def listing(request, index):
    now, today = _now()
    week_end = today + timedelta(days=6 - today.weekday())  # Sunday
    horizon = week_end + timedelta(weeks=LATER_WEEKS)
    # Each activity's dates are expanded once; the filters offer what the coming weeks
    # hold, not what a past activity had.
    every = _listed(list(index.activities()), today, horizon, now=now)
    pages = list({item.page.pk: item.page for item in every}.values())
    hubs = {item.page.hub_id: item.hub for item in every if item.hub is not None}
    options = _filter_options(pages, hubs)
    selected = {
        name: request.GET[name]
        for name in FILTERS
        if request.GET.get(name) in {code for code, _label in options[name]}
    }
    items = [item for item in every if _matches(item.page, hubs, selected)]
    groups = [
        ("today", _("Today"), [i for i in items if i.occurrence.start.date() <= today]),
        (
            "week",
            _("Later this week"),
            [i for i in items if today < i.occurrence.start.date() <= week_end],
        ),
        ("later", _("Coming weeks"), [i for i in items if i.occurrence.start.date() > week_end]),
    ]
    labels = {"hub": _("Hub"), "city": _("City"), "audience": _("For whom"), "need": _("Topic")}
    context = {
        # Empty groups are left out, so the first date comes first on a phone.
        "groups": [group for group in groups if group[2]],
        "filters": [
            (
                name,
                labels[name],
                [(code, label, selected.get(name) == code) for code, label in options[name]],
            )
            for name in FILTERS
            if options[name]
        ],
        "selected": selected,
    }
    return index.render(request, context_overrides=context)


def _span(page):
    """(first start, last end, how many dates) of an activity that has ended, else None."""
    last = page.rule().last_planned()
    if last is None:
        return None
    every = page.occurrences(first=page.starts_on, last=occurrences.plus_days(last.date(), 366))
    held = [o for o in every if not o.cancelled] or every
    if not held:
        return None
    return held[0].start, max(o.end for o in held), len(held)


def archive(request, index):
    now, _today = _now()
    past = []
    for page in index.activities():
        span = _span(page)
        if span and span[1] <= now:
            past.append((page, *span))
    past.sort(key=lambda row: row[2], reverse=True)
    items = page_of(past, request, ARCHIVE_PAGE_SIZE)
    return index.render(
        request,
        template="activities/activity_archive.html",
        context_overrides={"items": items},
    )


def index_calendar(request, index, hub_slug=None):
    pages = list(index.activities())
    name = _("Activities")
    filename = "activities.ics"
    if hub_slug is not None:
        hub = HubPage.objects.filter(slug=hub_slug, locale_id=index.locale_id).first()
        if hub is None:
            raise Http404(hub_slug)
        pages = [p for p in pages if p.hub and p.hub.translation_key == hub.translation_key]
        name = _("Activities at %(hub)s") % {"hub": hub.title}
        filename = f"activities-{hub_slug}.ics"
    return calendars.response(calendars.calendar(pages, request, name), filename)


def activity_calendar(request, page):
    return calendars.response(calendars.calendar([page], request, page.title), f"{page.slug}.ics")


def hub_section(request, index, hub):
    """A hub's next activities; None when it has none coming."""
    pages = [
        page
        for page in index.activities(with_topics=False)
        if page.hub_id and page.hub.translation_key == hub.translation_key
    ]
    items = upcoming(pages, 3)
    if not items:
        return None
    return {
        "template": "activities/components/hub_activities.html",
        "items": items,
        "index": index,
        "calendar_url": index.url + index.reverse_subpage("hub_calendar", args=[hub.slug]),
    }


def describe_repetition(rule) -> str:
    """ "Every week: Tuesday", "Every month, second week: Saturday"; "" for one date."""
    if not rule.repeats:
        return ""
    n = rule.interval or 1
    weekday = get_day_names("wide", "format", dates.babel_locale())[rule.starts_on.weekday()]
    if rule.repeat == occurrences.WEEKLY:
        frequency = (
            _("Every week")
            if n == 1
            else ngettext("Every %(count)s week", "Every %(count)s weeks", n) % {"count": n}
        )
        return _("%(frequency)s: %(weekday)s") % {"frequency": frequency, "weekday": weekday}
    frequency = (
        _("Every month")
        if n == 1
        else ngettext("Every %(count)s month", "Every %(count)s months", n) % {"count": n}
    )
    week = {
        1: pgettext("week of the month", "first week"),
        2: pgettext("week of the month", "second week"),
        3: pgettext("week of the month", "third week"),
        4: pgettext("week of the month", "fourth week"),
        -1: pgettext("week of the month", "last week"),
    }[occurrences.nth_weekday(rule.starts_on)]
    return _("%(frequency)s, %(week)s: %(weekday)s") % {
        "frequency": frequency,
        "week": week,
        "weekday": weekday,
    }


def describe_end(rule) -> str:
    if not rule.repeats:
        return ""
    if rule.count:
        return ngettext("%(count)s time in all.", "%(count)s times in all.", rule.count) % {
            "count": rule.count
        }
    if rule.until:
        return _("Last date: %(date)s.") % {"date": dates.long_date(rule.until)}
    return ""


def cost_text(page) -> str:
    if page.is_free:
        return _("Free")
    return format_currency(page.price, "EUR", locale=dates.babel_locale())


def registration_url(page, hub):
    """Where residents register: the hub's contact form naming the activity, or the
    outside link; None when there is nothing to register for."""
    if page.registration == Registration.LINK:
        return page.registration_url
    if page.registration == Registration.CONTACT and hub is not None:
        return f"{hub.url}{hub.reverse_subpage('contact')}?activity={page.translation_key}"
    return None


def activity_context(request, page):
    now, today = _now()
    rule = page.rule()
    hubs = _hubs([page])
    hub = hubs.get(page.hub_id)
    project = localize_pages([page.project])[0] if page.project_id and page.project else None
    place = page.place()
    # Every date from the first to a year ahead, expanded once: the coming ones, the
    # past ones (shown when the activity is over) and the JSON-LD's exceptions.
    every = page.occurrences(rule.starts_on, occurrences.plus_days(max(today, rule.starts_on), 366))
    coming = [Listed(o, page, hub, place) for o in every if o.end > now]
    over = not coming
    past = [Listed(o, page, hub, place) for o in every if o.end <= now] if over else []
    # What search engines read first: the next date that takes place (a cancelled one
    # is among the subEvents), else the next one, else the last that took place.
    held = [item.occurrence for item in coming if not item.occurrence.cancelled]
    shown = (held or [item.occurrence for item in coming + past[-1:]] or [None])[0]
    audiences = list(page.audiences.all())
    cost = page.cost_note
    return {
        "coming": coming[:NEXT_ON_PAGE],
        "more_dates": len(coming) > NEXT_ON_PAGE,
        "past": past,
        "over": over,
        "repetition": describe_repetition(rule),
        "repetition_end": describe_end(rule),
        "hub": hub,
        "project": project,
        "place": place,
        "audiences": audiences,
        "needs": list(page.needs.all()),
        "spoken": list(page.languages.all()),
        "cost": cost_text(page),
        "register_url": registration_url(page, hub),
        "services": localize_pages(page.related_services.filter(live=True)),
        "share": share_activity(page, request, held[0] if held else None, place),
        "jsonld": activity_jsonld(
            page,
            request,
            shown=shown,
            every=every,
            place=place,
            organizer=hub,
            audiences=audiences,
            cost=cost,
        ),
    }


def share_activity(page, request, occurrence, place) -> dict:
    """The message a resident forwards: the name, the next date that takes place, where."""
    url = page.get_full_url(request)
    when = ""
    if occurrence is not None:
        start, end = occurrence.start, occurrence.end
        day = (
            dates.day(start) if start.date() == end.date() else dates.days(start.date(), end.date())
        )
        times = bidi.ltr_text(dates.clock_range(start, end))
        when = _("Next date: %(date)s") % {
            "date": _("%(day)s, %(times)s") % {"day": day, "times": times}
        }
    where = sharing.place_line(place) or (page.online_url or "")
    return share_context([bidi.auto_text(page.title), when, where], url, page.title)
