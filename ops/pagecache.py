"""Anonymous page responses, cached per language for at most a minute.

Keys are the full path (which starts with the language) plus a generation number per
language. Publishing, unpublishing, moving or deleting a page bumps the generation of
its language and of the languages where it shows through an alias, so an Italian edit
is seen at once in Italian (and in untranslated languages) while a cached English
translation stays as it is until its own translation is published. Edits to shared
data (organisations, places, needs, site settings, sites, view restrictions) bump every
language. The generations live in core.generations, where the facts a page shows of
other rows are kept under them too (for pages rendered afresh).

The timeout, at most 60 seconds, keeps the open-now badge from being stale by more than
a minute. With REDIS_URL every worker shares the cache and the generations; with the
default memory cache each worker process has its own, and a change made through one
worker reaches the others when their entries expire.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import StringTranslation

from core.generations import bump, bump_all, generation

MAX_SECONDS = 60
EXCLUDED = ("page-feedback/", "sitemap.xml")


def _language(path: str) -> str | None:
    code = path.split("/", 2)[1] if path.count("/") >= 2 else ""
    return code if code in dict(settings.LANGUAGES) else None


def _cacheable_request(request) -> str | None:
    """The language of a request whose answer may come from the cache, else None."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None  # signed in (or was): the page may carry the user bar or messages
    language = _language(request.path)
    if language is None or request.path[len(language) + 2 :].startswith(EXCLUDED):
        return None
    return language


def _cacheable_response(response) -> bool:
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith("text/html")
        and not any(word in control for word in ("private", "no-cache", "no-store"))
    )


class AnonymousPageCache:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = _cacheable_request(request)
        if language is None:
            return self.get_response(request)
        key = f"sportello:pages:{language}:{generation(language)}:{request.get_full_path()}"
        cached = cache.get(key)
        if cached is not None:
            response, replay = cached
            if replay is not None:
                replay(request)  # e.g. count a search served from the cache
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            response["X-Page-Cache"] = "miss"
            replay = getattr(response, "replay_on_cache_hit", None)
            cache.set(key, (response, replay), timeout=settings.PAGE_CACHE_SECONDS)
        return response


def on_page_change(sender, instance, **kwargs):
    """This page's language and the languages where it is shown through an alias."""
    languages = {instance.locale.language_code}
    languages.update(
        Page.objects.filter(alias_of_id=instance.pk).values_list("locale__language_code", flat=True)
    )
    bump(languages)


def on_structure_change(sender, instance=None, **kwargs):
    """A move or delete changes menus and lists everywhere."""
    bump_all()


def on_string_translation_change(sender, instance, **kwargs):
    """A translator's edit of one string (wagtail-localize): that language only."""
    bump(Locale.objects.filter(pk=instance.locale_id).values_list("language_code", flat=True))


def on_shared_data_change(sender, **kwargs):
    bump_all()


def connect():
    """Pages: their own languages on publish, every language on a move or delete or
    a change of who may see them; a translated string, its own language."""
    page_published.connect(on_page_change, dispatch_uid="pagecache_published")
    page_unpublished.connect(on_page_change, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(on_structure_change, dispatch_uid="pagecache_moved")
    post_delete.connect(on_structure_change, sender=Page, dispatch_uid="pagecache_deleted")
    watch(PageViewRestriction, Site)
    for signal in (post_save, post_delete):
        signal.connect(
            on_string_translation_change,
            sender=StringTranslation,
            dispatch_uid="pagecache_string_translation",
        )


def watch(*models) -> None:
    """Shared data shown on many pages (snippets, taxonomies, site settings): a change
    to any row of these models empties the cache in every language. Each app names
    its own models from its AppConfig.ready, so this module imports none of them."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                on_shared_data_change, sender=model, dispatch_uid=f"pagecache_{model.__name__}"
            )
