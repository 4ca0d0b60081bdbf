from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from appointments import admin_views
from appointments.models import AppointmentRequest

STATS_PERMISSION = admin_views.STATS_PERMISSION


register_permission_policy(
    AppointmentRequest, admin_views.RequestPermissionPolicy(AppointmentRequest)
)


@hooks.register("register_admin_viewset")
def register_requests():
    return admin_views.RequestViewSet()


@hooks.register("register_admin_urls")
def stats_urls():
    return [path("reports/requests/", admin_views.stats_view, name="appointments_stats")]


class StatsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(STATS_PERMISSION)


@hooks.register("register_reports_menu_item")
def stats_menu_item():
    return StatsMenuItem(_("Requests"), reverse("appointments_stats"), icon_name="mail")


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        admin_views.VIEW_PERSONAL_DATA, _("View personal data"), _("Personal data viewed")
    )
    actions.register_action(
        admin_views.EXPORT_PERSONAL_DATA,
        _("Export personal data"),
        _("Personal data exported to CSV"),
    )
    actions.register_action(admin_views.REQUEST_EDITED)(admin_views.EditedFormatter)
