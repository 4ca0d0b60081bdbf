from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search import admin_views


@hooks.register("register_admin_urls")
def search_report_urls():
    return [
        path("reports/search-queries/", admin_views.search_report, name="sportello_search_report"),
        path(
            "reports/search-queries/hide/",
            admin_views.hide_query,
            name="sportello_search_report_hide",
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return ReportMenuItem(
        _("Search queries"), reverse("sportello_search_report"), icon_name="search"
    )
