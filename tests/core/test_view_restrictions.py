"""Private pages stay private: a page is read with one look at the view restrictions
(core.patches.restriction_memo), and what Wagtail keeps from visitors it still keeps,
in the page's own language and through an alias."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from services.models import ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal(demo):
    return ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")


def restriction_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return sum("wagtailcore_pageviewrestriction" in q["sql"] for q in captured)


def test_a_public_page_looks_at_the_restrictions_once(client, legal):
    urdu = legal.get_translation(Locale.objects.get(language_code="ur"))  # an alias
    assert restriction_queries(client, legal.url) == 1
    assert restriction_queries(client, urdu.url) == 1


def test_a_password_protected_page_asks_for_it_where_it_shows(client, legal):
    PageViewRestriction.objects.create(page=legal, restriction_type="password", password="x1")
    # Italian, and Urdu showing it through an alias. (A translation is a page of its
    # own, with its own restrictions, as in Wagtail.)
    for code in ("it", "ur"):
        page = legal.get_translation(Locale.objects.get(language_code=code))
        html = client.get(page.url).content.decode()
        assert "authenticate_with_password" in html, code
        assert legal.summary not in html, code


def test_a_private_section_leaves_the_menu(client, demo):
    home = demo
    section = home.get_children().live().in_menu().first()
    assert f'href="{section.url}"' in client.get("/it/").content.decode()
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    html = client.get("/it/").content.decode()
    assert f'href="{section.url}"' not in html
    # Its pages ask the visitor to sign in.
    child = Page.objects.child_of(section).live().first() or section
    assert client.get(child.url).status_code == 302
