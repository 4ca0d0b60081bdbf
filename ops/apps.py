from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "ops"
    verbose_name = "Site operations"

    def ready(self):
        from ops import checks, pagecache  # noqa: F401 (checks register themselves)

        pagecache.connect()
