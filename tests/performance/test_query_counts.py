"""Database work per page is bounded: the same number of queries with twice the data."""

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.synctree import create_aliases_for_new_page

from activities.models import ActivityPage
from news.models import NewsPage
from projects.models import ProjectPage
from services.models import GuidePage, ServicePage
from tests.page_types import PAGE_TYPES

pytestmark = pytest.mark.django_db

PAGES = [*PAGE_TYPES, "/search/?need=residence-permit"]


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def counts(client):
    urls = [f"/{language}{path}" for language in ("it", "ar") for path in PAGES]
    for url in urls:
        client.get(url)  # warm the per-process caches (site root, locales)
    return {url: queries(client, url) for url in urls}


def double_the_content():
    """A copy of every service, guide, news item, project and activity, aliased in every
    locale."""
    from search.sync import reconcile

    models = (ServicePage, GuidePage, NewsPage, ProjectPage, ActivityPage)
    for model in models:
        for page in list(model.objects.filter(locale__language_code="it", alias_of=None)):
            copy = page.copy(
                update_attrs={"slug": f"{page.slug}-bis", "title": f"{page.title} bis"}
            )
            create_aliases_for_new_page(copy)
    reconcile(Page.objects.type(ServicePage).values_list("pk", flat=True))


def test_queries_per_page_do_not_grow_with_the_data(client, demo):
    # The clock stands still: the finder works out open-now once per minute
    # (search.embedded.finder), and a minute passing mid-test would add that query.
    with time_machine.travel(timezone.now(), tick=False):
        _compare_before_and_after_doubling(client)


def _compare_before_and_after_doubling(client):
    before = counts(client)
    services = ServicePage.objects.count()
    double_the_content()
    assert ServicePage.objects.count() >= 2 * services - 1
    after = counts(client)
    grown = {url: (before[url], after[url]) for url in before if after[url] != before[url]}
    assert grown == {}


def test_a_service_page_reads_at_most_15_queries_in_every_language(client, demo):
    """Rendered afresh (no whole-page cache), once its facts are kept."""
    desk = ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")
    with time_machine.travel(timezone.now(), tick=False):
        found = {}
        for code, _name in settings.LANGUAGES:
            url = desk.url.replace("/it/", f"/{code}/", 1)
            client.get(url)
            found[code] = queries(client, url)
    assert max(found.values()) <= 15, found
