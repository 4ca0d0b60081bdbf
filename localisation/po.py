"""Translating a page the way a translator does: through wagtail-localize's PO files.

The demo loader and the tests use this, so demo translations are real
wagtail-localize translations that the translation editor can open and sync.
"""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


@transaction.atomic
def translate_page(page: Page, language_code: str, strings: dict[str, str], publish=True):
    """Translate `page` into `language_code` using `strings` (source text -> translation).

    Creates the wagtail-localize Translation (converting an alias if there is one),
    imports the strings as a PO file and saves the target page. Strings without a
    translation keep the source text. Returns the translated page.
    """
    return translate_object(page, language_code, strings, publish=publish)


@transaction.atomic
def translate_object(obj, language_code: str, strings: dict[str, str], publish=True):
    """The same for any translatable object: a page or a snippet such as Organisation."""
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(obj)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    translation.import_po(po)
    translation.save_target(publish=publish)
    return obj.get_translation(locale)
