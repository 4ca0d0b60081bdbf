"""Links that hand a page to a messaging app, with no script and no tracker.

Each link opens the app the resident already has with a short plain-text message in
their language (built by the page's app: name, next opening, address, phone, link);
nothing is loaded from the apps' servers until the resident follows a link.
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ShareLink:
    channel: str
    label: str
    href: str


def _query(params: dict) -> str:
    # %20 rather than +: mail and SMS apps show a + literally.
    return urlencode(params, quote_via=quote)


def share_links(message: str, url: str, subject: str) -> list[ShareLink]:
    """`message` ends with `url`; Telegram is given the two apart, as its share page asks."""
    text_only = message.removesuffix(url).rstrip()
    return [
        ShareLink("whatsapp", "WhatsApp", "https://wa.me/?" + _query({"text": message})),
        ShareLink(
            "telegram",
            "Telegram",
            "https://t.me/share/url?" + _query({"url": url, "text": text_only}),
        ),
        # "sms:?&body=" is the form both Android and iOS read.
        ShareLink("sms", _("SMS"), "sms:?&" + _query({"body": message})),
        # RFC 6068: line breaks in a mail body are CRLF.
        ShareLink(
            "email",
            _("E-mail"),
            "mailto:?" + _query({"subject": subject, "body": message.replace("\n", "\r\n")}),
        ),
    ]


def share_context(lines, url: str, subject: str) -> dict:
    """What `components/share.html` shows: the links, the message and the URL to copy."""
    text = "\n".join(line for line in lines if line)
    message = f"{text}\n{url}"
    return {
        "links": share_links(message, url, subject),
        "message": message,
        "text": text,  # for the Web Share API, which takes the URL apart
        "title": subject,
        "url": url,
    }
