"""Activities and events: workshops, language clubs, training days, meetings.

An activity is a page (translated like every page) under the activity index of its
language. Its dates, times, repetition, changed dates, place, audience and links are
facts: `SynchronizedField`s, one truth in every language (localisation.facts). The
title, summary, body and cost note are translated.
"""

import uuid
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from activities import occurrences, views
from activities.choices import ChangeKind, ChangeReason, Registration, Repeat
from activities.forms import ActivityPageForm
from core import dates
from core.blocks import BodyBlock
from core.fields import optional_link
from core.models import BasePage
from services.hours import holiday_name

# Dates editors may enter: the archive's past and a plausible future (date arithmetic
# on a year-9999 date would fail every page that lists it).
EARLIEST, LATEST = date(1990, 1, 1), date(2099, 12, 31)


class ActivityIndexPage(RoutablePageMixin, BasePage):
    """What is on, in one language: today, this week, later; the archive; calendars."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["activities.ActivityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("activity index")
        verbose_name_plural = _("activity indexes")

    def activities(self, *, with_topics=True):
        """The live activities under this index, with what their dates and places need
        (and their audiences and needs, for the listing's filters)."""
        found = (
            ActivityPage.objects.child_of(self)
            .live()
            .public()
            .select_related("location", "hub__location")
            .prefetch_related("changes")
        )
        return found.prefetch_related("audiences", "needs") if with_topics else found

    @path("")
    def listing(self, request):
        return views.listing(request, self)

    @path("archive/", name="archive")
    def archive(self, request):
        return views.archive(request, self)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return views.index_calendar(request, self)

    @path("calendar/<slug:hub>/", name="hub_calendar")
    def hub_calendar(self, request, hub):
        return views.index_calendar(request, self, hub_slug=hub)


class ActivityPage(RoutablePageMixin, BasePage):
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two plain sentences: what happens and who it is for."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("details"))
    starts_on = models.DateField(_("date"), help_text=_("The first date, when it repeats."))
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    ends_on = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_("Only when one occurrence lasts several days."),
    )
    repeat = models.CharField(
        _("repeats"), max_length=20, choices=Repeat.choices, default=Repeat.NEVER
    )
    repeat_interval = models.PositiveSmallIntegerField(
        _("every how many weeks or months"), default=1
    )
    repeat_until = models.DateField(_("repeats until"), null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField(
        _("number of times"),
        null=True,
        blank=True,
        help_text=_("Either a last date or a number of times; empty for both: no end."),
    )
    hub = optional_link("services.HubPage", _("hub"), help_text=_("The hub that runs it."))
    project = optional_link(
        "projects.ProjectPage", _("project"), help_text=_("The project it belongs to.")
    )
    location = optional_link(
        "services.Location",
        _("where"),
        help_text=_("Leave empty to meet at the hub's address."),
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("The video call, for activities held online.")
    )
    audiences = ParentalManyToManyField(
        "services.Audience", blank=True, related_name="+", verbose_name=_("for whom")
    )
    needs = ParentalManyToManyField(
        "services.NeedCategory", blank=True, related_name="+", verbose_name=_("needs it helps with")
    )
    languages = ParentalManyToManyField(
        "services.SpokenLanguage", blank=True, related_name="+", verbose_name=_("languages spoken")
    )
    price = models.DecimalField(
        _("cost in euros"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leave empty when it is free."),
    )
    cost_note = models.CharField(
        _("about the cost"), max_length=200, blank=True, help_text=_("e.g. materials included")
    )
    registration = models.CharField(
        _("registration"), max_length=20, choices=Registration.choices, default=Registration.NONE
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    related_services = ParentalManyToManyField(
        "services.ServicePage", blank=True, related_name="+", verbose_name=_("related services")
    )

    base_form_class = ActivityPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("hub"),
                FieldPanel("project"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("needs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who runs it and who it is for"),
        ),
        FieldPanel("related_services"),
    ]
    when_panels = [
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldRowPanel(
                    [
                        FieldPanel("repeat_interval"),
                        FieldPanel("repeat_until"),
                        FieldPanel("repeat_count"),
                    ]
                ),
            ],
            heading=_("Repetition"),
        ),
        InlinePanel("changes", heading=_("Dates cancelled or moved"), label=_("Changed date")),
    ]
    place_panels = [
        FieldPanel("location"),
        FieldPanel("online_url"),
        MultiFieldPanel(
            [FieldPanel("price"), FieldPanel("cost_note")],
            heading=_("Cost"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration"), FieldPanel("registration_url")],
            heading=_("Registration"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(
                when_panels,
                heading=_("When"),
                help_text=_("Dates and times are in the site's time zone (Europe/Rome)."),
            ),
            ObjectList(place_panels, heading=_("Place, cost and registration")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("cost_note"),
        SynchronizedField("starts_on"),
        SynchronizedField("start_time"),
        SynchronizedField("end_time"),
        SynchronizedField("ends_on"),
        SynchronizedField("repeat"),
        SynchronizedField("repeat_interval"),
        SynchronizedField("repeat_until"),
        SynchronizedField("repeat_count"),
        SynchronizedField("changes"),
        SynchronizedField("hub"),
        SynchronizedField("project"),
        SynchronizedField("location"),
        SynchronizedField("online_url"),
        SynchronizedField("audiences"),
        SynchronizedField("needs"),
        SynchronizedField("languages"),
        SynchronizedField("price"),
        SynchronizedField("registration"),
        SynchronizedField("registration_url"),
        SynchronizedField("related_services"),
    ]
    parent_page_types = ["activities.ActivityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    # What the dates are: pure values for activities.occurrences.

    def rule(self) -> occurrences.Rule:
        fields = {name: getattr(self, name) for name in occurrences.Rule.FIELDS}
        return occurrences.Rule.from_fields(fields, dates.site_zone())

    def date_changes(self) -> list[occurrences.Change]:
        return [change.as_change() for change in self.changes.all()]

    def place(self):
        """The Location residents go to: the activity's own, else its hub's."""
        if self.location_id:
            return self.location
        return self.hub.location if self.hub_id and self.hub else None

    @property
    def online_only(self) -> bool:
        return bool(self.online_url) and self.place() is None

    def holiday(self, day):
        place = self.place()
        return holiday_name(day, place.province if place else None)

    def occurrences(self, first=None, last=None) -> list[occurrences.Occurrence]:
        return occurrences.expand(
            self.rule(), self.date_changes(), first, last, holiday=self.holiday
        )

    @classmethod
    def joined_through(cls, hub, key):
        """The live activity (translation key `key`) that residents ask to join through
        `hub`'s contact form, in the reader's language where translated; else None."""
        try:
            key = uuid.UUID(str(key))
        except ValueError:
            return None
        found = cls.objects.live().filter(
            translation_key=key,
            registration=Registration.CONTACT,
            hub__translation_key=hub.translation_key,
        )
        pages = list(found.select_related("locale"))
        active = translation.get_language()
        return next((p for p in pages if p.locale.language_code == active), None) or next(
            (p for p in pages if p.alias_of_id is None), None
        )

    @property
    def is_free(self) -> bool:
        return not self.price

    def clean(self):
        super().clean()
        errors = {}
        for name in ("starts_on", "ends_on", "repeat_until"):
            value = getattr(self, name)
            if value and not (EARLIEST <= value <= LATEST):
                errors[name] = _("Enter a date between 1990 and 2099.")
        if errors:
            raise ValidationError(errors)
        same_day = not self.ends_on or self.ends_on == self.starts_on
        if self.start_time and self.end_time and same_day and self.end_time <= self.start_time:
            errors["end_time"] = _("An activity must end after it starts.")
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The last day cannot be before the first.")
        if self.repeat == Repeat.NEVER and (self.repeat_until or self.repeat_count):
            errors["repeat"] = _(
                "Choose how it repeats, or leave the last date and the number of times empty."
            )
        if self.repeat_until and self.repeat_count:
            errors["repeat_count"] = _("Give a last date or a number of times, not both.")
        if self.repeat_until and self.starts_on and self.repeat_until < self.starts_on:
            errors["repeat_until"] = _("The repetition cannot end before the first date.")
        if not self.repeat_interval or self.repeat_interval < 1:
            errors["repeat_interval"] = _("Enter 1 for every week or month, 2 for every other.")
        if not (self.hub_id or self.project_id):
            errors["hub"] = _("Choose the hub that runs it, or the project it belongs to.")
        if not (self.location_id or self.hub_id or self.online_url):
            errors["location"] = _("Say where it takes place: an address, a hub or an online link.")
        if self.registration == Registration.CONTACT and not self.hub_id:
            errors["registration"] = _(
                "Registration through the contact form needs the hub that runs it."
            )
        if self.registration == Registration.LINK and not self.registration_url:
            errors["registration_url"] = _("Give the link where people register.")
        if errors:
            raise ValidationError(errors)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return views.activity_calendar(request, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.activity_context(request, self))
        return context


class ActivityChange(Orderable):
    """One planned date cancelled or moved. Structural, like the hubs' closures: the
    reason is chosen from a list, so every language shows it without a translator."""

    page = ParentalKey(ActivityPage, related_name="changes", on_delete=models.CASCADE)
    planned_on = models.DateField(_("planned date"))
    kind = models.CharField(
        _("change"), max_length=20, choices=ChangeKind.choices, default=ChangeKind.CANCELLED
    )
    reason = models.CharField(
        _("reason"), max_length=20, choices=ChangeReason.choices, default=ChangeReason.OTHER
    )
    new_date = models.DateField(_("new date"), null=True, blank=True)
    new_start_time = models.TimeField(_("new start time"), null=True, blank=True)
    new_end_time = models.TimeField(_("new end time"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("planned_on"), FieldPanel("kind")]),
        FieldPanel("reason"),
        FieldPanel(
            "new_date", help_text=_("For a moved date: the new day, or new times, or both.")
        ),
        FieldRowPanel([FieldPanel("new_start_time"), FieldPanel("new_end_time")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("changed date")
        verbose_name_plural = _("changed dates")

    def clean(self):
        if self.kind == ChangeKind.MOVED and not (
            self.new_date or self.new_start_time or self.new_end_time
        ):
            raise ValidationError(
                {"new_date": _("Give the new date or the new times.")}, code="move_nowhere"
            )
        if self.kind == ChangeKind.CANCELLED and (
            self.new_date or self.new_start_time or self.new_end_time
        ):
            raise ValidationError(
                {"kind": _("A cancelled date has no new date: choose “Moved”.")},
                code="cancel_moved",
            )

    def as_change(self) -> occurrences.Change:
        return occurrences.Change(
            planned=self.planned_on,
            kind=self.kind,
            reason=self.get_reason_display(),
            new_day=self.new_date,
            new_start=self.new_start_time,
            new_end=self.new_end_time,
        )


def hub_section(hub, request):
    """The next activities at a hub, for its page (services.page_sections)."""
    index = ActivityIndexPage.objects.live().filter(locale_id=hub.locale_id).first()
    if index is None:
        return None
    return views.hub_section(request, index, hub)
