"""Admin forms: pages with opening hours refuse overlapping slots of one kind; a service
page offers related services of its own language only, each with its hub."""

from django.utils.translation import gettext as _
from wagtail.models import Page

from core import dates
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
                "opens": dates.clock(first.opens),
                "closes": dates.clock(first.closes),
            }
            slots[second].add_error("opens", message)
            self.add_error(None, message)
        return cleaned_data


class ServicePageForm(ScheduleForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("related_services")
        if field is None:
            return
        model = type(self.instance)  # ServicePage (services.models imports this module)
        locale_id = getattr(self.instance, "locale_id", None) or getattr(
            self.parent_page, "locale_id", None
        )
        services = model.objects.filter(locale_id=locale_id).order_by("title", "path")
        if self.instance.pk:
            services = services.exclude(pk=self.instance.pk)
        step = model.steplen
        parents = {page.path[:-step] for page in services.only("path")}
        hubs = dict(Page.objects.filter(path__in=parents).values_list("path", "title"))
        field.queryset = services
        field.label_from_instance = lambda page: (
            f"{page.title} — {hubs[page.path[:-step]]}" if page.path[:-step] in hubs else page.title
        )
