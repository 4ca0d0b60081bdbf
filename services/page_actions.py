"""Views that other apps attach to service and hub pages, without services importing them.

The routes (`request/`, `contact/` and their `sent/` pages) belong to the pages, so each
has its own URL in every language; the views that answer them are registered here by
the app that owns them (appointments, in its AppConfig.ready). A route whose view is
not registered answers 404.
"""

from django.http import Http404

_views = {}


def register(name: str, view) -> None:
    """`view(request, page)` answers the route called `name`."""
    _views[name] = view


def respond(name: str, request, page):
    view = _views.get(name)
    if view is None:
        raise Http404(name)
    return view(request, page)
