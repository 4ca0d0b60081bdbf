"""Upstream gap (Wagtail 8.0): serving a page checks its view restrictions with one
query per level of the page's ancestry when the page or its ancestors are aliases
(Wagtail's `Page.get_view_restrictions` follows each alias to its source, one query a
page: five queries on an Urdu service page that shows the Italian text), and every
`.public()` listing (the menu) reads the whole restriction table again.

Most sites have no private section at all. While a request is reading (GET or HEAD),
the restriction table is read once (core.memo) and shared: `.public()` uses that list,
and the serve-time check answers "no restriction" at once when the table is empty.
When any restriction exists, the check is Wagtail's own, unchanged. Writing requests
and everything outside a request use Wagtail's code as it is.

Delete this module when Wagtail reads the restrictions of an alias chain in one query
and `private_q` stops re-reading the table (bench/queries.py shows the queries coming
back).
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from core.memo import remember

_get_view_restrictions = Page.get_view_restrictions


def restrictions() -> list[PageViewRestriction]:
    """Every view restriction on the site, with its page."""
    return remember(
        "view_restrictions",
        lambda: list(PageViewRestriction.objects.select_related("page")),
        reading_only=True,
    )


def _private_q(self):
    q = Q()
    for restriction in restrictions():
        q |= self.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])  # as Wagtail: match no page when none is private


def get_view_restrictions(self):
    if not restrictions():
        return PageViewRestriction.objects.none()
    return _get_view_restrictions(self)


def apply() -> None:
    PageQuerySet.private_q = _private_q
    Page.get_view_restrictions = get_view_restrictions
