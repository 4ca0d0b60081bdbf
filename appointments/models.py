"""Appointment and contact requests: the one model that holds residents' personal data,
with the one path that erases it (appointments.purge)."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import dates

APPOINTMENT = "appointment"
CONTACT = "contact"
KINDS = [(APPOINTMENT, _("Appointment request")), (CONTACT, _("Question to the hub"))]

PHONE = "phone"
EMAIL = "email"
WHATSAPP = "whatsapp"
CHANNELS = [(PHONE, _("Phone call")), (EMAIL, _("E-mail")), (WHATSAPP, _("WhatsApp"))]

NEW, CONTACTED, BOOKED, CLOSED = "new", "contacted", "booked", "closed"
STATUSES = [
    (NEW, _("New")),
    (CONTACTED, _("Contacted")),
    (BOOKED, _("Booked")),
    (CLOSED, _("Closed")),
]

OTHER_LANGUAGE = "other"
MESSAGE_MAX = 2000

# Mail delivery, one state per recipient (resident, operators).
MAIL_NONE, MAIL_PENDING, MAIL_SENT, MAIL_FAILED = "none", "pending", "sent", "failed"
MAIL_STATES = [
    (MAIL_NONE, _("Not needed")),
    (MAIL_PENDING, _("Waiting to be sent")),
    (MAIL_SENT, _("Sent")),
    (MAIL_FAILED, _("Failed")),
]

# What a resident tells about themselves, in form order (forms, inbox, CSV).
RESIDENT_FIELDS = [
    "name",
    "contact_by",
    "phone",
    "email",
    "preferred_language",
    "other_language",
    "interpreter",
]

# Unambiguous characters only (no 0/O, 1/I/L), so a code read over the phone is clear.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

# Emptied by the purge; everything else survives for statistics.
PERSONAL_FIELDS = {
    "name": "",
    "phone": "",
    "email": "",
    "other_language": "",
    "message": "",
    "notes": "",
}


def new_reference() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


class AppointmentRequest(models.Model):
    reference = models.CharField(_("reference"), max_length=9, unique=True, editable=False)
    # One per form shown: a second post of the same form finds the first request.
    submission = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=KINDS, default=APPOINTMENT)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    # The Italian source pages, so requests made in any language count together.
    service = models.ForeignKey(
        "services.ServicePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("service"),
    )
    hub = models.ForeignKey(
        "services.HubPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hub"),
    )
    # Kept after the pages are gone, for statistics.
    service_title = models.CharField(_("service"), max_length=255, blank=True)
    # A request to take part in an activity (the hub's contact form, from the activity's
    # page): its Italian title, kept when the page goes.
    activity_title = models.CharField(_("activity"), max_length=255, blank=True)
    need_codes = models.CharField(max_length=500, blank=True)  # "|legal|permits|"
    language = models.CharField(_("language of the form"), max_length=10)

    # Personal data (erased by the purge).
    name = models.CharField(_("name"), max_length=120, blank=True)
    contact_by = models.CharField(_("contact by"), max_length=20, choices=CHANNELS)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=10)
    other_language = models.CharField(_("other language"), max_length=80, blank=True)
    interpreter = models.BooleanField(_("interpreter needed"), default=False)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX, blank=True)
    notes = models.TextField(_("internal notes"), blank=True)
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    status = models.CharField(
        _("status"), max_length=20, choices=STATUSES, default=NEW, db_index=True
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, db_index=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("assigned operator"),
    )
    resident_mail = models.CharField(
        _("confirmation e-mail"), max_length=10, choices=MAIL_STATES, default=MAIL_NONE
    )
    operator_mail = models.CharField(
        _("operators' notification"), max_length=10, choices=MAIL_STATES, default=MAIL_NONE
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("request")
        verbose_name_plural = _("requests")
        permissions = [("view_request_stats", "Can view request statistics")]

    def __str__(self):
        return self.reference

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = new_reference()
        if self.status == CLOSED and self.closed_at is None:
            self.closed_at = timezone.now()
        elif self.status != CLOSED:
            self.closed_at = None
        super().save(*args, **kwargs)

    @property
    def contact_value(self) -> str:
        return self.email if self.contact_by == EMAIL else self.phone

    def slots_text(self) -> str:
        """The preferred times, one per line, in Europe/Rome wall-clock time."""
        return "\n".join(
            f"{dates.day(s.start)} {dates.clock_range(s.start, s.end)}" for s in self.slots.all()
        )

    slots_text.short_description = _("Preferred times")

    def preferred_language_name(self) -> str:
        if self.preferred_language == OTHER_LANGUAGE:
            return self.other_language
        return dict(settings.LANGUAGES).get(self.preferred_language, self.preferred_language)


class RequestedSlot(models.Model):
    request = models.ForeignKey(AppointmentRequest, on_delete=models.CASCADE, related_name="slots")
    start = models.DateTimeField(_("from"))
    end = models.DateTimeField(_("to"))

    class Meta:
        ordering = ["start"]
        verbose_name = _("preferred time")
        verbose_name_plural = _("preferred times")
