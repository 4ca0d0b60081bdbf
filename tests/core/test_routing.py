"""Which page a path leads to is kept under the content generations
(core.patches.route_memo), and the language switcher's versions of a page are kept
too (core.i18n). Neither may ever serve a page that is gone, moved or unpublished, nor
hide a version that has just been published, even when the change was made through
another worker (here: a write that moves no generation in this process)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from services.models import NeedCategory, ServicePage

pytestmark = pytest.mark.django_db


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_a_kept_route_spares_the_walk_down_the_path(client, legal_desk, in_language, settings):
    arabic = in_language(legal_desk, "ar")
    client.get(arabic.url)
    kept = queries(client, arabic.url)
    settings.PAGE_FACTS_SECONDS = 0
    client.get(arabic.url)
    walked = queries(client, arabic.url)
    # The home page's translation, its own row and the path below it: only the
    # page's own row is read when the route is kept.
    assert walked - kept >= 3, (walked, kept)


@pytest.mark.parametrize("code", ["it", "ar", "ur"])
def test_a_page_unpublished_elsewhere_is_not_served_from_a_kept_route(
    client, legal_desk, in_language, code
):
    page = in_language(legal_desk, code) if code != "it" else legal_desk
    assert client.get(page.url).status_code == 200
    # Another worker unpublished it: this process's generations did not move.
    Page.objects.filter(pk=page.pk).update(live=False)
    assert client.get(page.url).status_code == 404


def test_a_page_renamed_elsewhere_answers_at_its_new_path_only(client, legal_desk):
    old_url = legal_desk.url
    assert client.get(old_url).status_code == 200
    new_path = legal_desk.url_path.replace("/sportello-legale/", "/consulenza-legale/")
    Page.objects.filter(pk=legal_desk.pk).update(slug="consulenza-legale", url_path=new_path)
    assert client.get(old_url).status_code == 404
    new_url = old_url.replace("/sportello-legale/", "/consulenza-legale/")
    response = client.get(new_url)
    assert response.status_code == 200
    assert legal_desk.title in response.content.decode()


def test_a_routable_pages_own_urls_still_answer_after_its_route_is_kept(
    client, legal_desk, in_language
):
    arabic = in_language(legal_desk, "ar")
    client.get(arabic.url)
    card = client.get(arabic.url + "card/")
    assert card.status_code == 200
    assert card.content.decode().count(arabic.title) >= 1
    assert client.get(arabic.url + "no-such-thing/").status_code == 404


def test_a_path_that_led_nowhere_answers_once_a_page_is_published_there(client, legal_desk):
    hub = legal_desk.get_parent().specific
    url = hub.url + "sportello-casa/"
    assert client.get(url).status_code == 404
    page = hub.add_child(
        instance=ServicePage(
            title="Sportello casa",
            slug="sportello-casa",
            summary="Aiuto per cercare casa e per il contratto d'affitto.",
            locale=hub.locale,
        )
    )
    page.needs = list(NeedCategory.objects.filter(code="housing"))
    page.save_revision().publish()
    assert client.get(url).status_code == 200


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_translation_unpublished_leaves_the_switcher_of_every_other_version(
    client, legal_desk, in_language
):
    arabic, english = in_language(legal_desk, "ar"), in_language(legal_desk, "en")
    assert f'href="{english.url}"' in page_html(client, arabic.url)
    english.unpublish()
    html = page_html(client, arabic.url)
    assert f'href="{english.url}"' not in html
    assert 'href="/en/"' in html  # the English home page instead

    english.refresh_from_db()
    english.save_revision().publish()
    assert f'href="{english.url}"' in page_html(client, arabic.url)


def test_a_translation_given_a_new_slug_is_linked_there_from_every_version(
    client, legal_desk, in_language
):
    arabic, english = in_language(legal_desk, "ar"), in_language(legal_desk, "en")
    old_url = english.url
    assert f'href="{old_url}"' in page_html(client, arabic.url)
    english.slug = "legal_desk-desk"
    english.save_revision().publish()
    new_url = Page.objects.get(pk=english.pk).url
    assert new_url != old_url
    html = page_html(client, arabic.url)
    assert f'href="{new_url}"' in html and f'href="{old_url}"' not in html
