"""`{% load activities_tags %}`: one date of an activity as residents read it."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core import bidi, dates

register = template.Library()


@register.filter
def when(occurrence, with_year=False):
    """ "<time>martedì 8 dicembre</time>, 17:30–19:00" in the reader's language (its
    own comma: "،" in Arabic and Urdu); with the year for past dates."""
    start, end = occurrence.start, occurrence.end
    if start.date() == end.date():
        day = dates.long_date(start) if with_year else dates.day(start)
    elif with_year:
        day = dates.long_days(start, end)
    else:
        day = dates.days(start.date(), end.date())
    day_html = format_html('<time datetime="{}">{}</time>', start.isoformat(), day)
    times = bidi.ltr_html(dates.clock_range(start, end))
    # Both parts are escaped HTML; the pattern is the translators' own text.
    return mark_safe(_("%(day)s, %(times)s") % {"day": day_html, "times": times})  # noqa: S308
