"""Opening hours: the one place that turns weekly slots, closures and Italian public
holidays into "open now", "next opening", the week's table and bookable slots.

Pure: no database access. Pages, JSON-LD, the home page and search all call it.
Times are wall-clock times in Europe/Rome.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise
from zoneinfo import ZoneInfo

import holidays

from services.access import SlotKind

ROME = ZoneInfo("Europe/Rome")
WALK_IN = SlotKind.WALK_IN
APPOINTMENT = SlotKind.APPOINTMENT
KINDS = tuple(SlotKind)

OPEN = "open"  # walk-in: anyone can come now
BY_APPOINTMENT = "appointment"  # open, but only for people with an appointment
CLOSED = "closed"
NO_HOURS = "no_hours"  # no weekly hours at all: a virtual desk, a street team

HOLIDAY = "holiday"
CLOSURE = "closure"

LOOKAHEAD_DAYS = 90
BOOKING_DAYS = 28  # appointment requests offer slots in the next four weeks

# Why a requested appointment window cannot be booked (see Schedule.booking_problem).
PAST = "past"
OUTSIDE_HOURS = "outside_hours"
TOO_FAR = "too_far"


@dataclass(frozen=True)
class Slot:
    weekday: int  # Monday is 0
    opens: time
    closes: time
    kind: str = WALK_IN


@dataclass(frozen=True)
class Closure:
    start: date
    end: date
    reason: str = ""


@dataclass(frozen=True)
class ClosedPeriod:
    """An editor's closure still to come (or under way), with the first opening after it."""

    start: date
    end: date
    reason: str
    reopens: datetime | None
    reopens_kind: str | None


@dataclass(frozen=True)
class Status:
    state: str  # OPEN, BY_APPOINTMENT, CLOSED or NO_HOURS
    until: datetime | None = None  # end of the current slot, when open
    next_opening: datetime | None = None  # start of the next slot, when closed
    next_kind: str | None = None
    closed_today: tuple[str, str] | None = None  # (HOLIDAY or CLOSURE, detail)

    @property
    def is_open(self) -> bool:
        return self.state in (OPEN, BY_APPOINTMENT)


@dataclass(frozen=True)
class Day:
    date: date
    slots: tuple[Slot, ...]
    closed: tuple[str, str] | None  # (HOLIDAY or CLOSURE, detail) when closed all day


@lru_cache(maxsize=64)
def _italian_holidays(province: str | None, year: int) -> dict[date, str]:
    subdiv = province if province in holidays.Italy.subdivisions else None
    # English names, stable whatever the machine's locale: services.holiday_names translates them.
    return dict(holidays.Italy(subdiv=subdiv, years=year, language="en_US"))


def holiday_name(day: date, province: str | None = None) -> str | None:
    """The Italian public holiday on `day` (with the province's patron saint), or None."""
    return _italian_holidays((province or "").upper() or None, day.year).get(day)


class Schedule:
    def __init__(self, slots, closures=(), open_on_holidays=False, province=None):
        self.slots = tuple(sorted(slots, key=lambda s: (s.weekday, s.opens, s.kind)))
        self.closures = tuple(closures)
        self.open_on_holidays = open_on_holidays
        self.province = (province or "").upper() or None

    def __bool__(self):
        return bool(self.slots)

    def holiday(self, day: date) -> str | None:
        if self.open_on_holidays:
            return None
        return holiday_name(day, self.province)

    def closed_on(self, day: date) -> tuple[str, str] | None:
        for closure in self.closures:
            if closure.start <= day <= closure.end:
                return (CLOSURE, closure.reason)
        name = self.holiday(day)
        return (HOLIDAY, name) if name else None

    def day(self, day: date) -> Day:
        closed = self.closed_on(day)
        slots = () if closed else tuple(s for s in self.slots if s.weekday == day.weekday())
        return Day(day, slots, closed)

    def days(self, start: date, count: int = 7) -> list[Day]:
        return [self.day(start + timedelta(days=n)) for n in range(count)]

    def closed_days(self, start: date, count: int = 7) -> list[Day]:
        """The days from `start` closed by a closure or a public holiday."""
        return [day for day in self.days(start, count) if day.closed]

    def upcoming_closures(self, today: date) -> list[ClosedPeriod]:
        """Every closure that has not ended by `today`, soonest first, each with the next
        opening after its last day (later closures and holidays skipped). However far
        ahead: a closure in three weeks matters to whoever plans a visit now."""
        periods = []
        for closure in sorted(self.closures, key=lambda c: (c.start, c.end)):
            if closure.end < today:
                continue
            reopening = self.next_opening(datetime.combine(closure.end, time.max, ROME))
            periods.append(
                ClosedPeriod(
                    start=closure.start,
                    end=closure.end,
                    reason=closure.reason,
                    reopens=reopening[0] if reopening else None,
                    reopens_kind=reopening[1] if reopening else None,
                )
            )
        return periods

    def status(self, now: datetime) -> Status:
        if not self.slots:
            return Status(state=NO_HOURS)  # neither open nor closed: reached otherwise
        now = now.astimezone(ROME)
        today = self.day(now.date())
        current = [s for s in today.slots if s.opens <= now.time() < s.closes]
        if current:
            walk_in = [s for s in current if s.kind == WALK_IN]
            slot = max(walk_in or current, key=lambda s: s.closes)
            return Status(
                state=OPEN if walk_in else BY_APPOINTMENT,
                until=datetime.combine(now.date(), slot.closes, ROME),
            )
        opening = self.next_opening(now)
        return Status(
            state=CLOSED,
            next_opening=opening[0] if opening else None,
            next_kind=opening[1] if opening else None,
            closed_today=today.closed,
        )

    def next_opening(self, now: datetime) -> tuple[datetime, str] | None:
        """The next slot start after `now` (walk-in first when two start together)."""
        now = now.astimezone(ROME)
        for offset in range(LOOKAHEAD_DAYS):
            day = self.day(now.date() + timedelta(days=offset))
            starts = sorted(
                (s.opens, s.kind != WALK_IN, s.kind)
                for s in day.slots
                if offset > 0 or s.opens > now.time()
            )
            if starts:
                opens, _, kind = starts[0]
                return datetime.combine(day.date, opens, ROME), kind
        return None

    def weekly_by_kind(self) -> dict[str, list[tuple[int, list[tuple[time, time]]]]]:
        """{kind: [(weekday, [(opens, closes), ...]), ...]} for the weekly table."""
        table: dict[str, dict[int, list[tuple[time, time]]]] = {}
        for slot in self.slots:
            table.setdefault(slot.kind, {}).setdefault(slot.weekday, []).append(
                (slot.opens, slot.closes)
            )
        return {kind: sorted(table[kind].items()) for kind in KINDS if kind in table}


@dataclass(frozen=True)
class Window:
    """One occurrence of a weekly appointment slot on a given date (Europe/Rome)."""

    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        """Stable text form for forms and URLs: 2026-12-01T15:30."""
        return self.start.strftime("%Y-%m-%dT%H:%M")


def appointment_windows(schedule: "Schedule", now: datetime, days: int = BOOKING_DAYS):
    """The appointment windows starting after `now` in the next `days` days, closures and
    public holidays left out."""
    now = now.astimezone(ROME)
    windows = []
    for day in schedule.days(now.date(), days):
        for slot in day.slots:
            if slot.kind != APPOINTMENT:
                continue
            start = datetime.combine(day.date, slot.opens, ROME)
            if start > now:
                windows.append(Window(start, datetime.combine(day.date, slot.closes, ROME)))
    return sorted(windows, key=lambda w: w.start)


def booking_problem(schedule: "Schedule", start: datetime, now: datetime, days=BOOKING_DAYS):
    """None when `start` begins an offered window, else why not: PAST, TOO_FAR,
    HOLIDAY or CLOSURE (the day is closed) or OUTSIDE_HOURS."""
    now, start = now.astimezone(ROME), start.astimezone(ROME)
    if start <= now:
        return PAST
    if (start.date() - now.date()).days >= days:
        return TOO_FAR
    closed = schedule.closed_on(start.date())
    if closed:
        return closed[0]
    offered = schedule.day(start.date()).slots
    if not any(s.kind == APPOINTMENT and s.opens == start.time() for s in offered):
        return OUTSIDE_HOURS
    return None


def overlapping(slots) -> list[tuple[Slot, Slot]]:
    """Pairs of slots of the same kind on the same day whose times overlap."""
    pairs = []
    ordered = sorted(slots, key=lambda s: (s.kind, s.weekday, s.opens))
    for first, second in pairwise(ordered):
        same_day = (first.kind, first.weekday) == (second.kind, second.weekday)
        if same_day and second.opens < first.closes:
            pairs.append((first, second))
    return pairs
