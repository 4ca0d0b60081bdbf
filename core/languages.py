"""The languages Sportello can serve, named in themselves.

Italian is the source language: every page is written in Italian first and translated
from it. A deployment narrows the list with SPORTELLO_LANGUAGES (Italian always stays).
"""

SOURCE_LANGUAGE = "it"

# (code, name in the language itself); order is the order of the language switcher.
SUPPORTED_LANGUAGES = [
    ("it", "Italiano"),
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("es", "Español"),
    ("uk", "Українська"),
    ("ro", "Română"),
    ("sq", "Shqip"),
    ("zh-hans", "中文"),
    ("ur", "اردو"),
]

RTL_LANGUAGES = {"ar", "ur"}


def enabled_languages(requested: list[str] | None) -> list[tuple[str, str]]:
    """Return the supported languages narrowed to `requested`, in switcher order.

    Unknown codes are an error rather than silently ignored, so a typo in the
    environment does not quietly remove a language from a running site.
    """
    if not requested:
        return list(SUPPORTED_LANGUAGES)
    codes = {code.strip().lower() for code in requested if code.strip()}
    known = {code for code, _name in SUPPORTED_LANGUAGES}
    unknown = sorted(codes - known)
    if unknown:
        raise ValueError(
            f"SPORTELLO_LANGUAGES names unsupported languages: {', '.join(unknown)}. "
            f"Supported: {', '.join(sorted(known))}."
        )
    codes.add(SOURCE_LANGUAGE)
    return [(code, name) for code, name in SUPPORTED_LANGUAGES if code in codes]
