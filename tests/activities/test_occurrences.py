"""An activity's dates: repetition by RFC 5545 rules, across daylight-saving changes,
with dates cancelled or moved and public holidays named (activities.occurrences)."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from activities.occurrences import (
    CANCELLED,
    MONTHLY,
    MOVED,
    SCHEDULED,
    WEEKLY,
    Change,
    Rule,
    expand,
)
from services.hours import holiday_name

ROME = ZoneInfo("Europe/Rome")


def club(**options):
    """A club on Tuesdays, 18:00-19:30, from 13 October 2026 (DST ends on 25 October)."""
    return Rule(
        starts_on=date(2026, 10, 13),
        start_time=time(18, 0),
        end_time=time(19, 30),
        zone=ROME,
        repeat=WEEKLY,
        **options,
    )


def test_a_weekly_club_keeps_its_wall_clock_time_across_the_end_of_summer_time():
    shown = expand(club(count=3))
    assert [(o.start.isoformat(), o.end.isoformat()) for o in shown] == [
        ("2026-10-13T18:00:00+02:00", "2026-10-13T19:30:00+02:00"),
        ("2026-10-20T18:00:00+02:00", "2026-10-20T19:30:00+02:00"),
        # After 25 October Rome is on UTC+1: still 18:00 there, an hour later in UTC.
        ("2026-10-27T18:00:00+01:00", "2026-10-27T19:30:00+01:00"),
    ]
    assert [o.start.astimezone(ZoneInfo("UTC")).hour for o in shown] == [16, 16, 17]


def test_and_across_the_start_of_summer_time():
    rule = Rule(date(2027, 3, 16), time(18), time(19, 30), ROME, repeat=WEEKLY, count=3)
    assert [o.start.utcoffset().total_seconds() / 3600 for o in expand(rule)] == [1, 1, 2]
    assert {o.start.time() for o in expand(rule)} == {time(18)}


def test_a_moved_and_a_cancelled_date_across_the_change_and_a_holiday_named():
    changes = [
        Change(date(2026, 10, 20), CANCELLED, "Strike"),
        # Moved across the change of time: from Tuesday 27 (UTC+1) to Monday 26 at 17:00.
        Change(date(2026, 10, 27), MOVED, "Room", new_day=date(2026, 10, 26), new_start=time(17)),
    ]
    shown = expand(
        club(until=date(2026, 12, 8)),
        changes,
        holiday=lambda day: holiday_name(day, "CN"),
    )
    rows = [(o.start.isoformat(), o.status, o.reason, o.holiday) for o in shown]
    assert rows[:4] == [
        ("2026-10-13T18:00:00+02:00", SCHEDULED, "", None),
        ("2026-10-20T18:00:00+02:00", CANCELLED, "Strike", None),  # kept, marked
        ("2026-10-26T17:00:00+01:00", MOVED, "Room", None),
        ("2026-11-03T18:00:00+01:00", SCHEDULED, "", None),
    ]
    moved = shown[2]
    assert moved.planned.isoformat() == "2026-10-27T18:00:00+01:00"
    assert moved.end.isoformat() == "2026-10-26T19:30:00+01:00"  # the end time is kept
    # The last date, 8 December, is the Immaculate Conception: named, not dropped.
    assert rows[-1] == ("2026-12-08T18:00:00+01:00", SCHEDULED, "", "Immaculate Conception")
    assert len(shown) == 9  # 13 Oct to 8 Dec: nine Tuesdays, the cancelled one included


def test_a_date_moved_into_the_window_from_outside_it_is_shown():
    changes = [Change(date(2026, 11, 3), MOVED, "x", new_day=date(2026, 10, 30))]
    shown = expand(club(), changes, first=date(2026, 10, 28), last=date(2026, 11, 1))
    assert [(o.start.date(), o.status) for o in shown] == [(date(2026, 10, 30), MOVED)]


def test_monthly_on_the_second_saturday_and_on_the_last_thursday():
    second = Rule(date(2026, 10, 10), time(10), time(12), ROME, repeat=MONTHLY, count=4)
    assert [o.start.date() for o in expand(second)] == [
        date(2026, 10, 10),
        date(2026, 11, 14),
        date(2026, 12, 12),
        date(2027, 1, 9),
    ]
    # 29 October 2026 is the fifth, and last, Thursday: "the last Thursday".
    last = Rule(date(2026, 10, 29), time(10), time(12), ROME, repeat=MONTHLY, count=3)
    assert [o.start.date() for o in expand(last)] == [
        date(2026, 10, 29),
        date(2026, 11, 26),
        date(2026, 12, 31),
    ]
    assert last.rfc5545()["BYDAY"] == "-1TH"


def test_every_other_week_until_a_date():
    rule = club(interval=2, until=date(2026, 11, 24))
    assert [o.start.date() for o in expand(rule)] == [
        date(2026, 10, 13),
        date(2026, 10, 27),
        date(2026, 11, 10),
        date(2026, 11, 24),
    ]
    assert rule.last_planned() == datetime(2026, 11, 24, 18, 0)
    parts = rule.rfc5545()
    # RFC 5545: with a TZID on DTSTART, UNTIL is in UTC (18:00 in Rome is 17:00 UTC).
    assert parts["UNTIL"] == datetime(2026, 11, 24, 17, 0, tzinfo=ZoneInfo("UTC"))
    assert (parts["FREQ"], parts["INTERVAL"], parts["BYDAY"]) == ("WEEKLY", 2, "TU")


def test_a_rule_with_no_end_has_no_last_date_and_a_one_off_has_one():
    assert club().last_planned() is None
    one = Rule(date(2025, 6, 26), time(10), time(12, 30), ROME)
    assert one.last_planned() == datetime(2025, 6, 26, 10, 0)
    assert [o.start.isoformat() for o in expand(one)] == ["2025-06-26T10:00:00+02:00"]


def test_an_occurrence_over_several_days_ends_on_its_last_day():
    rule = Rule(date(2026, 11, 20), time(9), time(13), ROME, ends_on=date(2026, 11, 21))
    (only,) = expand(rule)
    assert (only.start.isoformat(), only.end.isoformat()) == (
        "2026-11-20T09:00:00+01:00",
        "2026-11-21T13:00:00+01:00",
    )


def test_an_occurrence_that_started_before_the_window_and_runs_into_it_is_shown():
    weekly = Rule(
        date(2026, 11, 27), time(9), time(13), ROME, ends_on=date(2026, 11, 29), repeat=WEEKLY
    )
    shown = expand(weekly, first=date(2026, 12, 6), last=date(2026, 12, 6))
    # Friday 4 to Sunday 6 December: under way on the 6th.
    assert [(o.start.date(), o.end.date()) for o in shown] == [
        (date(2026, 12, 4), date(2026, 12, 6))
    ]
