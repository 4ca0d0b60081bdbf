"""Which pages and snippets are never translated, current or out of date, per language.

A translation is out of date when the translatable text of its Italian source changed
(an edit not marked minor, `content_changed_at`) after translators were given it
(`TranslationSource.last_updated_at`). Hours, closures and contacts do not count: they
reach every language at once (localisation.facts). A translation with no text translated is
"never": residents read the source.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Sum
from django.urls import reverse
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from core.languages import SOURCE_LANGUAGE
from home.models import FEEDBACK_REASONS, PageFeedback

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
    reasons: tuple[tuple[str, int], ...] = ()  # why "no": (reason, how many), most first
    texts: tuple[int, int] = (0, 0)  # (texts to translate, texts translated)


def _translations(locale_code):
    return {
        t.source.object_id: t
        for t in Translation.objects.filter(
            target_locale__language_code=locale_code, enabled=True
        ).select_related("source")
    }


def _status(translation, translated, text_changed, progress):
    """NEVER: nothing residents can read in this language (an alias, or no text
    translated yet). OUTDATED: the source's text changed in an edit not marked minor
    since translators were given it (`text_changes`). Facts that are not text (hours,
    contacts) never make a translation out of date: they reach every language at once."""
    total, done = progress
    if translation is None or not translated or (total and not done):
        return NEVER
    return OUTDATED if text_changed else CURRENT


def _progress(translations, locale_code) -> dict[int, tuple[int, int]]:
    """{source id: (texts, texts translated)} for one language, in two queries."""
    segments = list(
        StringSegment.objects.filter(
            source_id__in={t.source_id for t in translations.values()}
        ).values_list("source_id", "string_id", "context_id")
    )
    done = set(
        StringTranslation.objects.filter(
            locale__language_code=locale_code,
            translation_of_id__in={string for _, string, _ in segments},
            has_error=False,
        ).values_list("translation_of_id", "context_id")
    )
    progress = {}
    for source_id, string_id, context_id in segments:
        total, translated = progress.get(source_id, (0, 0))
        progress[source_id] = (total + 1, translated + ((string_id, context_id) in done))
    return progress


def source_strings(instance) -> set[str]:
    """The translatable texts of a page or snippet as it is now."""
    return {
        segment.string.data
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    }


def _given_strings(records) -> dict[str, set[str]]:
    """{translation key: the texts translators were given} for these TranslationSources."""
    given = {}
    for object_id, data in StringSegment.objects.filter(source__in=records).values_list(
        "source__object_id", "string__data"
    ):
        given.setdefault(str(object_id), set()).add(data)
    return given


def text_changes(sources) -> dict:
    """{translation_key: True} for the source pages whose text changed in an edit not
    marked minor since translators were given it. Only pages edited since then are
    read (extracting a page's texts is the costly part): for the others the answer
    cannot make a translation out of date."""
    synced = dict(
        TranslationSource.objects.filter(
            object_id__in=[source.translation_key for source in sources],
            locale__language_code=SOURCE_LANGUAGE,
        ).values_list("object_id", "last_updated_at")
    )
    edited = {
        str(source.translation_key): source
        for source in sources
        if source.translation_key in synced
        and getattr(source, "content_changed_at", None)
        and source.content_changed_at > synced[source.translation_key]
    }
    if not edited:
        return {}
    records = TranslationSource.objects.filter(
        object_id__in=list(edited), locale__language_code=SOURCE_LANGUAGE
    )
    given = _given_strings(records)
    return {
        source.translation_key: source_strings(source) != given.get(key, set())
        for key, source in edited.items()
    }


def source_text_changed(source: TranslationSource) -> bool:
    """Whether the source's translatable text differs from what translators were given
    (minor edits included: the translation editor offers to bring it in)."""
    given = _given_strings([source]).get(str(source.object_id), set())
    return source_strings(source.get_source_instance()) != given


def _ratings(locale_code):
    """{translation_key: (yes, no, [(reason label, count), ...])} for pages read in that
    language; the reasons most picked first."""
    labels = dict(FEEDBACK_REASONS)
    ratings = {}
    for row in (
        PageFeedback.objects.filter(language=locale_code)
        .values("page__translation_key", "clear", "reason")
        .annotate(n=Sum("count"))
        .order_by("-n", "reason")
    ):
        counts = ratings.setdefault(row["page__translation_key"], [0, 0, []])
        if row["clear"]:
            counts[0] += row["n"]
            continue
        counts[1] += row["n"]
        if row["reason"]:
            counts[2].append((str(labels.get(row["reason"], row["reason"])), row["n"]))
    return ratings


def source_pages():
    """The Italian pages every language is compared with (load once, reuse)."""
    return list(
        Page.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth__gt=1)
        .order_by("path")
        .specific()
    )


def page_rows(locale_code: str, sources=None, changes=None) -> list[Row]:
    sources = source_pages() if sources is None else sources
    changes = text_changes(sources) if changes is None else changes
    translations = _translations(locale_code)
    progress = _progress(translations, locale_code)
    ratings = _ratings(locale_code)
    targets = {
        p.translation_key: p
        for p in Page.objects.filter(locale__language_code=locale_code).only(
            "id", "translation_key", "alias_of_id"
        )
    }
    rows = []
    for source in sources:
        target = targets.get(source.translation_key)
        translation = translations.get(source.translation_key)
        texts = progress.get(translation.source_id, (0, 0)) if translation else (0, 0)
        translated = target is not None and target.alias_of_id is None
        if translated or (target is not None and translation is not None):
            edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
        else:
            edit_url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
        changed_at = getattr(source, "content_changed_at", None)
        yes, no, reasons = ratings.get(source.translation_key, (0, 0, []))
        rows.append(
            Row(
                "page",
                source.title,
                _status(translation, translated, changes.get(source.translation_key, False), texts),
                changed_at,
                translation.source.last_updated_at if translation else None,
                edit_url,
                clear_yes=yes,
                clear_no=no,
                reasons=tuple(reasons),
                texts=texts,
            )
        )
    return rows


def translatable_snippet_models():
    """Every snippet model translators translate, found in Wagtail's snippet registry."""
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def snippet_rows(locale_code: str) -> list[Row]:
    translations = _translations(locale_code)
    progress = _progress(translations, locale_code)
    rows = []
    for model in translatable_snippet_models():
        rows += _model_snippet_rows(model, locale_code, translations, progress)
    return rows


def _model_snippet_rows(model, locale_code, translations, progress) -> list[Row]:
    meta = model._meta
    targets = dict(
        model.objects.filter(locale__language_code=locale_code).values_list("translation_key", "pk")
    )
    rows = []
    for source in model.objects.filter(locale__language_code=SOURCE_LANGUAGE):
        translation = translations.get(source.translation_key)
        texts = progress.get(translation.source_id, (0, 0)) if translation else (0, 0)
        translated = source.translation_key in targets
        if translated:
            edit_url = reverse(
                model.snippet_viewset.get_url_name("edit"), args=[targets[source.translation_key]]
            )
        else:
            edit_url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, source.pk],
            )
        rows.append(
            Row(
                "snippet",
                str(source),
                # Snippets record no edit time: no edit makes them out of date.
                _status(translation, translated, False, texts),
                None,
                translation.source.last_updated_at if translation else None,
                edit_url,
                texts=texts,
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
    changes = text_changes(sources)
    return [
        (code, name, counts(page_rows(code, sources, changes) + snippet_rows(code)))
        for code, name in settings.LANGUAGES
        if code != SOURCE_LANGUAGE
    ]
