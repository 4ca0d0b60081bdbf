from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail_localize.views import edit_translation

from core.languages import SOURCE_LANGUAGE
from localisation import admin_views, review
from localisation import status as translation_status


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path(
            "reports/translation-status/",
            admin_views.translation_report,
            name="sportello_translation_report",
        ),
        path(
            "translations/<int:page_id>/submit/",
            review.submit_translation,
            name="sportello_submit_translation",
        ),
        path(
            "translations/<int:page_id>/refresh/",
            review.refresh_translation,
            name="sportello_refresh_translation",
        ),
    ]


@hooks.register("register_page_listing_more_buttons")
def submit_translation_button(page, user, next_url=None):
    """In the page explorer: translators send a translation to the review workflow."""
    if page.locale.language_code != SOURCE_LANGUAGE and review.can_submit(page, user):
        if review.page_translation(page) is not None:
            yield Button(
                _("Submit for review"), review.submit_url(page), icon_name="resubmit", priority=5
            )


@hooks.register("before_edit_page", order=-10)
def edit_a_started_translation(request, page):
    """An alias whose translation has been started opens in the translation editor.

    It stays an alias (residents read the source with the "not translated yet" notice)
    until its translation is approved; wagtail-localize would otherwise offer only
    "Translate this page" again.
    """
    if page.alias_of_id is None:
        return None
    translation = review.page_translation(page)
    if translation is None:
        return None
    return edit_translation.edit_translation(request, translation, page.specific)


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        _("Translation status"), reverse("sportello_translation_report"), icon_name="globe"
    )


class TranslationStatusPanel(Component):
    name = "translation_status"
    order = 110

    def render_html(self, parent_context=None):
        return render_to_string(
            "localisation/admin/translation_panel.html",
            {"summary": translation_status.summary()},
        )


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel())
