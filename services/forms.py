"""Admin form for pages with opening hours: refuses overlapping slots of one kind."""

from django.utils.formats import time_format
from django.utils.translation import gettext as _

from core.forms import SportelloPageForm
from services import hours
from services.access import SlotKind
from services.models.opening import WEEKDAYS


class ScheduleForm(SportelloPageForm):
    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("slots")
        if formset is None:
            return cleaned_data
        slots = {}
        for form in formset.forms:
            if not form.is_valid() or (formset.can_delete and formset._should_delete_form(form)):
                continue
            data = form.cleaned_data
            if not all(data.get(key) is not None for key in ("weekday", "opens", "closes")):
                continue
            slot = hours.Slot(data["weekday"], data["opens"], data["closes"], data["kind"])
            slots[slot] = form
        for first, second in hours.overlapping(slots):
            message = _(
                "This slot overlaps another %(kind)s slot on %(day)s (%(opens)s–%(closes)s)."
            ) % {
                "kind": str(SlotKind(first.kind).label).lower(),
                "day": dict(WEEKDAYS)[first.weekday],
                "opens": time_format(first.opens, "H:i"),
                "closes": time_format(first.closes, "H:i"),
            }
            slots[second].add_error("opens", message)
            self.add_error(None, message)
        return cleaned_data
