"""Open now and next opening, computed from .Meet's real weekly hours."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from demo.build import hm
from demo.services_data import MEET
from services import hours

ROME = ZoneInfo("Europe/Rome")
UTC = ZoneInfo("UTC")


def meet(closures=(), open_on_holidays=False, province="CN"):
    slots = [
        hours.Slot(day, hm(opens), hm(closes), kind) for day, opens, closes, kind in MEET["slots"]
    ]
    return hours.Schedule(slots, closures, open_on_holidays=open_on_holidays, province=province)


def at(*args, tz=ROME):
    return datetime(*args, tzinfo=tz)


def test_inside_a_walk_in_slot_is_open_until_the_slot_ends():
    status = meet().status(at(2026, 11, 23, 10, 0))  # Monday
    assert status.state == hours.OPEN
    assert status.until == at(2026, 11, 23, 12, 0)
    assert status.next_opening is None


def test_inside_an_appointment_only_slot_is_open_by_appointment():
    status = meet().status(at(2026, 11, 27, 10, 0))  # Friday: appointments only
    assert status.state == hours.BY_APPOINTMENT
    assert status.is_open
    assert status.until == at(2026, 11, 27, 12, 0)


def test_walk_in_wins_when_both_kinds_overlap():
    status = meet().status(at(2026, 11, 26, 16, 0))  # Thursday afternoon: both kinds
    assert status.state == hours.OPEN


def test_between_two_slots_is_closed_until_the_afternoon_slot():
    status = meet().status(at(2026, 11, 24, 13, 0))  # Tuesday lunchtime
    assert status.state == hours.CLOSED
    assert status.closed_today is None
    assert status.next_opening == at(2026, 11, 24, 15, 30)
    assert status.next_kind == hours.WALK_IN


def test_a_slot_is_closed_at_its_closing_minute():
    status = meet().status(at(2026, 11, 23, 12, 0))
    assert status.state == hours.CLOSED
    assert status.next_opening == at(2026, 11, 24, 9, 30)


def test_on_a_closure_day_it_is_closed_with_the_reason_and_opens_after():
    closure = hours.Closure(date(2026, 11, 25), date(2026, 11, 25), "Staff training")
    status = meet([closure]).status(at(2026, 11, 25, 17, 0))  # Wednesday, in a slot
    assert status.state == hours.CLOSED
    assert status.closed_today == (hours.CLOSURE, "Staff training")
    # Thursday's first slot is the 9:30 appointment slot.
    assert status.next_opening == at(2026, 11, 26, 9, 30)
    assert status.next_kind == hours.APPOINTMENT


def test_a_closure_spanning_days_skips_every_day_in_it():
    closure = hours.Closure(date(2026, 12, 21), date(2027, 1, 6), "Holiday closure")
    status = meet([closure]).status(at(2026, 12, 21, 10, 0))
    assert status.next_opening == at(2027, 1, 7, 9, 30)  # Thursday 7 January


def test_on_an_italian_public_holiday_it_is_closed():
    # Friday 25 April 2025, Liberation Day, inside the Friday appointment slot.
    status = meet().status(at(2025, 4, 25, 10, 0))
    assert status.state == hours.CLOSED
    assert status.closed_today[0] == hours.HOLIDAY
    # Across the week end to Monday morning.
    assert status.next_opening == at(2025, 4, 28, 9, 30)
    assert status.next_kind == hours.WALK_IN


def test_an_editor_can_keep_it_open_on_public_holidays():
    status = meet(open_on_holidays=True).status(at(2025, 4, 25, 10, 0))
    assert status.state == hours.BY_APPOINTMENT


def test_the_local_patron_saint_closes_the_province_only():
    # Tuesday 29 September 2026, Saint Michael, patron of Cuneo.
    assert meet(province="CN").status(at(2026, 9, 29, 10, 0)).state == hours.CLOSED
    assert meet(province="PO").status(at(2026, 9, 29, 10, 0)).state == hours.OPEN


def test_after_friday_closing_next_opening_is_monday():
    status = meet().status(at(2026, 11, 27, 12, 30))  # Friday after the last slot
    assert status.state == hours.CLOSED
    assert status.next_opening == at(2026, 11, 30, 9, 30)


def test_sunday_evening_looks_ahead_to_monday():
    status = meet().status(at(2026, 11, 29, 20, 0))
    assert status.next_opening == at(2026, 11, 30, 9, 30)


def test_time_is_read_in_rome_whatever_the_clock_zone():
    # 09:00 UTC is 10:00 in Rome in November.
    assert meet().status(at(2026, 11, 23, 9, 0, tz=UTC)).state == hours.OPEN
    # 08:00 UTC in July is 10:00 in Rome (summer time).
    assert meet().status(at(2026, 7, 6, 8, 0, tz=UTC)).state == hours.OPEN


def test_no_slots_means_no_hours_not_closed_and_no_next_opening():
    """A virtual desk or a street team has no weekly hours: not "closed now" (issue 18)."""
    status = hours.Schedule([]).status(at(2026, 11, 23, 10, 0))
    assert status.state == hours.NO_HOURS
    assert not status.is_open
    assert status.next_opening is None


def test_weekly_table_groups_by_kind_and_day():
    table = meet().weekly_by_kind()
    assert list(table) == [hours.WALK_IN, hours.APPOINTMENT]
    walk_in = dict(table[hours.WALK_IN])
    assert walk_in[1] == [(time(9, 30), time(12, 0)), (time(15, 30), time(18, 0))]
    assert [day for day, _ in table[hours.APPOINTMENT]] == [1, 3, 4]


@pytest.mark.parametrize(
    ("slots", "expected"),
    [
        ([(0, "9:00", "12:00", "walk_in"), (0, "11:00", "13:00", "walk_in")], 1),
        ([(0, "9:00", "12:00", "walk_in"), (0, "12:00", "13:00", "walk_in")], 0),
        ([(0, "9:00", "12:00", "walk_in"), (0, "10:00", "11:00", "appointment")], 0),
        ([(0, "9:00", "12:00", "walk_in"), (1, "10:00", "11:00", "walk_in")], 0),
    ],
)
def test_overlapping_slots_of_one_kind_on_one_day(slots, expected):
    schedule_slots = [hours.Slot(d, hm(o), hm(c), k) for d, o, c, k in slots]
    assert len(hours.overlapping(schedule_slots)) == expected
