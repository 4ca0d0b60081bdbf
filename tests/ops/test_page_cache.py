"""Anonymous pages come from a per-language cache that publishing invalidates."""

from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from localisation.po import translate_page
from search.models import QueryStat
from services.models import ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def legal(demo):
    return ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")


def get(client, url, address="127.0.0.1"):
    response = client.get(url, REMOTE_ADDR=address)
    assert response.status_code == 200
    return response["X-Page-Cache"], response.content.decode()


def version(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def test_an_italian_edit_shows_at_once_and_english_waits_for_its_translation(
    client, legal, page_cache, django_capture_on_commit_callbacks
):
    english = version(legal, "en")
    assert get(client, legal.url)[0] == "miss"
    assert get(client, legal.url)[0] == "hit"
    state, before_en = get(client, english.url)
    assert get(client, english.url)[0] == "hit"

    legal.summary = "Avvocati volontari, ora anche il sabato."
    legal.save_revision().publish()
    state, html = get(client, legal.url)
    assert state == "miss" and "ora anche il sabato" in html
    state, html_en = get(client, english.url)
    assert state == "hit" and html_en == before_en  # English unchanged until it syncs

    # The translator syncs the English translation with the new Italian text.
    TranslationSource.update_or_create_from_instance(legal)
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(legal, "en", {legal.summary: "Volunteer lawyers, now on Saturdays too."})
    state, html_en = get(client, english.url)
    assert state == "miss" and "now on Saturdays too" in html_en


def test_untranslated_languages_follow_the_italian_page(client, legal, page_cache):
    urdu = version(legal, "ur")  # an alias of the Italian page
    get(client, urdu.url)
    legal.summary = "Avvocati volontari, ora anche il sabato."
    legal.save_revision().publish()
    state, html = get(client, urdu.url)
    assert state == "miss" and "ora anche il sabato" in html


def test_languages_never_share_an_entry(client, legal, page_cache):
    _, italian = get(client, legal.url)
    _, arabic = get(client, version(legal, "ar").url)
    assert 'lang="it"' in italian and 'lang="ar"' in arabic
    state, again = get(client, version(legal, "ar").url)
    assert state == "hit" and 'lang="ar"' in again


def test_the_open_now_badge_is_never_more_than_a_minute_old(client, legal, page_cache):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        get(client, legal.url)
        traveller.shift(timedelta(seconds=59))
        assert get(client, legal.url)[0] == "hit"
        traveller.shift(timedelta(seconds=2))
        assert get(client, legal.url)[0] == "miss"


def test_a_cached_search_is_still_counted(client, legal, page_cache):
    """Three residents search "avvocato"; the second and third get the cached page and
    are counted all the same. The first one's reload is not counted again."""
    assert get(client, "/it/search/?q=avvocato", "198.51.100.1")[0] == "miss"
    assert get(client, "/it/search/?q=avvocato", "198.51.100.2")[0] == "hit"
    assert get(client, "/it/search/?q=avvocato&page=1", "198.51.100.3")[0] == "miss"
    assert get(client, "/it/search/?q=avvocato", "198.51.100.1")[0] == "hit"
    assert QueryStat.objects.get(language="it", query="avvocato").count == 3
    assert get(client, "/it/search/?need=legal-advice")[0] == "miss"  # browsing: not counted
    assert get(client, "/it/search/?need=legal-advice")[0] == "hit"
    assert QueryStat.objects.count() == 1


def test_signed_in_users_and_forms_are_not_cached(client, legal, page_cache, django_user_model):
    assert "X-Page-Cache" not in client.get(legal.url + "request/")
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "x"))
    assert "X-Page-Cache" not in client.get(legal.url)


def test_an_edited_organisation_reaches_every_language(client, legal, page_cache):
    get(client, version(legal, "fr").url)
    provider = legal.provider or legal.hub.partners.first()
    provider.save()
    assert get(client, version(legal, "fr").url)[0] == "miss"
