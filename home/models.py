from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from core import counters, generations
from core.blocks import BodyBlock
from core.fields import optional_link
from core.i18n import localized_by_pk
from core.models import BasePage
from home.sections import home_sections


class HomePage(BasePage):
    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        verbose_name=_("introduction"),
        help_text=_("A short welcome: who the hub is for and what it can help with."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "services.ServiceIndexPage",
        "services.GuideIndexPage",
        "news.NewsIndexPage",
        "projects.ProjectIndexPage",
        "activities.ActivityIndexPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self))
        return context


class StandardPage(BasePage):
    """A plain page: privacy notice, accessibility statement, legal notes, about."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class SiteOwner(BaseSiteSetting):
    """The public body that runs the site, as the AGID guidelines ask in the footer.

    Names and addresses are the same in every language, so they are site settings;
    the linked pages are shown in the visitor's language.
    """

    name = models.CharField(_("name of the public body"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    pec = models.EmailField(
        _("certified e-mail (PEC)"),
        blank=True,
        help_text=_("Certified e-mail (PEC) for official correspondence."),
    )
    vat_number = models.CharField(_("tax code or VAT number"), max_length=32, blank=True)
    privacy_page = optional_link("wagtailcore.Page", _("privacy notice"))
    accessibility_page = optional_link("wagtailcore.Page", _("accessibility statement"))
    legal_page = optional_link("wagtailcore.Page", _("legal notes"))

    @cached_property
    def legal_pages(self) -> dict[str, Page]:
        """{"privacy"|"accessibility"|"legal": the page in the reader's language (or as
        chosen when that language has none)}, in one query for the three."""
        chosen = {
            "privacy": self.privacy_page_id,
            "accessibility": self.accessibility_page_id,
            "legal": self.legal_page_id,
        }

        def read():
            readers = localized_by_pk(Page, chosen.values())
            return {kind: readers[pk] for kind, pk in chosen.items() if pk in readers}

        return generations.kept(f"legal:{self.pk}", read)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("address"), FieldPanel("vat_number")],
            heading=_("Public body"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("pec")],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("privacy_page"),
                PageChooserPanel("accessibility_page"),
                PageChooserPanel("legal_page"),
            ],
            heading=_("Footer pages"),
        ),
    ]

    class Meta:
        verbose_name = _("site owner and footer")
        verbose_name_plural = verbose_name  # one per site


FEEDBACK_REASONS = [
    ("unclear", _("The instructions were not clear")),
    ("incomplete", _("Some information was missing")),
    ("language", _("The translation was hard to understand")),
    ("wrong", _("Some information was wrong or out of date")),
    ("technical", _("I had a technical problem")),
    ("other", _("Something else")),
]


def month_of(day):
    return day.replace(day=1)


class PageFeedback(models.Model):
    """How many readers answered "Was this page clear?" one way, per page, language,
    month, answer and reason. Counters, not one row per post: the table grows with
    pages and months, never with traffic. No personal data: no address, user or time."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)
    clear = models.BooleanField()
    reason = models.CharField(max_length=20, choices=FEEDBACK_REASONS, blank=True)
    month = models.DateField()  # the first day of the month
    count = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["language", "page"])]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language", "month", "clear", "reason"],
                name="one_feedback_counter",
            )
        ]
        verbose_name = _("page rating")
        verbose_name_plural = _("page ratings")

    @classmethod
    def add(cls, page, language: str, clear: bool, reason: str = "") -> None:
        """Count one answer."""
        key = {
            "page": page,
            "language": language,
            "clear": clear,
            "reason": "" if clear else reason,
            "month": month_of(timezone.localdate()),
        }
        counters.add(cls, key)
