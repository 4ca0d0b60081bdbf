"""Printable cards of hubs and services, and a hub's door poster: the same template as
an HTML page (printed through its own stylesheet) and as a PDF (WeasyPrint).

`?size=a6` gives the small card to hand out; A4 is the default.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from cards.pdf import PdfUnavailable
from cards.pdf import render as render_pdf
from cards.qr import qr_svg
from core.languages import RTL_LANGUAGES
from core.locales import in_source_language
from ops.limits import allow
from ops.pagecache import generation
from services.contexts import CLOSURES_IN_HEADER, service_facts
from services.models import ServicePage

SIZES = ("a4", "a6")
PDF_CACHE_SECONDS = 24 * 3600
STYLESHEETS = {"a4": ["cards/card.css"], "a6": ["cards/card.css", "cards/card-a6.css"]}
# The card lists the closures of the coming weeks, like the page's header.
CLOSURES_ON_CARD = CLOSURES_IN_HEADER + 1


def _size(request) -> str:
    size = request.GET.get("size", "a4").lower()
    return size if size in SIZES else "a4"


def card_context(request, page) -> dict:
    if isinstance(page, ServicePage):
        hub, schedule, _inherited, location, contacts = service_facts(page)
    else:
        hub, schedule, location, contacts = (
            None,
            page.schedule(),
            page.location,
            list(page.contacts.all()),
        )
    url = page.get_full_url(request)
    today = timezone.localdate()
    return {
        "page": page,
        "hub": hub,
        "weekly": schedule.weekly_by_kind(),
        "closures": schedule.upcoming_closures(today)[:CLOSURES_ON_CARD],
        "location": None if getattr(page, "no_fixed_place", False) else location,
        "contacts": [c for c in contacts if c.channel != "website"],
        "url": url,
        "qr": qr_svg(url, _("QR code: opens this page in this language")),
        "today": today,
        "size": _size(request),
    }


def _pdf_response(request, template, context, filename):
    """The PDF from the cache when this page, size and day have one (publishing empties
    it: the key carries the page cache's generation of the language), else rendered,
    at most PDF_RATE_LIMIT times a window per client."""
    page = context["page"]
    language = page.locale.language_code
    day = timezone.localdate()
    key = f"sportello:pdf:{language}:{generation(language)}:{page.pk}:{filename}:{day}"
    data = cache.get(key)
    if data is None:
        limit, window = settings.PDF_RATE_LIMIT
        if not allow(request, "pdf", limit, window):
            response = HttpResponse(_("Too many requests: try again in a minute."), status=429)
            response["Retry-After"] = str(window - int(time.time()) % window)
            response["Content-Type"] = "text/plain; charset=utf-8"
            return response
        context = {**context, "pdf": True}
        html = render_to_string(template, context, request=request)
        try:
            data = render_pdf(html, STYLESHEETS[context["size"]])
        except PdfUnavailable:
            return render(request, "cards/unavailable.html", context, status=503)
        cache.set(key, data, timeout=PDF_CACHE_SECONDS)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}.pdf"'
    return response


def _filename(page, kind, size):
    return f"{page.slug}-{page.locale.language_code}-{kind}-{size}"


def card(request, page):
    return render(request, "cards/card.html", card_context(request, page))


def card_pdf(request, page):
    context = card_context(request, page)
    return _pdf_response(
        request, "cards/card.html", context, _filename(page, "card", context["size"])
    )


def poster_context(request, hub) -> dict:
    """The door poster: one QR code that opens the hub in the phone's own language."""
    source = in_source_language(hub) or hub
    # The same host as the pages' own full URLs (the site's root URL).
    url = hub.get_site().root_url + reverse("cards:go", args=[source.pk])
    lines = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(
                {
                    "code": code,
                    "dir": "rtl" if code in RTL_LANGUAGES else "ltr",
                    "text": _("Scan to read this in your language"),
                }
            )
    return {
        "page": hub,
        "url": url,
        "qr": qr_svg(url, _("QR code: opens this page in the language of your phone")),
        "lines": lines,
        "location": hub.location,
        "size": "a4",
    }


def poster(request, hub):
    return render(request, "cards/poster.html", poster_context(request, hub))


def poster_pdf(request, hub):
    context = poster_context(request, hub)
    return _pdf_response(request, "cards/poster.html", context, _filename(hub, "poster", "a4"))


def go(request, page_id):
    """/go/<id>/: the page in the language the phone asks for (Accept-Language, or the
    language chosen before), else in Italian. Where the poster's QR code leads."""
    page = Page.objects.live().public().filter(pk=page_id, depth__gt=1).first()
    if page is None or page.get_url(request) is None:
        return redirect("/")  # a poster outliving its page still leads somewhere useful
    language = translation.get_language_from_request(request)
    locale = Locale.objects.filter(language_code=language).first()
    target = page.get_translation_or_none(locale) if locale else None
    if target is None or not target.live or target.get_view_restrictions().exists():
        target = page
    response = redirect(target.get_url(request))
    response["Vary"] = "Accept-Language, Cookie"
    return response
