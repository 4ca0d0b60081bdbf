from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "sportello_search"
    verbose_name = "Search"

    def ready(self):
        from search import sync

        sync.connect()
