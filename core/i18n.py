"""Language chrome for every page: switcher links, hreflang alternates, canonical link
and the "not yet translated" notice. Templates get all of it from `page_chrome`."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info
from wagtail.models import DraftStateMixin, Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation

from core import generations
from core.languages import RTL_LANGUAGES, SOURCE_LANGUAGE


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    translated: bool  # False when that language shows the source text (an alias)
    direction: str = "ltr"


@dataclass
class Chrome:
    languages: list[LanguageLink]
    canonical: str
    alternates: list[tuple[str, str]] = field(default_factory=list)  # (hreflang, url)
    noindex: bool = False
    # Set when the page's text is in another language than the interface.
    shown_in: str | None = None
    shown_in_name: str = ""
    shown_in_direction: str = "ltr"
    current_name: str = ""
    # A translation filled by a machine that no person has edited since.
    machine_translated: bool = False

    @property
    def content_attrs(self) -> str:
        """` lang dir` for elements holding the page's own text, when that text is in
        another language than the interface (an untranslated page)."""
        if not self.shown_in:
            return ""
        return format_html(' lang="{}" dir="{}"', self.shown_in, self.shown_in_direction)


def direction(code: str) -> str:
    return "rtl" if code in RTL_LANGUAGES else "ltr"


def translated_name(code: str) -> str:
    """The language's name in the active interface language ("Italiano", "الإيطالية")."""
    return str(get_language_info(code)["name_translated"])


def _hreflang(code: str) -> str:
    return "zh-Hans" if code == "zh-hans" else code


@dataclass(frozen=True)
class Version:
    """One live version of a page (a translation or an alias) as the chrome links it."""

    code: str
    pk: int
    url: str
    full_url: str
    is_translation: bool


VERSIONS_MARK = "sportello:versions:{}"


def _read_versions(request, page: Page) -> dict[str, Version]:
    return {
        p.locale.language_code: Version(
            p.locale.language_code,
            p.pk,
            p.get_url(request),
            p.get_full_url(request),
            p.alias_of_id is None,
        )
        for p in Page.objects.filter(
            translation_key=page.translation_key, live=True
        ).select_related("locale")
    }


def _versions(request, page: Page) -> dict[str, Version]:
    """Every live version of this page, by language code: one query, kept with the
    page's facts and under a mark of its translation key that any save of one of its
    versions moves (`on_version_saved`): publishing a translation, unpublishing one,
    a new alias, a new slug."""
    site = Site.find_for_request(request) if request is not None else None
    mark = cache.get_or_set(VERSIONS_MARK.format(page.translation_key), 0, timeout=None)
    return generations.facts(
        page,
        request,
        f"versions:{site.pk if site else 0}:{mark}",
        lambda: _read_versions(request, page),
    )


def localized_root(site):
    """The site's home page in the reader's language (or its alias), kept under the
    language's generation."""
    return generations.kept(f"home:{site.pk}", lambda: site.root_page.localized)


def on_version_saved(sender, instance, **kwargs):
    """A page was saved: the versions kept for its translation key are read again.
    The mark moves now and again once the transaction has committed, so that nothing
    read in between (the old versions) stays kept."""
    if not isinstance(instance, Page) or not instance.translation_key:
        return
    key = VERSIONS_MARK.format(instance.translation_key)
    generations.move(key)
    transaction.on_commit(lambda: generations.move(key))


def page_chrome(request, page: Page | None) -> Chrome:
    active = translation.get_language() or SOURCE_LANGUAGE
    if page is None or not getattr(page, "translation_key", None):
        return _view_chrome(request, active)

    versions = _versions(request, page)
    links = []
    for code, name in settings.LANGUAGES:
        version = versions.get(code)
        if version is not None:
            url, is_translation = version.url, version.is_translation
        else:
            # No version in that locale at all: the language's own home page.
            url, is_translation = f"/{code}/", False
        links.append(LanguageLink(code, name, url, code == active, is_translation, direction(code)))

    is_alias = page.alias_of_id is not None
    source = versions.get(SOURCE_LANGUAGE)
    own = next((v for v in versions.values() if v.pk == page.pk), None)
    if is_alias and source is not None:
        canonical = source.full_url
    elif own is not None:
        canonical = own.full_url
    else:
        canonical = page.get_full_url(request)  # a preview, or a page not live
    chrome = Chrome(
        languages=links,
        canonical=canonical,
        alternates=[
            (_hreflang(code), v.full_url)
            for code, v in versions.items()
            if v.is_translation and code in dict(settings.LANGUAGES)
        ],
        noindex=is_alias,
        current_name=dict(settings.LANGUAGES).get(active, active),
    )
    if chrome.alternates and source is not None:
        chrome.alternates.append(("x-default", source.full_url))
    own_language = own.code if own is not None else page.locale.language_code
    content_language = SOURCE_LANGUAGE if is_alias else own_language
    if not is_alias and content_language != SOURCE_LANGUAGE:
        chrome.machine_translated = generations.facts(
            page, request, "machine-text", lambda: has_unreviewed_machine_text(page)
        )
    if content_language != active:
        chrome.shown_in = content_language
        chrome.shown_in_name = translated_name(content_language)
        chrome.shown_in_direction = direction(content_language)
    return chrome


def _view_chrome(request, active: str) -> Chrome:
    """Chrome for views that are not Wagtail pages: the same URL in each language."""
    path = request.get_full_path()
    links = [
        LanguageLink(code, name, translate_url(path, code), code == active, True, direction(code))
        for code, name in settings.LANGUAGES
    ]
    return Chrome(
        languages=links,
        canonical=request.build_absolute_uri(request.path),
        alternates=[(_hreflang(link.code), request.build_absolute_uri(link.url)) for link in links],
        current_name=dict(settings.LANGUAGES).get(active, active),
    )


def has_unreviewed_machine_text(page) -> bool:
    """Whether any string of this translation is still as a machine translated it."""
    segments = StringSegment.objects.filter(source__object_id=page.translation_key)
    return StringTranslation.objects.filter(
        locale_id=page.locale_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        translation_of_id__in=segments.values("string_id"),
        context_id__in=segments.values("context_id"),
    ).exists()


def localize_pages(pages):
    """Each page in the active language where a live version exists, in one query."""
    pages = list(pages)
    return localize_objects(type(pages[0]), pages) if pages else []


def localize_objects(model, objects) -> list:
    """Each translatable object (a snippet or a page) in the active language where it
    has a version there (a live one, for models with drafts), else the object itself,
    as `.localized` gives one at a time, in one query for all of them."""
    objects = list(objects)
    locale = Locale.get_active()
    wanted = [o for o in objects if o.locale_id != locale.pk]
    if not wanted:
        return objects
    versions = model.objects.filter(
        translation_key__in=[o.translation_key for o in wanted], locale=locale
    )
    if issubclass(model, DraftStateMixin):
        versions = versions.filter(live=True)
    by_key = {v.translation_key: v for v in versions}
    return [by_key.get(o.translation_key, o) for o in objects]


def localized_by_pk(model, pks) -> dict:
    """{pk: the object in the active language, else itself}, in one query: the objects
    and their versions in the active language are read together (a UNION of two
    indexed lookups; an OR across them would scan the table)."""
    pks = [pk for pk in pks if pk is not None]
    if not pks:
        return {}
    locale = Locale.get_active()
    keys = model.objects.filter(pk__in=pks).values("translation_key")
    versions = model.objects.filter(translation_key__in=keys, locale=locale)
    if issubclass(model, DraftStateMixin):
        versions = versions.filter(live=True)
    rows = list(model.objects.filter(pk__in=pks).order_by().union(versions.order_by()))
    live = [r for r in rows if r.locale_id == locale.pk]
    if issubclass(model, DraftStateMixin):
        live = [r for r in live if r.live]
    by_key = {r.translation_key: r for r in live}
    return {r.pk: by_key.get(r.translation_key, r) for r in rows if r.pk in pks}
