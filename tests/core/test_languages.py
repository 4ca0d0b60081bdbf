import re

import pytest
from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.synctree import create_aliases_for_new_page

from core.languages import SUPPORTED_LANGUAGES, enabled_languages
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("ar,fr;q=0.8", "/ar/"), ("de", "/it/"), ("fr-CH,fr;q=0.9", "/fr/"), ("zh-CN", "/zh-hans/")],
)
def test_root_redirects_to_best_accept_language(client, demo, accept, expected):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_without_accept_language_lands_on_italian(client, demo):
    assert client.get("/")["Location"] == "/it/"


def test_all_ten_languages_enabled_by_default_each_with_its_locale():
    codes = [code for code, _ in settings.LANGUAGES]
    assert codes == ["it", "en", "fr", "ar", "es", "uk", "ro", "sq", "zh-hans", "ur"]
    assert set(Locale.objects.values_list("language_code", flat=True)) >= set(codes)


@pytest.mark.parametrize(("code", "name"), SUPPORTED_LANGUAGES)
def test_home_page_in_every_language_with_lang_and_dir(client, demo, code, name):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if code in ("ar", "ur") else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in html
    # The switcher names every language in itself and marks the current one.
    for other_code, other_name in SUPPORTED_LANGUAGES:
        assert f'lang="{other_code}"' in html
        assert other_name in html
    assert re.search(rf'<a href="/{code}/" lang="{code}"[^>]*aria-current="true">', html)


def test_home_page_is_translated_in_every_language(client, demo):
    titles = set()
    for code, _ in SUPPORTED_LANGUAGES:
        html = client.get(f"/{code}/").content.decode()
        titles.add(re.search(r"<h1>(.*?)</h1>", html).group(1))
    assert len(titles) == len(SUPPORTED_LANGUAGES)


def test_untranslated_page_is_served_in_the_source_language_with_a_notice(client, demo):
    response = client.get("/ur/privacy/")  # the demo leaves footer pages untranslated in Urdu
    assert response.status_code == 200
    html = response.content.decode()
    # Urdu interface, Italian content, and the notice in Urdu naming Italian.
    assert '<html lang="ur" dir="rtl">' in html
    assert '<h1 lang="it" dir="ltr">Informativa sulla privacy</h1>' in html
    assert '<p class="lead" lang="it" dir="ltr">' in html
    assert "Informativa sulla privacy" in html
    assert "اس صفحے کا ابھی ترجمہ نہیں ہوا" in html
    assert "اطالوی" in html
    # The Italian page is the canonical one; the copy is not indexed.
    assert '<meta name="robots" content="noindex, follow">' in html
    assert re.search(r'<link rel="canonical" href="[^"]*/it/privacy/">', html)
    assert 'hreflang="ur"' not in html.split("</head>")[0]


def test_translated_page_has_no_notice_and_lists_every_translation(client, demo):
    html = client.get("/fr/").content.decode()
    assert "notice--translation" not in html
    head = html.split("</head>")[0]
    assert 'name="robots"' not in head
    for code, _ in SUPPORTED_LANGUAGES:
        hreflang = "zh-Hans" if code == "zh-hans" else code
        assert f'hreflang="{hreflang}" href="http' in head
    assert 'hreflang="x-default"' in head


def test_switcher_links_to_the_same_page_in_each_language(client, demo):
    html = client.get("/it/note-legali/").content.decode()
    for code, _ in SUPPORTED_LANGUAGES:
        assert f'<a href="/{code}/note-legali/" lang="{code}"' in html


def test_page_published_in_italian_through_the_admin_exists_in_every_language(
    client, demo, django_user_model
):
    """Never a 404 for a page that exists in the source language."""
    admin = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(admin)
    response = client.post(
        f"/admin/pages/add/home/standardpage/{demo.pk}/",
        {
            "title": "Orari estivi",
            "slug": "orari-estivi",
            "intro": "Gli orari cambiano in agosto.",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    for code, _ in SUPPORTED_LANGUAGES:
        response = client.get(f"/{code}/orari-estivi/")
        assert response.status_code == 200, code
        assert "Gli orari cambiano in agosto." in response.content.decode()


def test_unknown_language_prefix_never_serves_a_page(client, demo):
    response = client.get("/de/", follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="it" dir="ltr">' in html
    assert "Pagina non trovata" in html


def test_slugs_are_the_same_in_every_language(demo):
    privacy = Page.objects.get(locale__language_code="it", slug="privacy")
    assert {p.slug for p in privacy.get_translations()} == {"privacy"}


def test_narrowing_languages_keeps_italian_and_order():
    assert enabled_languages(["ar", "en"]) == [
        ("it", "Italiano"),
        ("en", "English"),
        ("ar", "العربية"),
    ]


def test_narrowing_languages_rejects_unknown_codes():
    with pytest.raises(ValueError, match="de"):
        enabled_languages(["it", "de"])


def test_listed_pages_still_in_italian_keep_their_language(client, demo):
    """A news item published in Italian and not yet translated is listed on the Arabic
    news page marked as Italian; translated ones are not."""
    index = NewsIndexPage.objects.get(locale__language_code="it")
    item = index.add_child(
        instance=NewsPage(title="Nuovi orari estivi", slug="orari-estivi", summary="Dal 1 luglio.")
    )
    item.save_revision().publish()
    create_aliases_for_new_page(item)  # what the admin runs after creating a page
    news = re.sub(r">\s+<", "><", client.get("/ar/notizie/").content.decode())
    card = '<li class="card" lang="it" dir="ltr"><h2 class="card__title">'
    assert f'{card}<a href="/ar/notizie/orari-estivi/">Nuovi orari estivi</a>' in news
    translated = '<li class="card"><h2 class="card__title"><a href="/ar/notizie/meet-buona'
    assert translated in news
    hubs = client.get("/ar/servizi/").content.decode()
    assert '<li class="card"><h3><a href="/ar/servizi/meet-cuneo/"><bdi>مركز الاندماج' in hubs
    # In Italian nothing needs marking.
    italian = client.get("/it/notizie/").content.decode()
    assert '<li class="card" lang="it"' not in italian
