from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ops import twofactor


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", twofactor.manage, name="two_factor"),
        path("two-factor/verify/", twofactor.verify, name="two_factor_verify"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("two_factor"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Ask for a code from your phone after the password."),
    }
