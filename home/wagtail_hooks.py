from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from home import admin_views, translation_status


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path(
            "reports/translation-status/",
            admin_views.translation_report,
            name="sportello_translation_report",
        )
    ]


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
            "home/admin/translation_panel.html",
            {"summary": translation_status.summary()},
        )


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel())
