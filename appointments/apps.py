from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppointmentsConfig(AppConfig):
    name = "appointments"
    verbose_name = _("Appointment requests")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from appointments import views
        from services import page_actions

        page_actions.register("appointment", views.appointment)
        page_actions.register("hub_contact", views.hub_contact)
        page_actions.register("sent", views.sent)
