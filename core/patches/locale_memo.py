"""Upstream gap (Wagtail 8.0): `Locale.get_active()` and `Locale.objects.get_for_language`
query the locale table on every call, and a page renders with many of them (each
`page.localized`, the menu, the footer, the language switcher): seven identical queries
on an Arabic service page.

Within one request the answer cannot change in a way that matters (locales are added
or removed by an administrator, rarely, and the next request sees it), so each
request remembers the locales it looked up: `LocaleMemo` (a middleware) opens the
memo and closes it. Outside a request (commands, tasks, tests) nothing is remembered
and Wagtail's behaviour is unchanged. Failed lookups are not remembered.

Delete this module when Wagtail caches locale lookups itself
(bench/queries.py shows the repeated locale queries coming back if it does not).
"""

from contextvars import ContextVar

from wagtail.models.i18n import LocaleManager

_memo: ContextVar[dict | None] = ContextVar("sportello_locale_memo", default=None)
_original = LocaleManager.get_for_language


def _get_for_language(self, language_code):
    memo = _memo.get()
    if memo is None:
        return _original(self, language_code)
    if language_code not in memo:
        memo[language_code] = _original(self, language_code)
    return memo[language_code]


def apply() -> None:
    LocaleManager.get_for_language = _get_for_language


class LocaleMemo:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
