from django import template
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page, Site

from core import bidi, generations
from core.i18n import direction, localized_root
from core.i18n import page_chrome as build_page_chrome
from core.languages import SOURCE_LANGUAGE

register = template.Library()


@register.simple_tag(takes_context=True)
def page_chrome(context):
    """`{% page_chrome as chrome %}`: switcher, alternates, canonical, notice."""
    page = context.get("page")
    return build_page_chrome(context["request"], page if isinstance(page, Page) else None)


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the visitor's language (or its alias): the one Wagtail's routing
    started from when a page is served (BasePage.route), else looked up."""
    request = context["request"]
    home = getattr(request, "localized_home", None)
    if home is not None:
        return home
    site = Site.find_for_request(request)
    if site is None:
        return None
    return localized_root(site)  # views that are not pages (search, forms)


@register.simple_tag(takes_context=True)
def menu_pages(context, home):
    if home is None:
        return []
    return generations.kept(
        f"menu:{home.pk}", lambda: list(home.get_children().live().in_menu().public())
    )


@register.filter
def localized(page):
    """The page in the visitor's language, or the page itself when it has none."""
    return page.localized if page is not None else None


@register.filter
def text_attrs(page):
    """` lang dir` for a listed page whose text is still the Italian source (an alias)."""
    if page is None or not getattr(page, "alias_of_id", None):
        return ""
    if translation.get_language() == SOURCE_LANGUAGE:
        return ""
    return format_html(' lang="{}" dir="{}"', SOURCE_LANGUAGE, direction(SOURCE_LANGUAGE))


@register.filter
def description(page) -> str:
    """What search engines show under a page's title: its search description, else its
    summary (services, hubs, news), at most 160 characters; "" for anything else."""
    text = getattr(page, "search_description", "") or getattr(page, "summary", "") or ""
    return text if len(text) <= 160 else text[:159].rstrip() + "…"


# Isolation of runs inside right-to-left text (core.bidi): `ltr` for times, phone
# numbers and codes, `bdi` for names and titles; the `_text` forms for plain text.
register.filter("ltr", bidi.ltr_html)
register.filter("bdi", bidi.auto_html)
register.filter("ltr_text", bidi.ltr_text)
register.filter("bdi_text", bidi.auto_text)
