from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    name = "activities"
    verbose_name = _("Activities")

    def ready(self):
        from activities.models import hub_section
        from services import page_sections

        # A hub's page lists its next activities; services does not import this app.
        page_sections.register("hub", hub_section)
