"""Upstream gap (Wagtail 8.0): `Site.find_for_request` asks the database which site
answers a host name on every request (a query that orders the sites and joins the
root page; about a quarter of the routing time of a page here).

The answer changes only when an administrator edits the sites, so it is kept under
the content generations (core.generations; ops.pagecache moves every language's
generation when a site is saved or deleted). With PAGE_FACTS_SECONDS=0 Wagtail's
lookup runs every time. A host name no site answers is not kept.

Delete this module when Wagtail caches the site lookup itself (bench/queries.py
shows the site query back on every page).
"""

from wagtail.models import sites

from core import generations

_original = sites.get_site_for_hostname


def get_site_for_hostname(hostname, port):
    return generations.kept(f"site:{hostname}:{port}", lambda: _original(hostname, port))


def apply() -> None:
    sites.get_site_for_hostname = get_site_for_hostname
