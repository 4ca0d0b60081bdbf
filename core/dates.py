"""Dates and times in the reader's language, from CLDR data (Babel).

Django's `date` filter builds dates from one pattern per language and month names in
the nominative ("2 Грудень", "Mercoledì"); CLDR has each language's own patterns and
the right grammatical forms ("2 грудня", "mercoledì 2 dicembre"). Every page, form,
mail and admin view formats through these functions or their template filters
(`{% load dates %}`). Aware datetimes are shown in the site's time zone; times are
24-hour wall-clock times, like the hours tables, except `moment`, which follows the
operator's language (it is for the admin).
"""

import re
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_interval, format_time
from django.conf import settings
from django.utils import timezone, translation

from core.languages import SOURCE_LANGUAGE


def babel_locale(language: str | None = None) -> Locale:
    """Django's code ("zh-hans", "pt-br") as Babel's locale ("zh_Hans", "pt_BR"); the
    active language when none is given."""
    return _parse(language or translation.get_language() or SOURCE_LANGUAGE)


@lru_cache(maxsize=32)
def _parse(code: str) -> Locale:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (ValueError, LookupError):
        return Locale.parse(SOURCE_LANGUAGE)


@lru_cache(maxsize=32)
def _day_pattern(locale: Locale) -> str:
    """The language's "weekday day month" pattern with the weekday written in full."""
    skeleton = locale.datetime_skeletons.get("MMMMEd")
    pattern = skeleton.pattern if skeleton is not None else "EEEE d MMMM"
    return re.sub(r"E+|c+", "EEEE", pattern)


@lru_cache(maxsize=1)
def site_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def _local(value):
    """Aware datetimes in the site's time zone, whatever zone the request activated: the
    desks' hours and appointments are wall-clock times where the desks are."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value, site_zone())
    return value


def day(value: date | datetime, language: str | None = None) -> str:
    """ "mercoledì 2 dicembre", "середа, 2 грудня", "Wednesday, December 2"."""
    locale = babel_locale(language)
    return format_date(_local(value), _day_pattern(locale), locale=locale)


def long_date(value: date | datetime, language: str | None = None) -> str:
    """ "2 dicembre 2026", "2 грудня 2026 р."."""
    return format_date(_local(value), "long", locale=babel_locale(language))


def month_year(value: date | datetime, language: str | None = None) -> str:
    """ "dicembre 2026"."""
    locale = babel_locale(language)
    return format_date(_local(value), locale.datetime_skeletons["yMMMM"].pattern, locale=locale)


def clock(value: time | datetime, language: str | None = None) -> str:
    """ "09:30": opening times, 24-hour in every language as in the hours tables."""
    return format_time(_local(value), "HH:mm", locale=babel_locale(language))


def clock_range(start: time | datetime, end: time | datetime, language: str | None = None) -> str:
    """ "09:30–12:00": a slot or an appointment window."""
    return f"{clock(start, language)}–{clock(end, language)}"


def days(start: date, end: date, language: str | None = None) -> str:
    """A span of days: "9–10 dicembre", "31 dicembre – 2 gennaio"; one day: `day`."""
    if start == end:
        return day(start, language)
    return format_interval(start, end, "MMMMd", locale=babel_locale(language))


def long_days(start: date, end: date, language: str | None = None) -> str:
    """A span of days with its year: "14–28 novembre 2019"; one day: `long_date`."""
    start, end = _local(start), _local(end)
    if isinstance(start, datetime):
        start, end = start.date(), end.date()
    if start == end:
        return long_date(start, language)
    return format_interval(start, end, "yMMMMd", locale=babel_locale(language))


def moment(value: datetime, language: str | None = None) -> str:
    """A point in time for the admin: "1 dic 2026, 22:58" in the site's time zone, in the
    language's own formats ("Dec 1, 2026, 10:58 PM" in English)."""
    locale = babel_locale(language)
    value = _local(value)
    joined = locale.datetime_formats["medium"].replace("'", "")
    return joined.replace("{0}", format_time(value, "short", locale=locale)).replace(
        "{1}", format_date(value, "medium", locale=locale)
    )
