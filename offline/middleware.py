"""Which responses the service worker may keep on a resident's phone.

The worker keeps a copy only of responses marked `Sportello-Offline: save`. They are
anonymous GETs of public pages (and the card PDFs) that carry nothing of the reader's:
never a response someone signed in gets, never one marked private or not to be stored
(every form, the request and contact pages and what they answer, is `never_cache`),
never the admin, never search results (their query is the resident's own words), never
a URL with a query other than a card's size.
"""

from django.conf import settings

HEADER = "Sportello-Offline"
SAVABLE_TYPES = ("text/html", "application/pdf")
NEVER_PATHS = ("search/", "page-feedback/")
# The only query a kept page may have: a card's size. Any other (?feedback=thanks, a
# campaign tag, a filter) is someone's moment or a variant of a page already kept.
KEPT_QUERIES = {"size"}


def savable(request, response) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies:
        return False
    control = response.get("Cache-Control", "")
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    if not response.get("Content-Type", "").startswith(SAVABLE_TYPES):
        return False
    if set(request.GET) - KEPT_QUERIES:
        return False
    parts = request.path.split("/", 2)  # "", language, rest
    if len(parts) < 3 or parts[1] not in dict(settings.LANGUAGES):
        return False
    return not parts[2].startswith(NEVER_PATHS)


class OfflineMarker:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if savable(request, response):
            response[HEADER] = "save"
        return response
