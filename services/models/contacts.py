from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

CHANNELS = [
    ("phone", _("Telephone")),
    ("email", _("E-mail")),
    ("pec", _("Certified e-mail (PEC)")),
    ("whatsapp", "WhatsApp"),
    ("wechat", "WeChat"),
    ("imo", "Imo"),
    ("telegram", "Telegram"),
    ("website", _("Website")),
]
EMAIL_CHANNELS = {"email", "pec"}
NUMBER_CHANNELS = {"phone", "whatsapp"}


class ContactChannel(Orderable):
    """One way to reach a desk: a number, an address or a messaging handle."""

    channel = models.CharField(_("channel"), max_length=20, choices=CHANNELS)
    value = models.CharField(
        _("number, address or handle"),
        max_length=200,
        help_text=_("e.g. 0171 444547, polo.meet@comune.cuneo.it, a WeChat ID"),
    )

    panels = [FieldRowPanel([FieldPanel("channel"), FieldPanel("value")])]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def clean(self):
        if self.channel in EMAIL_CHANNELS and self.value:
            try:
                validate_email(self.value)
            except ValidationError:
                raise ValidationError(
                    {"value": _("Enter a valid e-mail address.")}, code="email"
                ) from None
        if self.channel in NUMBER_CHANNELS and self.value:
            if sum(ch.isdigit() for ch in self.value) < 6:
                raise ValidationError(
                    {"value": _("Enter a telephone number with its digits.")}, code="phone"
                )

    @property
    def digits(self) -> str:
        """The number for tel: and wa.me links: digits, with a leading + kept."""
        value = self.value.strip()
        return ("+" if value.startswith("+") else "") + "".join(c for c in value if c.isdigit())

    @property
    def href(self) -> str:
        if self.channel == "phone":
            return f"tel:{self.digits}"
        if self.channel in EMAIL_CHANNELS:
            return f"mailto:{self.value}"
        if self.channel == "whatsapp":
            number = self.digits.lstrip("+")
            # Italian numbers are written without the country code on local material.
            return f"https://wa.me/{number if self.digits.startswith('+') else '39' + number}"
        if self.channel == "telegram":
            return f"https://t.me/{self.value.lstrip('@')}"
        if self.channel == "website":
            return self.value
        return ""  # WeChat and Imo have no public web link: the ID is shown to copy


class HubContact(ContactChannel):
    page = ParentalKey("services.HubPage", related_name="contacts", on_delete=models.CASCADE)


class ServiceContact(ContactChannel):
    page = ParentalKey("services.ServicePage", related_name="contacts", on_delete=models.CASCADE)
