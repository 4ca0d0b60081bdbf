from django.apps import AppConfig


class LocalisationConfig(AppConfig):
    name = "localisation"
    verbose_name = "Translation workflow"

    def ready(self):
        from localisation import facts

        facts.connect()
