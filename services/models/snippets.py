from urllib.parse import quote, urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Organisation(TranslatableMixin, models.Model):
    """A partner, funder or provider. Translatable: its description is read by residents."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("website")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Location(models.Model):
    """A place residents go to. Addresses read the same in every language."""

    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100)
    province = models.CharField(
        _("province"),
        max_length=2,
        blank=True,
        help_text=_("Two-letter code (CN, PO, AL, AT): adds the local patron saint's holiday."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Degrees north, e.g. 44.389. Directions lead to this point when known."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Degrees east, e.g. 7.548."),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city"), FieldPanel("province")]),
            ],
            heading=_("Address"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Map")),
    ]

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["city", "name"]

    def __str__(self):
        return f"{self.name}, {self.city}"

    def clean(self):
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            errors[missing] = _("Give both the latitude and the longitude, or neither.")
        if self.latitude is not None and not -90 <= self.latitude <= 90:
            errors["latitude"] = _("A latitude is between -90 and 90 degrees.")
        if self.longitude is not None and not -180 <= self.longitude <= 180:
            errors["longitude"] = _("A longitude is between -180 and 180 degrees.")
        if errors:
            raise ValidationError(errors)

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def one_line(self) -> str:
        place = " ".join(part for part in (self.postcode, self.city) if part)
        return ", ".join(part for part in (self.address, place) if part)

    @property
    def map_url(self) -> str:
        """OpenStreetMap: the exact point when known, else a search for the address."""
        if self.has_point:
            return (
                f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
                f"#map=18/{self.latitude}/{self.longitude}"
            )
        return "https://www.openstreetmap.org/search?" + urlencode({"query": self.one_line})

    @property
    def directions_url(self) -> str:
        """Directions on OpenStreetMap to the point when known, else to the address; the
        resident's phone fills in where they are."""
        if self.has_point:
            target = f"{self.latitude},{self.longitude}"
            return (
                "https://www.openstreetmap.org/directions?"
                + urlencode({"to": target})
                + f"#map=17/{self.latitude}/{self.longitude}"
            )
        return "https://www.openstreetmap.org/directions?" + urlencode({"to": self.one_line})

    @property
    def geo_uri(self) -> str:
        """A geo: URI (RFC 5870) that opens the phone's own map app. Without a point,
        Android's `geo:0,0?q=<address>` form searches for the address."""
        label = quote(self.name, safe="")
        if self.has_point:
            point = f"{self.latitude},{self.longitude}"
            return f"geo:{point}?q={point}({label})"
        return "geo:0,0?q=" + quote(self.one_line or self.city, safe="")
