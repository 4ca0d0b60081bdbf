"""The fixed choices of activities: how they repeat, how people register, what
happened to a changed date and why. Labels come from gettext in every language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from activities import occurrences


class Repeat(models.TextChoices):
    NEVER = occurrences.NEVER, _("Does not repeat")
    WEEKLY = occurrences.WEEKLY, _("Every week (or every few weeks) on the same day")
    MONTHLY = occurrences.MONTHLY, _("Every month on the same weekday (e.g. the 2nd Saturday)")


class Registration(models.TextChoices):
    NONE = "none", _("Not needed: people just come")
    CONTACT = "contact", _("Through the hub's contact form, with the activity named")
    LINK = "link", _("On another website")


class ChangeKind(models.TextChoices):
    CANCELLED = occurrences.CANCELLED, _("Cancelled")
    MOVED = occurrences.MOVED, _("Moved")


class ChangeReason(models.TextChoices):
    HOLIDAY = "holiday", _("Public holiday")
    ILLNESS = "illness", _("The facilitator is ill")
    STRIKE = "strike", _("Strike")
    WEATHER = "weather", _("Bad weather")
    VENUE = "venue", _("The room is not available")
    OTHER = "other", _("Organisational reasons")
