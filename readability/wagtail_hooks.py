from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from readability import machine, views


@hooks.register("register_admin_urls", order=-100)
def readability_urls():
    return [
        path(
            "readability/<int:page_id>/", views.page_readability, name="sportello_readability_page"
        ),
        path(
            "reports/hardest-pages/",
            views.hardest_pages_report,
            name="sportello_readability_report",
        ),
        # In front of wagtail-localize's view of the same path (readability.machine).
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine.machine_translate,
            name="sportello_readability_machine_translate",
        ),
    ]


def readability_button(page, user, priority):
    if page.permissions_for_user(user).can_edit():
        yield Button(
            _("Readability"),
            reverse("sportello_readability_page", args=[page.pk]),
            icon_name="glasses",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def page_header_readability_button(page, user, view_name, next_url=None):
    """In the page editor's header (every language): the draft's readability."""
    yield from readability_button(page, user, priority=66)


@hooks.register("register_page_listing_more_buttons")
def page_listing_readability_button(page, user, next_url=None):
    """In the page explorer, for the pages of each language."""
    yield from readability_button(page, user, priority=55)


@hooks.register("register_reports_menu_item")
def hardest_pages_menu_item():
    return MenuItem(
        _("Hardest pages"), reverse("sportello_readability_report"), icon_name="glasses"
    )
