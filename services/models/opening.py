"""Weekly slots and closures, edited inline on hub and service pages.

Rows are purely structural (days, times, a reason from a fixed list), so the
synchronised copies in every language need no translator: the labels come from
gettext in the resident's language.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from services import hours
from services.access import SlotKind

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
CLOSURE_REASONS = [
    ("holiday", _("Holiday closure")),
    ("training", _("Staff training")),
    ("strike", _("Strike")),
    ("works", _("Building works")),
    ("other", _("Closed")),
]


class WeeklySlot(Orderable):
    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    kind = models.CharField(
        _("kind"), max_length=20, choices=SlotKind.choices, default=SlotKind.WALK_IN
    )

    panels = [
        FieldRowPanel(
            [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes"), FieldPanel("kind")]
        )
    ]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("time slot")
        verbose_name_plural = _("time slots")

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError(
                {"closes": _("A time slot must end after it starts.")}, code="slot_order"
            )

    def as_slot(self) -> hours.Slot:
        return hours.Slot(self.weekday, self.opens, self.closes, self.kind)


class Closure(Orderable):
    start = models.DateField(_("first day closed"))
    end = models.DateField(_("last day closed"))
    reason = models.CharField(_("reason"), max_length=20, choices=CLOSURE_REASONS, default="other")

    panels = [FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("reason")])]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("closure")
        verbose_name_plural = _("closures")

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError(
                {"end": _("A closure must end on or after the day it starts.")},
                code="closure_order",
            )

    def as_closure(self) -> hours.Closure:
        return hours.Closure(self.start, self.end, self.get_reason_display())


class HubSlot(WeeklySlot):
    page = ParentalKey("services.HubPage", related_name="slots", on_delete=models.CASCADE)


class HubClosure(Closure):
    page = ParentalKey("services.HubPage", related_name="closures", on_delete=models.CASCADE)


class ServiceSlot(WeeklySlot):
    page = ParentalKey("services.ServicePage", related_name="slots", on_delete=models.CASCADE)


class ServiceClosure(Closure):
    page = ParentalKey("services.ServicePage", related_name="closures", on_delete=models.CASCADE)
