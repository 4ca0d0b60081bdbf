"""The service worker, the web app manifest and the offline page."""

import hashlib
import json

from django.http import JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.languages import RTL_LANGUAGES

# What every saved page needs to be read: fetched once when the worker installs.
SHELL = ("css/main.css", "js/sportello.js", "icons/favicon.svg", "icons/sprite.svg")


@require_GET
@cache_control(no_cache=True)  # browsers check for a new worker on every visit
def service_worker(request):
    shell = [static(name) for name in SHELL]
    version = hashlib.sha256(json.dumps(shell).encode()).hexdigest()[:12]
    response = render(
        request,
        "offline/sw.js",
        {"shell": json.dumps(shell), "version": version},
        content_type="text/javascript; charset=utf-8",
    )
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def manifest(request):
    language = translation.get_language()
    data = {
        "name": "Sportello",
        "short_name": "Sportello",
        "description": _("Public services that help people who have moved here, in your language."),
        "lang": language,
        "dir": "rtl" if language in RTL_LANGUAGES else "ltr",
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5394",
        "icons": [{"src": static("icons/favicon.svg"), "sizes": "any", "type": "image/svg+xml"}],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response


@require_GET
def offline_page(request):
    return render(
        request, "offline/offline.html", {"home_url": reverse("wagtail_serve", args=[""])}
    )
