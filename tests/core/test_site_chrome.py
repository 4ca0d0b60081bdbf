import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_base_layout_has_landmarks_skip_link_and_stylesheets(client, demo):
    html = client.get("/it/").content.decode()
    assert '<a class="skip-link" href="#main">Vai al contenuto principale</a>' in html
    for landmark in ("<header", '<main id="main"', "<footer", '<nav class="main-nav"'):
        assert landmark in html
    assert 'href="/static/css/main.css"' in html
    assert 'href="/static/css/print.css" media="print"' in html
    # Every page works without JavaScript: the one script is the site's own enhancement.
    assert re.findall(r"<script[^>]*>", html) == [
        '<script src="/static/js/sportello.js" defer data-offline-page="/it/offline/">'
    ]


def test_footer_names_the_body_its_contacts_and_legal_pages_in_the_visitor_language(client, demo):
    html = client.get("/fr/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    assert "Comune di Cuneo" in footer
    assert "Via Leutrum 7, 12100 Cuneo" in footer
    assert 'href="tel:0171444547"' in footer
    assert "polo.meet@pec.comune.cuneo.it" in footer
    assert "Qui gère ce site" in footer
    # Links lead to the pages under the visitor's language prefix.
    for label, path in [
        ("Politique de confidentialité", "/fr/privacy/"),
        ("Déclaration d'accessibilité", "/fr/dichiarazione-di-accessibilita/"),
        ("Mentions légales", "/fr/note-legali/"),
    ]:
        assert f'<a href="{path}">{label}</a>' in footer


def test_footer_pages_exist_and_are_editable_pages(client, demo):
    for path in ("/it/privacy/", "/it/dichiarazione-di-accessibilita/", "/it/note-legali/"):
        response = client.get(path)
        assert response.status_code == 200
        assert response.context["page"].specific_class.__name__ == "StandardPage"


def test_no_cookie_is_set_for_an_anonymous_visitor(client, demo):
    response = client.get("/it/")
    assert response.cookies == {}


def test_sitemap_index_lists_one_sitemap_per_language(client, demo):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locs = [e.text for e in ET.fromstring(response.content).findall("s:sitemap/s:loc", SITEMAP_NS)]
    assert [re.sub(r"^https?://[^/]+", "", loc) for loc in locs] == [
        f"/{code}/sitemap.xml"
        for code in ("it", "en", "fr", "ar", "es", "uk", "ro", "sq", "zh-hans", "ur")
    ]


def test_locale_sitemap_lists_its_pages_without_untranslated_copies(client, demo):
    italian = ET.fromstring(client.get("/it/sitemap.xml").content)
    italian_urls = {e.text for e in italian.findall("s:url/s:loc", SITEMAP_NS)}
    italian_pages = Page.objects.filter(locale__language_code="it", depth__gt=1).live()
    assert {re.sub(r"^https?://[^/]+", "", url) for url in italian_urls} == {
        page.url for page in italian_pages
    }

    arabic = ET.fromstring(client.get("/ar/sitemap.xml").content)
    arabic_urls = {
        re.sub(r"^https?://[^/]+", "", e.text) for e in arabic.findall("s:url/s:loc", SITEMAP_NS)
    }
    # Only real translations: pages still in Italian (aliases) are left out.
    translated = Page.objects.filter(locale__language_code="ar", alias_of__isnull=True).live()
    assert arabic_urls == {page.url for page in translated}
    assert "/ar/" in arabic_urls and "/ar/privacy/" in arabic_urls

    romanian = ET.fromstring(client.get("/ro/sitemap.xml").content)
    romanian_urls = {
        re.sub(r"^https?://[^/]+", "", e.text) for e in romanian.findall("s:url/s:loc", SITEMAP_NS)
    }
    # The demo translates only the home page into Romanian.
    assert romanian_urls == {"/ro/"}


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert re.search(r"^Sitemap: https?://[^/]+/sitemap.xml$", body, re.M)


def test_not_found_page_is_in_the_visitor_language(client, demo):
    response = client.get("/uk/nessuna-pagina/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="uk" dir="ltr">' in html
    assert "Сторінку не знайдено" in html


@pytest.mark.parametrize(
    "path",
    [
        "/servizi/meet-cuneo/",
        "/servizi/meet-cuneo/sportello-legale/",
        "/notizie/meet-buona-pratica-migration-policy-group/",
    ],
)
@pytest.mark.parametrize("language", ["it", "ar"])
def test_pages_with_a_summary_describe_themselves_to_search_engines(client, demo, path, language):
    html = client.get(f"/{language}{path}").content.decode()
    found = re.findall(r'<meta name="description" content="([^"]+)">', html)
    assert len(found) == 1 and len(found[0]) > 20, found
