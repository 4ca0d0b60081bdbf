from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import HeadingBlock

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=160)
    text = blocks.RichTextBlock(label=_("What happens"), features=TEXT_FEATURES, required=False)

    class Meta:
        icon = "list-ol"


class ServiceBodyBlock(blocks.StreamBlock):
    """What a resident needs to know about a service, section by section: each section
    renders under a heading in the interface language (its Meta template)."""

    what_you_can_do = blocks.RichTextBlock(
        label=_("What you can do here"),
        features=TEXT_FEATURES,
        icon="tick",
        template="services/blocks/what_you_can_do.html",
    )
    steps = blocks.ListBlock(
        StepBlock(), label=_("Steps"), icon="list-ol", template="services/blocks/steps.html"
    )
    documents = blocks.ListBlock(
        blocks.CharBlock(label=_("Document")),
        label=_("Documents to bring"),
        icon="doc-full",
        template="services/blocks/documents.html",
    )
    cost = blocks.TextBlock(label=_("Cost"), icon="tag", template="services/blocks/cost.html")
    eligibility = blocks.RichTextBlock(
        label=_("Who can use it"),
        features=TEXT_FEATURES,
        icon="group",
        template="services/blocks/eligibility.html",
    )
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=TEXT_FEATURES, template="services/blocks/paragraph.html"
    )


class GuideStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=160)
    text = blocks.RichTextBlock(label=_("What to do"), features=TEXT_FEATURES)
    prepare = blocks.ListBlock(
        blocks.CharBlock(label=_("Item")), label=_("What to prepare"), default=[]
    )
    where = blocks.CharBlock(label=_("Where this step happens"), required=False, max_length=200)
    services = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="services.ServicePage"),
        label=_("Services that help with this step"),
        default=[],
    )

    class Meta:
        icon = "list-ol"
        template = "services/blocks/guide_step.html"


class QuestionBlock(blocks.StructBlock):
    """A question and its answer, validated by the competent office (as MediAL does)."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Answer"), features=TEXT_FEATURES)
    validated_by = blocks.CharBlock(
        label=_("Validated by"), max_length=200, help_text=_("The competent office.")
    )
    validated_on = blocks.DateBlock(label=_("Validated on"))

    class Meta:
        icon = "help"
        template = "services/blocks/question.html"
