"""The bulk writer a rebuild uses (embedded.index_pages) writes exactly the rows that
indexing one page at a time (embedded.index_page) writes."""

import pytest
from django.forms.models import model_to_dict
from wagtail.models import PageViewRestriction

from search.embedded import index
from search.models import ServiceEntry
from search.sync import rebuild
from services.models import HubPage, ServiceIndexPage, ServicePage

pytestmark = pytest.mark.django_db


def rows(page_ids):
    """Every column of the pages' entries and their postings (ids of postings aside)."""
    return {
        entry.page_id: (
            model_to_dict(entry),
            sorted(entry.postings.values_list("term", "weight", "word")),
        )
        for entry in ServiceEntry.objects.filter(page_id__in=page_ids)
    }


def sample():
    """Services in several languages, under a hub and not, with their own place or not."""
    pages = ServicePage.objects.live().filter(alias_of__isnull=True).order_by("pk")
    under_hub = [p for p in pages if isinstance(p.get_parent().specific, HubPage)][:6]
    alone = under_hub.pop()  # a desk with no hub, straight under the services index
    alone.move(ServiceIndexPage.objects.get(locale=alone.locale), pos="last-child")
    chosen = [*under_hub, ServicePage.objects.get(pk=alone.pk)]
    chosen += [p for p in pages if p.locale.language_code in ("ar", "zh-hans")][:3]
    return list({p.pk: p for p in chosen}.values())


def test_the_bulk_writer_writes_the_rows_of_the_page_by_page_writer(demo):
    pages = sample()
    ids = [p.pk for p in pages]
    for page in pages:
        index.index_page(page)
    one_by_one = rows(ids)
    ServiceEntry.objects.filter(page_id__in=ids).delete()
    assert index.index_pages(ids) == len(ids)
    assert rows(ids) == one_by_one
    assert len(one_by_one) == len(ids) and all(postings for _e, postings in one_by_one.values())


def test_the_bulk_writer_drops_pages_that_are_not_indexable(demo):
    pages = sample()
    unpublished, restricted = pages[0], pages[1]
    unpublished.unpublish()
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    assert index.index_pages([p.pk for p in pages]) == len(pages) - 2
    assert not ServiceEntry.objects.filter(page_id__in=[unpublished.pk, restricted.pk]).exists()


def test_a_rebuild_in_batches_keeps_the_demo_index_as_it_was(demo):
    before = rows(ServiceEntry.objects.values_list("page_id", flat=True))
    assert rebuild(batch=7) == len(before)
    assert rows(before) == before
