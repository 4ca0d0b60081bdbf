from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site chrome"

    def ready(self):
        from home import facts, localize_patches, pagecache
        from home.locales import ensure_locales_after_migrate

        post_migrate.connect(ensure_locales_after_migrate, sender=self)
        pagecache.connect()
        localize_patches.apply()
        facts.connect()
