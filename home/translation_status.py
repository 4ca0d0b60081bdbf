"""Which pages and snippets are never translated, current or out of date, per language.

A translation is out of date when its Italian source changed (an edit not marked
minor, `content_changed_at`) after the translation was last synced from it
(`TranslationSource.last_updated_at`).
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from services.models import Organisation

NEVER, CURRENT, OUTDATED = "never", "current", "outdated"


@dataclass
class Row:
    kind: str  # "page" or "snippet"
    title: str
    status: str
    source_changed_at: datetime | None
    synced_at: datetime | None
    edit_url: str
    clear_yes: int = 0
    clear_no: int = 0


def _translations(locale_code):
    return {
        t.source.object_id: t
        for t in Translation.objects.filter(
            target_locale__language_code=locale_code, enabled=True
        ).select_related("source")
    }


def _status(changed_at, translation, translated):
    if translation is None or not translated:
        return NEVER
    if changed_at and changed_at > translation.source.last_updated_at:
        return OUTDATED
    return CURRENT


def _ratings(locale_code):
    """{translation_key: (yes, no)} for pages read in that language."""
    from home.models import PageFeedback

    ratings = {}
    for row in (
        PageFeedback.objects.filter(language=locale_code)
        .values("page__translation_key", "clear")
        .annotate(n=Count("id"))
    ):
        yes, no = ratings.get(row["page__translation_key"], (0, 0))
        ratings[row["page__translation_key"]] = (
            (yes + row["n"], no) if row["clear"] else (yes, no + row["n"])
        )
    return ratings


def source_pages():
    """The Italian pages every language is compared with (load once, reuse)."""
    return list(
        Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=1)
        .order_by("path")
        .specific()
    )


def page_rows(locale_code: str, sources=None) -> list[Row]:
    translations = _translations(locale_code)
    ratings = _ratings(locale_code)
    targets = {
        p.translation_key: p
        for p in Page.objects.filter(locale__language_code=locale_code).only(
            "id", "translation_key", "alias_of_id"
        )
    }
    rows = []
    for source in source_pages() if sources is None else sources:
        target = targets.get(source.translation_key)
        translation = translations.get(source.translation_key)
        translated = target is not None and target.alias_of_id is None
        if translated:
            edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
        else:
            edit_url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
        changed_at = getattr(source, "content_changed_at", None)
        yes, no = ratings.get(source.translation_key, (0, 0))
        rows.append(
            Row(
                "page",
                source.title,
                _status(changed_at, translation, translated),
                changed_at,
                translation.source.last_updated_at if translation else None,
                edit_url,
                clear_yes=yes,
                clear_no=no,
            )
        )
    return rows


def snippet_rows(locale_code: str) -> list[Row]:
    translations = _translations(locale_code)
    targets = dict(
        Organisation.objects.filter(locale__language_code=locale_code).values_list(
            "translation_key", "pk"
        )
    )
    rows = []
    for source in Organisation.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        translation = translations.get(source.translation_key)
        translated = source.translation_key in targets
        if translated:
            edit_url = reverse(
                "wagtailsnippets_services_organisation:edit", args=[targets[source.translation_key]]
            )
        else:
            edit_url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=["services", "organisation", source.pk],
            )
        rows.append(
            Row(
                "snippet",
                source.name,
                _status(None, translation, translated),
                None,
                translation.source.last_updated_at if translation else None,
                edit_url,
            )
        )
    return rows


def counts(rows) -> dict[str, int]:
    result = {NEVER: 0, CURRENT: 0, OUTDATED: 0}
    for row in rows:
        result[row.status] += 1
    return result


def summary() -> list[tuple[str, str, dict[str, int]]]:
    """(code, name, counts) for every enabled language but Italian: the dashboard."""
    sources = source_pages()
    return [
        (code, name, counts(page_rows(code, sources) + snippet_rows(code)))
        for code, name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]
