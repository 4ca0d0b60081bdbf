from django import template
from wagtail.models import Page, Site

from home.i18n import page_chrome as build_page_chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def page_chrome(context):
    """`{% page_chrome as chrome %}`: switcher, alternates, canonical, notice."""
    page = context.get("page")
    return build_page_chrome(context["request"], page if isinstance(page, Page) else None)


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the visitor's language (or its alias)."""
    request = context["request"]
    site = Site.find_for_request(request)
    return site.root_page.localized if site else None


@register.simple_tag(takes_context=True)
def menu_pages(context, home):
    if home is None:
        return []
    return home.get_children().live().in_menu().public()


@register.filter
def localized(page):
    """The page in the visitor's language, or the page itself when it has none."""
    return page.localized if page is not None else None
