from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CardsConfig(AppConfig):
    name = "cards"
    verbose_name = _("Printable cards")

    def ready(self):
        from cards import views
        from services import page_actions

        page_actions.register("card", views.card)
        page_actions.register("card_pdf", views.card_pdf)
        page_actions.register("poster", views.poster)
        page_actions.register("poster_pdf", views.poster_pdf)
