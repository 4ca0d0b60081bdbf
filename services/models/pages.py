from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fields import optional_link
from core.memo import remember
from core.models import BasePage
from services import contexts, hours, page_actions
from services.access import AccessMode
from services.blocks import ServiceBodyBlock
from services.forms import ScheduleForm, ServicePageForm


class ScheduleMixin(models.Model):
    """Pages with weekly slots, closures and a holiday rule."""

    open_on_holidays = models.BooleanField(
        _("open on public holidays"),
        default=False,
        help_text=_("Italian public holidays are closed days unless this is ticked."),
    )

    class Meta:
        abstract = True

    hours_panels = [
        InlinePanel("slots", heading=_("Weekly opening hours"), label=_("Time slot")),
        InlinePanel("closures", heading=_("Closures"), label=_("Closure")),
        FieldPanel("open_on_holidays"),
    ]

    def own_schedule(self) -> hours.Schedule:
        return hours.Schedule(
            [slot.as_slot() for slot in self.slots.all()],
            [closure.as_closure() for closure in self.closures.all()],
            open_on_holidays=self.open_on_holidays,
            province=self.location.province if self.location else None,
        )


class CardRoutes(RoutablePageMixin):
    """The printable card of a hub or a service: `card/` and `card/pdf/`, answered by
    the cards app (services.page_actions)."""

    @path("card/", name="card")
    def card(self, request):
        return page_actions.respond("card", request, self)

    @path("card/pdf/", name="card_pdf")
    def card_pdf(self, request):
        return page_actions.respond("card_pdf", request, self)


class ServiceIndexPage(BasePage):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["services.HubPage", "services.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("service index")
        verbose_name_plural = _("service indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        hubs = HubPage.objects.child_of(self)
        services = ServicePage.objects.descendant_of(self)
        context.update(contexts.index_context(request, hubs, services))
        return context


class HubPage(CardRoutes, ScheduleMixin, BasePage):
    """A place such as .Meet that groups desks sharing an address and hours."""

    summary = models.TextField(_("summary"), max_length=400)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    opened_on = models.DateField(_("opened on"), null=True, blank=True)
    location = models.ForeignKey(
        "services.Location", on_delete=models.PROTECT, related_name="+", verbose_name=_("where")
    )
    partners = ParentalManyToManyField(
        "services.Organisation", blank=True, related_name="+", verbose_name=_("partner network")
    )

    base_form_class = ScheduleForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("opened_on"),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
    ]
    place_panels = [
        FieldPanel("location"),
        InlinePanel("contacts", heading=_("Contacts"), label=_("Contact")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(place_panels, heading=_("Place and contacts")),
            ObjectList(ScheduleMixin.hours_panels, heading=_("Hours")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("opened_on"),
        SynchronizedField("location"),
        SynchronizedField("partners"),
        SynchronizedField("contacts"),
        SynchronizedField("slots"),
        SynchronizedField("closures"),
        SynchronizedField("open_on_holidays"),
    ]
    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types = ["services.ServicePage"]

    class Meta:
        verbose_name = _("hub")
        verbose_name_plural = _("hubs")

    def schedule(self) -> hours.Schedule:
        return self.own_schedule()

    @path("contact/", name="contact")
    def contact(self, request):
        return page_actions.respond("hub_contact", request, self)

    @path("contact/sent/", name="contact_sent")
    def contact_sent(self, request):
        return page_actions.respond("sent", request, self)

    @path("poster/", name="poster")
    def poster(self, request):
        return page_actions.respond("poster", request, self)

    @path("poster/pdf/", name="poster_pdf")
    def poster_pdf(self, request):
        return page_actions.respond("poster_pdf", request, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(contexts.hub_context(self, request, ServicePage.objects.child_of(self)))
        return context


class ServicePage(CardRoutes, ScheduleMixin, BasePage):
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two plain sentences: what this service does and for whom."),
    )
    needs = ParentalManyToManyField(
        "services.NeedCategory", related_name="services", verbose_name=_("needs it answers")
    )
    main_needs = ParentalManyToManyField(
        "services.NeedCategory",
        blank=True,
        related_name="+",
        verbose_name=_("main needs"),
        help_text=_(
            "The needs this service is first of all the answer to: residents asking about "
            "them find it before services that only help with them too."
        ),
    )
    audiences = ParentalManyToManyField(
        "services.Audience", blank=True, related_name="services", verbose_name=_("audiences")
    )
    body = StreamField(ServiceBodyBlock(), blank=True, verbose_name=_("details"))
    achieved = RichTextField(
        _("what you get"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("What a resident has in hand at the end: an answer, a document, a place."),
    )
    conditions = RichTextField(
        _("conditions of service"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Rules a resident should know first: cost, privacy, who may not use it."),
    )
    access_mode = models.CharField(
        _("how to access it"), max_length=20, choices=AccessMode.choices, default=AccessMode.WALK_IN
    )
    help_languages = ParentalManyToManyField(
        "services.SpokenLanguage",
        blank=True,
        related_name="services",
        verbose_name=_("languages in which help is available"),
    )
    provider = optional_link("services.Organisation", _("provider"))
    location = optional_link(
        "services.Location", _("where"), help_text=_("Leave empty to use the hub's address.")
    )
    no_fixed_place = models.BooleanField(
        _("no fixed place"),
        default=False,
        help_text=_("A virtual desk or a street team: no address is shown."),
    )
    related_services = ParentalManyToManyField(
        "services.ServicePage", blank=True, verbose_name=_("related services")
    )
    uses_hub_hours = models.BooleanField(
        _("use the hub's hours"),
        default=True,
        help_text=_(
            "When this service has no weekly hours of its own, show the hub's. Untick for "
            "services with no regular hours, such as a street team."
        ),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("needs", [index.SearchField("name"), index.SearchField("synonyms")]),
        index.FilterField("locale"),
    ]
    base_form_class = ServicePageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("needs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("main_needs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and what it is for"),
        ),
        FieldPanel("body"),
        FieldPanel("achieved"),
        FieldPanel("conditions"),
        FieldPanel("related_services"),
    ]
    access_panels = [
        FieldPanel("access_mode"),
        FieldPanel("help_languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("provider"),
        FieldPanel("location"),
        FieldPanel("no_fixed_place"),
        InlinePanel("contacts", heading=_("Contacts"), label=_("Contact")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(access_panels, heading=_("Access and contacts")),
            ObjectList(
                [FieldPanel("uses_hub_hours"), *ScheduleMixin.hours_panels],
                heading=_("Hours"),
                help_text=_("Leave the weekly hours empty to use the hub's hours."),
            ),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("achieved"),
        TranslatableField("conditions"),
        SynchronizedField("needs"),
        SynchronizedField("main_needs"),
        SynchronizedField("audiences"),
        SynchronizedField("access_mode"),
        SynchronizedField("help_languages"),
        SynchronizedField("provider"),
        SynchronizedField("location"),
        SynchronizedField("no_fixed_place"),
        SynchronizedField("related_services"),
        SynchronizedField("contacts"),
        SynchronizedField("slots"),
        SynchronizedField("closures"),
        SynchronizedField("open_on_holidays"),
        SynchronizedField("uses_hub_hours"),
    ]
    parent_page_types = ["services.ServiceIndexPage", "services.HubPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    @property
    def takes_appointments(self) -> bool:
        return AccessMode.takes_appointments(self.access_mode)

    @path("request/", name="appointment_request")
    def appointment_request(self, request):
        return page_actions.respond("appointment", request, self)

    @path("request/sent/", name="appointment_sent")
    def appointment_sent(self, request):
        return page_actions.respond("sent", request, self)

    @property
    def hub(self):
        """The hub this desk belongs to (its parent) with its place, read in one query,
        once while a request reads."""
        return remember(
            ("hub", self.pk, self.path),
            lambda: (
                HubPage.objects.filter(path=self.path[: -self.steplen])
                .select_related("location")
                .first()
            ),
            reading_only=True,
        )

    @property
    def reachable_contacts(self) -> list:
        """Where residents call or write: the desk's own contacts, else its hub's."""

        def read():
            hub = self.hub
            return list(self.contacts.all()) or (list(hub.contacts.all()) if hub else [])

        return remember(("contacts", self.pk, self.path), read, reading_only=True)

    def share_facts(self, hub, contacts) -> None:
        """The hub and contacts this request already has (from the page's facts), for
        whatever else on the page asks for them."""
        remember(("hub", self.pk, self.path), lambda: hub, reading_only=True)
        remember(("contacts", self.pk, self.path), lambda: contacts, reading_only=True)

    def schedule(self, hub=None) -> hours.Schedule:
        return self.schedule_and_source(hub)[0]

    def schedule_and_source(self, hub=None) -> tuple[hours.Schedule, bool]:
        """Own weekly hours if any, else the hub's; the hub's closures always apply.

        Returns the schedule and whether its weekly hours are the hub's.
        """
        hub = hub if hub is not None else self.hub
        own_slots = list(self.slots.all())
        closures = [*self.closures.all(), *(hub.closures.all() if hub else [])]
        inherited = not own_slots and hub is not None and self.uses_hub_hours
        source = hub if inherited else self
        # Holidays follow the place: the desk's own address, else the hub's.
        location = self.place(hub) or (hub.location if hub else None)
        schedule = hours.Schedule(
            [slot.as_slot() for slot in (hub.slots.all() if inherited else own_slots)],
            [closure.as_closure() for closure in closures],
            open_on_holidays=source.open_on_holidays,
            province=location.province if location else None,
        )
        return schedule, inherited

    def place(self, hub=None):
        """Where residents go: the service's own address, else its hub's."""
        if self.no_fixed_place:
            return None
        hub = hub if hub is not None else self.hub
        return self.location or (hub.location if hub else None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(contexts.service_context(self, request))
        return context
