"""Both indexes follow the pages: every trigger (publish, unpublish, move, delete,
translate, a hub, place or taxonomy edit) reconciles the pages it touched, after the
transaction commits. The embedded index is always kept (it is the fallback and costs
little); the Elasticsearch index too when ELASTICSEARCH_URL is set, and a search
server that is down never stops publishing."""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import documents
from search.embedded import index as embedded
from search.models import IndexState, ServiceEntry, Word
from services.models import Audience, HubPage, Location, NeedCategory, ServicePage, SpokenLanguage

logger = logging.getLogger(__name__)


def reconcile(page_ids) -> None:
    """Make the indexes match the database for these pages (any type, any state)."""
    page_ids = list(page_ids)
    pages = documents.pages_by_id(page_ids)
    embedded.reconcile(pages)
    reconcile_elastic(pages)


def reconcile_elastic(pages: dict) -> None:
    """The Elasticsearch index for these pages (documents.pages_by_id), where one is
    configured; a search server that is down is logged, never raised."""
    if not getattr(settings, "ELASTICSEARCH_URL", ""):
        return
    # Imported only where Elasticsearch is configured: workers without it never
    # load the client (docs/architecture.md, function-level imports).
    from search.elastic import index as elastic

    try:
        elastic.reconcile(pages)
    except Exception:  # a search server down must not break publishing
        logger.exception("Elasticsearch not updated for pages %s: rebuild it later", list(pages))


def reconcile_on_commit(page_ids) -> None:
    ids = list(page_ids)
    if ids:
        transaction.on_commit(lambda: reconcile(ids))


def rebuild(progress=None, batch=1000) -> int:
    """Index the taxonomy's words and every live service page again, and drop entries
    of pages no longer there. The embedded index is written `batch` pages at a time
    (embedded.index_pages: the same rows as reconcile, in a few queries a batch)."""
    embedded.rebuild_taxonomy_terms()
    ids = list(documents.live_service_pages().order_by("pk").values_list("pk", flat=True))
    ServiceEntry.objects.exclude(page_id__in=ids).delete()
    Word.objects.all().delete()  # refilled below, without the words of pages gone
    IndexState.touch()
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        embedded.index_pages(chunk)
        if getattr(settings, "ELASTICSEARCH_URL", ""):
            reconcile_elastic(documents.pages_by_id(chunk))
        if progress:
            progress(start + len(chunk), len(ids))
    return len(ids)


def _affected(page) -> list[int]:
    """The page itself, and the services under it (a hub's hours and place are theirs)."""
    ids = [page.pk]
    if page.depth and page.numchild:
        ids += ServicePage.objects.descendant_of(page).values_list("pk", flat=True)
    return ids


def on_page_change(sender, instance, **kwargs):
    reconcile_on_commit(_affected(instance))


def on_taxonomy_change(sender, instance, **kwargs):
    """A need, audience or language renamed or given synonyms: its words change."""
    transaction.on_commit(embedded.rebuild_taxonomy_terms)


def on_location_change(sender, instance, **kwargs):
    ids = set(ServicePage.objects.filter(location=instance).values_list("pk", flat=True))
    for hub in HubPage.objects.filter(location=instance):
        ids.update(ServicePage.objects.descendant_of(hub).values_list("pk", flat=True))
    reconcile_on_commit(ids)


def on_service_deleted(sender, instance, **kwargs):
    """A deleted page takes its entry with it (a cascade, not through the index): the
    searches read their entries again (every language: the locale may be going too)."""
    IndexState.touch()


def connect():
    # Sent with the specific page class as sender: connect for every sender.
    page_published.connect(on_page_change, dispatch_uid="search_published")
    page_unpublished.connect(on_page_change, dispatch_uid="search_unpublished")
    post_page_move.connect(on_page_change, dispatch_uid="search_moved")
    for model in (NeedCategory, Audience, SpokenLanguage):
        for signal in (post_save, post_delete):
            signal.connect(
                on_taxonomy_change, sender=model, dispatch_uid=f"search_{model.__name__}"
            )
    post_save.connect(on_location_change, sender=Location, dispatch_uid="search_location")
    post_delete.connect(on_service_deleted, sender=ServicePage, dispatch_uid="search_deleted")
