"""Keeping left-to-right runs whole inside right-to-left text.

In an Arabic or Urdu sentence a time range "09:30–12:00" is laid out as "12:00–09:30",
and a phone number's groups or an Italian name next to punctuation move about, unless
the run is isolated. HTML gets `<bdi>` (direction from the text: names, titles) or
`<bdi dir="ltr">` (always left to right: times, phone numbers, codes); plain text (mails,
feeds, form messages, the page title) gets the Unicode isolates, and only in
right-to-left languages, so Italian mails carry no invisible characters.
"""

from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString

from core.languages import RTL_LANGUAGES

LRI = "\u2066"  # left-to-right isolate
FSI = "\u2068"  # first-strong isolate: direction from the text itself
PDI = "\u2069"  # pop directional isolate


def right_to_left(language: str | None = None) -> bool:
    return (language or translation.get_language() or "") in RTL_LANGUAGES


def ltr_html(value) -> SafeString:
    return format_html('<bdi dir="ltr">{}</bdi>', value)


def auto_html(value) -> SafeString:
    return format_html("<bdi>{}</bdi>", value)


def ltr_text(value, language: str | None = None) -> str:
    text = str(value)
    return f"{LRI}{text}{PDI}" if text and right_to_left(language) else text


def auto_text(value, language: str | None = None) -> str:
    text = str(value)
    return f"{FSI}{text}{PDI}" if text and right_to_left(language) else text
