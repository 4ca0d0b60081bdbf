"""What changes the index: every trigger hands page ids to indexer.reconcile on commit."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from search.indexer import rebuild_taxonomy_terms, reconcile_on_commit


def _affected(page) -> list[int]:
    """The page itself, and the services under it (a hub's hours and place are theirs)."""
    from services.models import ServicePage

    ids = [page.pk]
    if page.depth and page.numchild:
        ids += ServicePage.objects.descendant_of(page).values_list("pk", flat=True)
    return ids


def on_page_change(sender, instance, **kwargs):
    reconcile_on_commit(_affected(instance))


def on_taxonomy_change(sender, instance, **kwargs):
    """A need, audience or language renamed or given synonyms: its words change."""
    transaction.on_commit(rebuild_taxonomy_terms)


def on_location_change(sender, instance, **kwargs):
    from services.models import HubPage, ServicePage

    ids = set(ServicePage.objects.filter(location=instance).values_list("pk", flat=True))
    for hub in HubPage.objects.filter(location=instance):
        ids.update(ServicePage.objects.descendant_of(hub).values_list("pk", flat=True))
    reconcile_on_commit(ids)


def connect():
    from services.models import Audience, Location, NeedCategory, SpokenLanguage

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
