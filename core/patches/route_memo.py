"""Upstream gap (Wagtail 8.0): every page request finds its page from the start: the
site's home page in the reader's language (two queries: the translation, then its
specific row), the path below it (BasePage.route, one query) and the page's own row.
Sampled in a served request, routing was about a quarter of an uncached service page.

Which page a path leads to changes only when a page is published, unpublished, moved
or deleted, and each of those moves the content generation of the languages concerned
(ops.pagecache). So, while reading (GET and HEAD), the answer is kept under the
generations (core.generations): the page's id and type, its url_path and how much of
the path it took. A request that finds it reads the page's own row, fresh, and uses
it only if the page is still live at the same url_path; otherwise, and whenever
nothing is kept, Wagtail routes as before. The rest of the path (a routable page's own
URLs) is still resolved by the page itself, and who may see the page is still checked
when it is served (view restrictions), so neither is kept. Paths that lead nowhere are
not kept. With PAGE_FACTS_SECONDS=0 Wagtail's routing runs every time.
tests/core/test_routing.py shows a page unpublished or renamed through another worker
(no generation moved here) is never served from what is kept.

Delete this module when Wagtail keeps its routes itself (bench/queries.py shows the
home page's translation and the path queries back on every page).
"""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page, Site

from core import generations
from core.i18n import localized_root
from core.models import with_reader_locale

_original = Page.route_for_request


def _kept_route(request, components):
    """What routing found for this path, or None: (page id, content type id, url_path,
    path components the page took, the localized home's id)."""
    result = _original(request, "/".join(components))
    home = getattr(request, "localized_home", None)
    if result is None or home is None:
        return None
    page = result[0]
    return (page.pk, page.content_type_id, page.url_path, page.depth - home.depth, home.pk)


def route_for_request(request, path):
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    if request.method not in ("GET", "HEAD") or settings.PAGE_FACTS_SECONDS <= 0:
        return _original(request, path)
    site = Site.find_for_request(request)
    if site is None:
        return _original(request, path)
    components = [component for component in path.split("/") if component]
    digest = hashlib.blake2b("/".join(components).encode(), digest_size=16).hexdigest()
    kept = generations.kept(
        f"route:{site.pk}:{site.root_page_id}:{digest}",
        lambda: _kept_route(request, components),
    )
    if hasattr(request, "_wagtail_route_for_request"):  # routed just now
        return request._wagtail_route_for_request
    if kept is None:
        return _original(request, path)
    page_id, content_type_id, url_path, taken, home_id = kept
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id).first() if model is not None else None
    home = page if page is not None and page.pk == home_id else localized_root(site)
    if page is None or not page.live or page.url_path != url_path or home.pk != home_id:
        return _original(request, path)
    with_reader_locale(page)
    request.localized_home = home
    try:
        request._wagtail_route_for_request = page.route(request, components[taken:])
    except Http404:
        request._wagtail_route_for_request = None
    return request._wagtail_route_for_request


def apply() -> None:
    Page.route_for_request = staticmethod(route_for_request)
