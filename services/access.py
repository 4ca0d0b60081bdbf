"""How residents get in: a service's access mode, and the kind of each opening slot.

One vocabulary for the models, the hours module, the finder's filters and the demo.
A slot is walk-in (anyone may come) or for appointments; a service is reached one
way, the other, or both, and the finder's "access" filter takes a slot kind, which a
service reached both ways matches either way.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SlotKind(models.TextChoices):
    WALK_IN = "walk_in", _("Walk-in")
    APPOINTMENT = "appointment", _("By appointment")


# Read once: an enum's `values` builds a new list on every call, and the finder asks
# for a service's ways in once per service and facet (20,000 services: ~0.3 s a search).
_SLOT_KINDS = tuple(SlotKind.values)


class AccessMode(models.TextChoices):
    WALK_IN = SlotKind.WALK_IN.value, _("Walk-in, no appointment needed")
    APPOINTMENT = SlotKind.APPOINTMENT.value, _("By appointment only")
    BOTH = "both", _("Walk-in or by appointment")

    @classmethod
    def ways_in(cls, mode: str) -> list[str]:
        """The slot kinds a service with this access mode is reached by."""
        return list(_SLOT_KINDS) if mode == cls.BOTH else [mode]

    @classmethod
    def takes_appointments(cls, mode: str) -> bool:
        return mode in (cls.APPOINTMENT, cls.BOTH)
