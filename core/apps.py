from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Sportello kernel"

    def ready(self):
        from core import patches
        from core.locales import ensure_locales_after_migrate

        post_migrate.connect(ensure_locales_after_migrate, sender=self)
        patches.apply()
