from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and standard pages"

    def ready(self):
        from home.models import SiteOwner
        from ops import pagecache

        pagecache.watch(SiteOwner)
