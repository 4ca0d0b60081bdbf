"""Upstream gap (wagtail-localize 1.14): a translation saved as a draft changes what
residents see before anyone publishes it.

`TranslationSource.create_or_update_translation(publish=False)` is how wagtail-localize
saves a "draft" of a translation: starting a translation, "Sync translated pages"
without publishing, and our own "Submit for review" (localisation.review) all go through it.
Upstream it also writes the draft into the page row, which Wagtail serves while the
page is live, and turns an alias (the source mirrored with a "not translated yet"
notice) into a page of its own. Both show residents text nobody approved.

Mended here, once, at that depth: a draft save keeps the page row as it was (content,
child rows, live revision, and the alias link), and only the new revision and the
draft title are kept. The alias becomes a page of its own when its translation is
published: `BasePage.with_content_json` drops the alias link for the page's own
revisions. docs/decisions.md §26.

Delete this module when upstream saves drafts without touching the live page row
(tests/localisation/test_translation_cycle.py says whether it still does).
"""

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

_original = TranslationSource.create_or_update_translation


def _live_state(source: TranslationSource, locale):
    """The target page's row as residents see it, when saving a draft could change it."""
    page = (
        Page.objects.filter(translation_key=source.object_id, locale=locale)
        .only("pk", "live", "alias_of_id")
        .first()
    )
    if page is None or not page.live:
        return None
    specific = page.specific
    return specific.pk, specific.alias_of_id, specific.serializable_data()


def _restore(pk, alias_of_id, content) -> None:
    current = Page.objects.get(pk=pk).specific
    restored = current.with_content_json(content)
    # with_content_json keeps the row's own alias link and draft metadata: the link
    # goes back to what it was, the new revision and draft title stay.
    restored.alias_of_id = alias_of_id
    restored.live_revision_id = content.get("live_revision")
    restored.has_unpublished_changes = True
    restored.save(clean=False)


def create_or_update_translation(self, locale, user=None, publish=True, *args, **kwargs):
    if publish or not issubclass(self.specific_content_type.model_class(), Page):
        return _original(self, locale, user, publish, *args, **kwargs)
    with transaction.atomic():
        live = _live_state(self, locale)
        result = _original(self, locale, user, publish, *args, **kwargs)
        if live is not None:
            _restore(*live)
    return result


def apply() -> None:
    TranslationSource.create_or_update_translation = create_or_update_translation
