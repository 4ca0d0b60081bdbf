"""The kernel's one model: the abstract page every Sportello page type builds on."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.forms import SportelloPageForm


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
        # alias, core.patches.localize_drafts): publishing that revision makes it a page of
        # its own. The source's content, copied into an alias, keeps the link.
        if self.alias_of_id and content.get("pk") == self.pk and content.get("alias_of") is None:
            obj.alias_of_id = None
        return obj
