from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fields import optional_link
from core.i18n import localize_objects, localize_pages, localized_by_pk
from core.models import BasePage
from services.models import Organisation

PLANNED, ACTIVE, COMPLETED, UNDATED = "planned", "active", "completed", "undated"
STATUSES = [
    (PLANNED, _("Starting soon")),
    (ACTIVE, _("Running")),
    (COMPLETED, _("Completed")),
    (UNDATED, _("Dates to be confirmed")),
]
TEXT = ["bold", "italic", "link", "ol", "ul"]


def status_filter(status: str, today: date) -> Q:
    """The project status derived from its dates, as a database filter."""
    return {
        PLANNED: Q(start_date__gt=today),
        ACTIVE: Q(start_date__lte=today, end_date__gte=today),
        COMPLETED: Q(end_date__lt=today),
        UNDATED: Q(start_date__isnull=True) | Q(end_date__isnull=True, start_date__lte=today),
    }[status]


def status_for(start: date | None, end: date | None, today: date) -> str:
    if start and start > today:
        return PLANNED
    if start is None or end is None:
        return UNDATED
    return ACTIVE if end >= today else COMPLETED


class ProjectIndexPage(BasePage):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project index")
        verbose_name_plural = _("project indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = ProjectPage.objects.child_of(self).live().public()
        territories = sorted({t for t in projects.values_list("territory", flat=True) if t})
        status = request.GET.get("status", "")
        territory = request.GET.get("territory", "")
        if status in dict(STATUSES):
            projects = projects.filter(status_filter(status, timezone.localdate()))
        if territory:
            projects = projects.filter(territory=territory)
        context.update(
            projects=projects.order_by("-start_date", "title"),
            statuses=STATUSES,
            territories=territories,
            selected_status=status,
            selected_territory=territory,
        )
        return context


class ProjectPage(BasePage):
    summary = models.TextField(_("summary"), max_length=400)
    funding_programme = models.CharField(
        _("funding programme"), max_length=200, blank=True, help_text=_("e.g. FAMI 2014-2020")
    )
    funder = optional_link("services.Organisation", _("funder"))
    budget = models.DecimalField(
        _("budget in euros"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    budget_is_approximate = models.BooleanField(_("the budget is approximate"), default=False)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    duration_months = models.PositiveSmallIntegerField(
        _("duration in months"), null=True, blank=True, help_text=_("When the dates are unknown.")
    )
    lead = optional_link("services.Organisation", _("lead organisation"))
    partners = ParentalManyToManyField(
        "services.Organisation", blank=True, related_name="+", verbose_name=_("partners")
    )
    territory = models.CharField(
        _("territory"), max_length=100, blank=True, help_text=_("e.g. Prato, Alessandria")
    )
    objectives = RichTextField(_("objectives"), blank=True, features=TEXT)
    outcomes = RichTextField(_("outcomes"), blank=True, features=TEXT)
    related_services = ParentalManyToManyField(
        "services.ServicePage", blank=True, related_name="+", verbose_name=_("related services")
    )
    related_news = ParentalManyToManyField(
        "news.NewsPage", blank=True, related_name="+", verbose_name=_("related news")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("funding_programme"),
                FieldPanel("funder"),
                FieldRowPanel([FieldPanel("budget"), FieldPanel("budget_is_approximate")]),
            ],
            heading=_("Funding"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("duration_months"),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [FieldPanel("lead"), FieldPanel("partners"), FieldPanel("territory")],
            heading=_("Who and where"),
        ),
        FieldPanel("objectives"),
        FieldPanel("outcomes"),
        FieldPanel("related_services"),
        FieldPanel("related_news"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("objectives"),
        TranslatableField("outcomes"),
        SynchronizedField("funding_programme"),
        SynchronizedField("funder"),
        SynchronizedField("budget"),
        SynchronizedField("budget_is_approximate"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("duration_months"),
        SynchronizedField("lead"),
        SynchronizedField("partners"),
        SynchronizedField("territory"),
        SynchronizedField("related_services"),
        SynchronizedField("related_news"),
    ]
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    @property
    def status(self) -> str:
        return status_for(self.start_date, self.end_date, timezone.localdate())

    def get_status_display(self):
        return dict(STATUSES)[self.status]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A project must end after it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = localized_by_pk(Organisation, [self.funder_id, self.lead_id])
        context.update(
            funder=organisations.get(self.funder_id),
            lead_organisation=organisations.get(self.lead_id),
            partner_list=localize_objects(Organisation, self.partners.all()),
            services=localize_pages(self.related_services.filter(live=True)),
            news=localize_pages(self.related_news.filter(live=True)),
        )
        return context
