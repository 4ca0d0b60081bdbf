"""When an activity happens: its dates expanded from an RFC 5545 rule (python-dateutil),
with single dates cancelled or moved, in the site's time zone.

Pure: no database. Times are wall-clock times where the activity takes place: a club
that meets at 18:00 meets at 18:00 on both sides of a daylight-saving change, so the
rule is expanded on local dates and times and the zone is attached to each date.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import rrule

NEVER, WEEKLY, MONTHLY = "never", "weekly", "monthly"

SCHEDULED, CANCELLED, MOVED = "scheduled", "cancelled", "moved"

# How far the listing and the calendars look for moved dates of a rule with no end.
OPEN_ENDED_YEARS = 2
# Editors enter dates before 2100 (ActivityPage.clean); arithmetic stops well before
# the calendar's end, so one odd date never breaks a page or a feed.
LAST_DAY = date(9000, 12, 31)


def plus_days(day: date, days: int) -> date:
    """`day` moved by `days`, kept within year 1 to 9000."""
    try:
        return min(day + timedelta(days=days), LAST_DAY)
    except OverflowError:
        return LAST_DAY if days > 0 else date.min


def nth_weekday(day: date) -> int:
    """Which weekday of its month `day` is: 1 to 4, or -1 for the fifth (the last)."""
    nth = (day.day - 1) // 7 + 1
    return -1 if nth == 5 else nth


@dataclass(frozen=True)
class Rule:
    """An activity's first date, its times and how it repeats.

    `ends_on` is the last day of one occurrence when it lasts several days; `until`
    (a date) and `count` (a number of times) end a repetition, at most one of them.
    """

    starts_on: date
    start_time: time
    end_time: time
    zone: ZoneInfo
    ends_on: date | None = None
    repeat: str = NEVER
    interval: int = 1
    until: date | None = None
    count: int | None = None

    @property
    def span(self) -> timedelta:
        """From an occurrence's first day to its last (zero for one day)."""
        return (self.ends_on - self.starts_on) if self.ends_on else timedelta(0)

    @property
    def repeats(self) -> bool:
        return self.repeat in (WEEKLY, MONTHLY)

    # The ActivityPage fields a rule is made of.
    FIELDS = (
        "starts_on",
        "start_time",
        "end_time",
        "ends_on",
        "repeat",
        "repeat_interval",
        "repeat_until",
        "repeat_count",
    )

    @classmethod
    def from_fields(cls, values, zone: ZoneInfo) -> "Rule":
        """The rule an ActivityPage's fields describe, from the page or from its admin
        form's cleaned data (`values[name]` for each field name)."""
        return cls(
            starts_on=values["starts_on"],
            start_time=values["start_time"],
            end_time=values["end_time"],
            zone=zone,
            ends_on=values.get("ends_on"),
            repeat=values.get("repeat") or NEVER,
            interval=values.get("repeat_interval") or 1,
            until=values.get("repeat_until"),
            count=values.get("repeat_count"),
        )

    def first_start(self) -> datetime:
        return datetime.combine(self.starts_on, self.start_time)

    def rule(self) -> rrule.rrule | None:
        """The repetition as a dateutil rule over local wall-clock starts (naive)."""
        if not self.repeats:
            return None
        options = {
            "dtstart": self.first_start(),
            "interval": max(self.interval or 1, 1),
            "cache": True,
        }
        if self.count:
            options["count"] = self.count
        elif self.until:
            options["until"] = datetime.combine(self.until, time.max)
        if self.repeat == WEEKLY:
            return rrule.rrule(rrule.WEEKLY, **options)
        weekday = rrule.weekdays[self.starts_on.weekday()]
        return rrule.rrule(rrule.MONTHLY, byweekday=weekday(nth_weekday(self.starts_on)), **options)

    def planned_starts(self, first: date, last: date) -> list[datetime]:
        """Local (naive) starts of the planned dates from `first` to `last`, inclusive."""
        start, end = datetime.combine(first, time.min), datetime.combine(last, time.max)
        repetition = self.rule()
        if repetition is None:
            only = self.first_start()
            return [only] if start <= only <= end else []
        return repetition.between(start, end, inc=True)

    def is_planned(self, day: date) -> bool:
        return bool(self.planned_starts(day, day))

    def last_planned(self) -> datetime | None:
        """The last planned start, or None when the repetition has no end."""
        repetition = self.rule()
        if repetition is None:
            return self.first_start()
        if not (self.count or self.until):
            return None
        return repetition[-1] if repetition.count() else None

    def rfc5545(self) -> dict | None:
        """The RRULE's parts, for icalendar's vRecur: UNTIL is in UTC, as RFC 5545
        requires when DTSTART has a time zone."""
        if not self.repeats:
            return None
        parts: dict = {"FREQ": "WEEKLY" if self.repeat == WEEKLY else "MONTHLY"}
        if (self.interval or 1) > 1:
            parts["INTERVAL"] = self.interval
        day = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self.starts_on.weekday()]
        parts["BYDAY"] = day if self.repeat == WEEKLY else f"{nth_weekday(self.starts_on)}{day}"
        if self.count:
            parts["COUNT"] = self.count
        elif self.until:
            last = datetime.combine(self.until, self.start_time, self.zone)
            parts["UNTIL"] = last.astimezone(ZoneInfo("UTC"))
        return parts


@dataclass(frozen=True)
class Change:
    """One planned date cancelled, or moved to another day or time."""

    planned: date
    kind: str  # CANCELLED or MOVED
    reason: str = ""
    new_day: date | None = None
    new_start: time | None = None
    new_end: time | None = None


@dataclass(frozen=True)
class Occurrence:
    start: datetime  # aware, in the site's zone
    end: datetime
    planned: datetime  # the start the rule gave, before any change
    status: str = SCHEDULED
    reason: str = ""
    holiday: str | None = None  # the public holiday that day, named

    @property
    def cancelled(self) -> bool:
        return self.status == CANCELLED

    @property
    def moved(self) -> bool:
        return self.status == MOVED


def _aware(local: datetime, zone: ZoneInfo) -> datetime:
    return local.replace(tzinfo=zone)


def _occurrence(rule: Rule, planned: datetime, change: Change | None, holiday) -> Occurrence:
    zone = rule.zone
    duration_end = datetime.combine(planned.date() + rule.span, rule.end_time)
    if change is None:
        start, end, status, reason = planned, duration_end, SCHEDULED, ""
    elif change.kind == CANCELLED:
        start, end, status, reason = planned, duration_end, CANCELLED, change.reason
    else:
        day = change.new_day or planned.date()
        start = datetime.combine(day, change.new_start or rule.start_time)
        end = datetime.combine(day + rule.span, change.new_end or rule.end_time)
        status, reason = MOVED, change.reason
    return Occurrence(
        start=_aware(start, zone),
        end=_aware(end, zone),
        planned=_aware(planned, zone),
        status=status,
        reason=reason,
        holiday=holiday(start.date()) if holiday else None,
    )


def expand(
    rule: Rule, changes=(), first: date | None = None, last: date | None = None, holiday=None
) -> list[Occurrence]:
    """The occurrences that take place, wholly or in part, from `first` to `last`
    (inclusive; by the days they now take place), soonest first: one that started
    yesterday and ends tomorrow is among today's. Cancelled ones stay in the list,
    marked, and moved ones are at their new date. `holiday(day)` names a public
    holiday, or returns None."""
    first = first or rule.starts_on
    last = last or plus_days(first, 366 * OPEN_ENDED_YEARS)
    by_day = {change.planned: change for change in changes}
    found = {}
    for planned in rule.planned_starts(plus_days(first, -rule.span.days), last):
        found[planned] = _occurrence(rule, planned, by_day.get(planned.date()), holiday)
    # A date moved into the window from outside it, or out of it to elsewhere.
    for change in by_day.values():
        if change.kind != MOVED:
            continue
        for planned in rule.planned_starts(change.planned, change.planned):
            found[planned] = _occurrence(rule, planned, change, holiday)
    shown = [o for o in found.values() if o.end.date() >= first and o.start.date() <= last]
    return sorted(shown, key=lambda o: (o.start, o.planned))
