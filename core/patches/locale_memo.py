"""Upstream gap (Wagtail 8.0): `Locale.get_active()` and `Locale.objects.get_for_language`
query the locale table on every call, and a page renders with many of them (each
`page.localized`, the menu, the footer, the language switcher): seven identical queries
on an Arabic service page.

Within one request the answer cannot change in a way that matters (locales are added
or removed by an administrator, rarely, and the next request sees it), so each
request remembers the locales it looked up (core.memo; `RequestMemo` is the
middleware). Outside a request (commands, tasks, tests) nothing is remembered and
Wagtail's behaviour is unchanged. Failed lookups are not remembered.

Delete this module when Wagtail caches locale lookups itself
(bench/queries.py shows the repeated locale queries coming back if it does not).
"""

from wagtail.models.i18n import LocaleManager

from core.memo import remember

_original = LocaleManager.get_for_language


def _get_for_language(self, language_code):
    return remember(("locale", language_code), lambda: _original(self, language_code))


def apply() -> None:
    LocaleManager.get_for_language = _get_for_language
