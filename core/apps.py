from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Sportello kernel"

    def ready(self):
        from core import patches
        from core.i18n import on_version_saved
        from core.locales import ensure_locales_after_migrate

        post_migrate.connect(ensure_locales_after_migrate, sender=self)
        # Any model: Django sends post_save with the concrete page class as sender.
        post_save.connect(on_version_saved, dispatch_uid="core_versions_saved")
        patches.apply()
