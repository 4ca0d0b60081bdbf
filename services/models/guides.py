from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage
from services import page_sections
from services.blocks import GuideStepBlock, QuestionBlock


class GuideIndexPage(BasePage):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["services.GuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide index")
        verbose_name_plural = _("guide indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = GuidePage.objects.child_of(self).live().public().specific()
        return context


class GuidePage(BasePage):
    """Step-by-step guidance on something a resident faces, in plain language."""

    summary = models.TextField(_("summary"), max_length=400)
    needs = ParentalManyToManyField(
        "services.NeedCategory", blank=True, related_name="guides", verbose_name=_("needs")
    )
    steps = StreamField([("step", GuideStepBlock())], verbose_name=_("steps"))
    questions = StreamField(
        [("question", QuestionBlock())],
        blank=True,
        verbose_name=_("questions and answers"),
    )
    notes = StreamField(
        [("paragraph", blocks.RichTextBlock(features=["bold", "italic", "link", "ul"]))],
        blank=True,
        verbose_name=_("further notes"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("needs"),
        FieldPanel("steps"),
        FieldPanel("questions"),
        FieldPanel("notes"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        SynchronizedField("needs"),
        TranslatableField("steps"),
        TranslatableField("questions"),
        TranslatableField("notes"),
    ]
    parent_page_types = ["services.GuideIndexPage"]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["notices"] = page_sections.sections("notice", self, request)
        return context

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
