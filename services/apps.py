from django.apps import AppConfig


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = "Services"

    def ready(self):
        from ops import pagecache
        from services.models import Audience, Location, NeedCategory, Organisation, SpokenLanguage

        pagecache.watch(Organisation, Location, NeedCategory, Audience, SpokenLanguage)
