from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.permission_policies.pages import PagePermissionPolicy

from review import admin_views, records


@hooks.register("register_admin_urls")
def review_urls():
    return [
        path("review/<int:page_id>/", admin_views.review_page, name="review_page"),
        path("reports/review/", admin_views.stale_report, name="review_report"),
    ]


def _review_button(page, user):
    if records.is_reviewed(page) and page.permissions_for_user(user).can_edit():
        return Button(
            _("Review date"), reverse("review_page", args=[page.pk]), icon_name="date", priority=40
        )
    return None


@hooks.register("register_page_header_buttons")
def review_header_button(page, user, view_name=None, next_url=None):
    button = _review_button(page, user)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def review_listing_button(page, user, next_url=None):
    button = _review_button(page, user)
    if button:
        yield button


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, ["change", "publish"])


@hooks.register("register_reports_menu_item")
def review_menu_item():
    return ReportMenuItem(_("Pages to review"), reverse("review_report"), icon_name="date")


@hooks.register("construct_homepage_panels")
def add_due_panel(request, panels):
    panels.append(admin_views.DuePanel(request))
