from django import template
from django.utils.translation import gettext as _

from services.access import SlotKind
from services.models.opening import WEEKDAYS

register = template.Library()


@register.filter
def weekday_name(number):
    return dict(WEEKDAYS).get(number, "")


@register.filter
def slot_kind(kind):
    return SlotKind(kind).label if kind in SlotKind.values else kind


@register.filter
def closed_reason(closed):
    """(HOLIDAY or CLOSURE, detail) -> a phrase in the resident's language."""
    if not closed:
        return ""
    kind, detail = closed
    if kind == "holiday":
        return _("public holiday")
    return str(detail) or _("closed")
