from django import template
from django.utils.translation import gettext as _

from services.models.opening import SLOT_KINDS, WEEKDAYS

register = template.Library()


@register.filter
def weekday_name(number):
    return dict(WEEKDAYS).get(number, "")


@register.filter
def slot_kind(kind):
    return dict(SLOT_KINDS).get(kind, kind)


@register.filter
def closed_reason(closed):
    """(HOLIDAY or CLOSURE, detail) -> a phrase in the resident's language."""
    if not closed:
        return ""
    kind, detail = closed
    if kind == "holiday":
        return _("public holiday")
    return str(detail) or _("closed")
