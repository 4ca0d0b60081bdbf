"""Content generations, one number per language, and what is kept under them.

A language's generation moves whenever anything a reader of that language would see
changes: ops.pagecache moves it when a page is published or unpublished in that
language or shown there through an alias, moves every language when a page is moved
or deleted or shared data is edited (organisations, places, taxonomies, site
settings, sites, view restrictions), and moves a language when a translator edits one
of its strings. Whatever is kept under a generation (whole anonymous
pages in ops.pagecache; a page's facts, the menu and the footer's links here) is read
afresh as soon as it moves.

With REDIS_URL every worker shares the generations and what is kept; with the
default memory cache each worker process has its own, and a change made through one
worker reaches the others when their entries expire: PAGE_FACTS_SECONDS for what is
kept here (at most 60), PAGE_CACHE_SECONDS for whole pages.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

GENERATION = "sportello:pages:generation:{}"
KEPT = "sportello:kept:{name}:{language}:{generation}"


def generation(language: str) -> int:
    return cache.get_or_set(GENERATION.format(language), 0, timeout=None)


def move(key: str) -> None:
    """Add one to the counter at `key` (a generation, a mark), creating it if missing."""
    cache.add(key, 0, timeout=None)
    try:
        cache.incr(key)
    except ValueError:  # gone between add and incr (evicted, or the cache was cleared)
        cache.set(key, 1, timeout=None)


def bump(languages) -> None:
    for language in languages:
        move(GENERATION.format(language))


def bump_all() -> None:
    bump(code for code, _ in settings.LANGUAGES)


def kept(name: str, compute):
    """`compute()`, kept under `name` for the active language until its generation
    moves (or PAGE_FACTS_SECONDS pass). `name` must say everything else the answer
    depends on (a page's id and live revision, a site, a home page)."""
    seconds = settings.PAGE_FACTS_SECONDS
    if seconds <= 0:
        return compute()
    language = translation.get_language()
    key = KEPT.format(name=name, language=language, generation=generation(language))
    found = cache.get(key)
    if found is None:
        found = compute()
        if found is not None:  # None reads as missing anyway: not written
            cache.set(key, found, timeout=seconds)
    return found


def facts(page, request, kind: str, compute):
    """`compute()`: what `page` shows of other rows, in the reader's language, kept
    under the page's live revision, so publishing the page itself is seen at once by
    every worker. Previews, writing requests and pages not live always compute."""
    if (
        request is None
        or request.method not in ("GET", "HEAD")
        or getattr(request, "is_preview", False)
        or not page.pk
        or not page.live
    ):
        return compute()
    return kept(f"{kind}:{page.pk}:{page.live_revision_id}", compute)
