"""`{% load dates %}`: the core.dates formats as filters, in the active language."""

from django import template
from django.utils import timezone

from core import dates

register = template.Library()


def _filter(function):
    def apply(value):
        return function(value) if value not in (None, "") else ""

    apply.__name__ = function.__name__
    return register.filter(function.__name__, apply)


day = _filter(dates.day)
long_date = _filter(dates.long_date)
month_year = _filter(dates.month_year)
clock = _filter(dates.clock)
moment = _filter(dates.moment)


@register.filter
def days_to(start, end):
    """`{{ closure.start|days_to:closure.end }}`."""
    return dates.days(start, end) if start else ""


@register.filter
def clock_range(start, end):
    """`{{ slot.start|clock_range:slot.end }}`: "09:30–12:00"."""
    return dates.clock_range(start, end) if start and end else ""


@register.filter
def long_days_to(start, end):
    """`{{ first|long_days_to:last }}`: "14–28 novembre 2019"."""
    return dates.long_days(start, end) if start and end else ""


@register.simple_tag
def current_time():
    """`{% current_time as now %}`: this moment, aware (then `now|long_date`, `now|clock`)."""
    return timezone.now()
