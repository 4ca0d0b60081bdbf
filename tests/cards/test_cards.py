"""Printable cards and the door poster, read back as a resident and a phone would: the
PDF's text in reading order, its page as an image, its QR code decoded."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import translation

from cards import views
from cards.pdf import PdfUnavailable
from core import dates
from services.models import HubPage, ServicePage
from tests.cards.pdf_tools import (
    BIDI_MARKS,
    arabic_extracted,
    in_order,
    ink,
    page_count,
    page_image,
    pdf_text,
    qr_texts,
    require_poppler,
)

pytestmark = pytest.mark.django_db


def localized(model, slug, language):
    return model.objects.get(slug=slug, locale__language_code=language)


def opening_times(page, language):
    """Every time range of the card's hours tables, in the order printed: by kind, then
    by weekday."""
    schedule = page.schedule()
    with translation.override(language):
        return [
            dates.clock_range(opens, closes)
            for _kind, days in schedule.weekly_by_kind().items()
            for _weekday, times in days
            for opens, closes in times
        ]


def fetch_pdf(client, page, route="card/pdf/", size="a4"):
    response = client.get(f"{page.url}{route}?size={size}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response.content


@pytest.mark.parametrize("size", ["a4", "a6"])
@pytest.mark.parametrize(
    ("model", "slug"),
    [(HubPage, "meet-cuneo"), (ServicePage, "informazione-orientamento")],
)
@pytest.mark.parametrize("language", ["ar", "ur"])
def test_right_to_left_card_reads_name_hours_and_phone_in_order_on_one_page(
    client, demo, language, model, slug, size
):
    require_poppler()
    page = localized(model, slug, language)
    data = fetch_pdf(client, page, size=size)
    text = pdf_text(data)

    title = arabic_extracted(page.title.translate(BIDI_MARKS))
    expected = [title, *opening_times(page, language), "0171 444547"]
    assert in_order(text, expected), (expected, text)
    assert page_count(data) == 1

    image = page_image(data)
    assert ink(image) > 0.02  # text and a QR code, not a blank page
    assert qr_texts(image) == [page.get_full_url()]


def test_chinese_card_is_shaped_with_the_cjk_font(client, demo):
    require_poppler()
    page = localized(ServicePage, "informazione-orientamento", "zh-hans")
    assert page.alias_of_id is None  # a translated page: its title is in Chinese
    data = fetch_pdf(client, page, size="a6")
    assert page.title in pdf_text(data)
    assert qr_texts(page_image(data)) == [page.get_full_url()]


def test_card_page_prints_through_its_own_stylesheet_and_has_no_script(client, demo):
    page = localized(ServicePage, "sportello-legale", "fr")
    html = client.get(f"{page.url}card/?size=a6").content.decode()
    assert 'class="sheet sheet--a6"' in html
    assert re.search(r'<link rel="stylesheet" href="/static/cards/card\.css">', html)
    assert re.search(r'<svg role="img" viewBox="0 0 \d+ \d+" class="qr"><title>', html)
    assert "<script" not in html
    assert 'href="pdf/?size=a6"' in html
    css = client.get("/static/cards/card.css")
    stylesheet = b"".join(css.streaming_content).decode()
    assert "@page { size: A4;" in stylesheet
    assert '<link rel="stylesheet" href="/static/cards/card-a6.css">' in html


def test_poster_says_scan_in_every_language_and_leads_to_the_phone_language(client, demo):
    require_poppler()
    hub = localized(HubPage, "meet-cuneo", "ar")
    data = fetch_pdf(client, hub, route="poster/pdf/")
    text = pdf_text(data)
    lines = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines[code] = translation.gettext("Scan to read this in your language")
    assert len(set(lines.values())) == len(lines), "a language reads another's words"
    for code, line in lines.items():
        expected = arabic_extracted(line) if code in ("ar", "ur") else line
        assert expected in text or all(word in text for word in expected.split()), (code, line)
    assert page_count(data) == 1

    (url,) = qr_texts(page_image(data))
    italian = localized(HubPage, "meet-cuneo", "it")
    assert urlsplit(url).path == f"/go/{italian.pk}/"
    for accept, language in [("ar,en;q=0.5", "ar"), ("uk", "uk"), ("de-DE,de", "it")]:
        response = client.get(urlsplit(url).path, HTTP_ACCEPT_LANGUAGE=accept)
        assert response.status_code == 302
        assert response["Location"] == localized(HubPage, "meet-cuneo", language).url


def test_go_to_a_page_that_is_gone_leads_home(client, demo):
    assert client.get("/go/999999/")["Location"] == "/"


def test_without_pango_the_pdf_link_explains_in_the_reader_language(client, demo, monkeypatch):
    def unavailable(html, stylesheets):
        raise PdfUnavailable("libpango-1.0-0 not found")

    monkeypatch.setattr(views, "render_pdf", unavailable)
    page = localized(ServicePage, "sportello-legale", "fr")
    response = client.get(f"{page.url}card/pdf/")
    assert response.status_code == 503
    with translation.override("fr"):
        assert translation.gettext("PDF not available") in response.content.decode()
    assert 'href="../"' in response.content.decode()  # the card to print instead


def test_a_pdf_is_made_once_a_day_and_a_client_cannot_make_them_without_end(
    client, demo, monkeypatch, settings
):
    made = []

    def counting(html, stylesheets):
        made.append(stylesheets)
        return b"%PDF-1.7 test"

    monkeypatch.setattr(views, "render_pdf", counting)
    settings.PDF_RATE_LIMIT = (2, 600)
    service = localized(ServicePage, "sportello-legale", "it")
    for _ in range(3):  # the same card: made once, then from the cache
        assert client.get(f"{service.url}card/pdf/?size=a6").status_code == 200
    assert len(made) == 1
    assert client.get(f"{service.url}card/pdf/").status_code == 200  # another size: made
    refused = client.get(f"{localized(HubPage, 'meet-cuneo', 'fr').url}card/pdf/")
    assert refused.status_code == 429 and int(refused["Retry-After"]) <= 600
    with translation.override("fr"):
        assert (
            translation.gettext("Too many requests: try again in a minute.")
            in refused.content.decode()
        )
    assert len(made) == 2
    italian = localized(ServicePage, "sportello-legale", "it")
    italian.save_revision().publish()  # publishing makes a new card
    settings.PDF_RATE_LIMIT = (100, 600)
    client.get(f"{service.url}card/pdf/?size=a6")
    assert len(made) == 3


def test_go_never_fails_on_the_tree_root_or_a_private_page(client, demo):
    assert client.get("/go/1/")["Location"] == "/"
