from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadabilityConfig(AppConfig):
    name = "readability"
    verbose_name = _("Readability")
