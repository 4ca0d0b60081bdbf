"""One Locale per enabled language, each kept in step with the Italian tree.

Wagtail serves the Italian page under a prefix whose Locale is missing (with
lang="it"), so every language in LANGUAGES must have its Locale. Each non-source
Locale "syncs from" Italian (wagtail-localize): every Italian page gets an alias in
that locale until a translator translates it, so no page 404s in any language.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from core.languages import SOURCE_LANGUAGE


def source_locale() -> Locale:
    """The Locale of the source language, Italian: every page is written in it first."""
    return Locale.objects.get(language_code=SOURCE_LANGUAGE)


def in_source_language(page):
    """The page's version in the source language (itself when it is one), or None
    where it has none."""
    if page is None:
        return None
    locale = source_locale()
    return page if page.locale_id == locale.pk else page.get_translation_or_none(locale)


@transaction.atomic
def ensure_locales() -> list[Locale]:
    source, _ = Locale.objects.get_or_create(language_code=SOURCE_LANGUAGE)
    created = []
    for code, _name in settings.LANGUAGES:
        locale, was_created = Locale.objects.get_or_create(language_code=code)
        if was_created:
            created.append(locale)
        if locale.pk != source.pk:
            # Saving a synchronisation aliases the whole source tree into the locale.
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": source}
            )
    return created


def ensure_locales_after_migrate(**kwargs):
    ensure_locales()
