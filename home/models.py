from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.fields import optional_link
from home.forms import SportelloPageForm


class BasePage(Page):
    """What every Sportello page shares: which fields translators translate.

    The slug is synchronised, so one Italian slug serves every locale: URLs map
    between languages and stay readable (no percent-encoded Arabic or Chinese).
    """

    last_reviewed = models.DateField(
        _("content last reviewed"),
        null=True,
        blank=True,
        help_text=_("The day someone last checked that this page is still true."),
    )
    content_changed_at = models.DateTimeField(
        _("content last changed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Set when an edit that is not minor is saved: translations older than "
            "this are out of date."
        ),
    )
    example_content = models.BooleanField(
        _("example content"),
        default=False,
        help_text=_("Written for the demo: the hub must review it before real use."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("example_content"), FieldPanel("minor_edit")],
            heading=_("Review"),
        ),
    ]
    base_form_class = SportelloPageForm
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        SynchronizedField("show_in_menus"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("example_content"),
    ]

    class Meta:
        abstract = True

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        # A translation saved as a draft while the page still mirrored its source (an
        # alias, home.localize_patches): publishing that revision makes it a page of
        # its own. The source's content, copied into an alias, keeps the link.
        if self.alias_of_id and content.get("pk") == self.pk and content.get("alias_of") is None:
            obj.alias_of_id = None
        return obj


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
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from home.sections import home_sections

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


class PageFeedback(models.Model):
    """One answer to "Was this page clear?". No personal data: no IP, no user, no time
    of day, only the page, the language it was read in, the answer and the day."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)
    clear = models.BooleanField()
    reason = models.CharField(max_length=20, choices=FEEDBACK_REASONS, blank=True)
    day = models.DateField(default=timezone.localdate)

    class Meta:
        indexes = [models.Index(fields=["language", "page"])]
        verbose_name = _("page rating")
        verbose_name_plural = _("page ratings")
