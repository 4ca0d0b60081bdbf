from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.permissions import LocaleEditView, LocalePermissionPolicy
from services.models import Audience, Location, NeedCategory, Organisation, SpokenLanguage


def per_language(field, heading):
    """One panel holding the field in every supported language (modeltranslation)."""
    return MultiFieldPanel(
        [
            FieldPanel(f"{field}_{code.replace('-', '_')}")
            for code in settings.MODELTRANSLATION_LANGUAGES
        ],
        heading=heading,
        classname="collapsible",
    )


class NeedCategoryViewSet(SnippetViewSet):
    model = NeedCategory
    icon = "tag"
    list_display = ["name", "code", "icon", "sort_order"]
    panels = [
        FieldPanel("code"),
        FieldPanel("icon"),
        FieldPanel("sort_order"),
        per_language("name", _("Name")),
        per_language("description", _("Description")),
        per_language("synonyms", _("Search synonyms")),
    ]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "code", "sort_order"]
    panels = [
        FieldPanel("code"),
        FieldPanel("sort_order"),
        per_language("name", _("Name")),
        per_language("description", _("Description")),
    ]


class SpokenLanguageViewSet(SnippetViewSet):
    model = SpokenLanguage
    icon = "globe"
    list_display = ["name", "autonym", "code"]
    panels = [
        FieldPanel("code"),
        FieldPanel("autonym"),
        FieldPanel("sort_order"),
        per_language("name", _("Name")),
    ]


# Translators may edit an organisation's name only in their own languages.
register_permission_policy(Organisation, LocalePermissionPolicy(Organisation))


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    edit_view_class = LocaleEditView
    icon = "site"
    list_display = ["name", "website"]
    search_fields = ["name"]


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "home"
    list_display = ["name", "city", "address"]
    list_filter = ["city"]


class ServicesGroup(SnippetViewSetGroup):
    menu_label = _("Services data")
    menu_icon = "folder-open-inverse"
    items = (
        NeedCategoryViewSet,
        AudienceViewSet,
        SpokenLanguageViewSet,
        OrganisationViewSet,
        LocationViewSet,
    )


register_snippet(ServicesGroup)
