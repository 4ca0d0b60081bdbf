"""A page rendered afresh reads what it shows of other rows (a desk's hub, hours,
contacts, provider, related pages) from facts kept per language; anything a reader
would see change shows on the next request, in every language it reaches."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Site

from services.models import HubClosure, HubContact, ServiceContact, ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal(demo):
    # The legal desk has no contacts of its own: its page shows the hub's.
    return ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")


def version(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response  # whole pages are not cached here
    return response.content.decode()


def test_facts_are_kept_between_renderings(client, legal, django_assert_max_num_queries):
    client.get(legal.url)
    with django_assert_max_num_queries(15):
        assert 'href="tel:' in html(client, legal.url)


def test_a_new_hub_phone_reaches_its_desks_at_once(client, legal):
    hub = legal.hub
    urdu = version(legal, "ur")  # shows the Italian page through an alias
    for url in (legal.url, urdu.url):
        assert "tel:0171999000" not in html(client, url)

    hub.contacts = [*hub.contacts.all(), HubContact(channel="phone", value="0171 999000")]
    hub.save_revision().publish()

    for url in (legal.url, urdu.url):
        assert 'href="tel:0171999000"' in html(client, url), url


def test_a_hub_closure_reaches_its_desks_at_once(client, legal):
    hub = legal.hub
    day = timezone.localdate() + timedelta(days=3)
    assert "Sciopero" not in html(client, legal.url)
    hub.closures = [*hub.closures.all(), HubClosure(start=day, end=day, reason="strike")]
    hub.save_revision().publish()
    assert "Sciopero" in html(client, legal.url)


def test_a_renamed_provider_reaches_every_language_at_once(client, legal):
    urdu = version(legal, "ur")
    provider = legal.provider or legal.hub.partners.first()
    assert provider is not None
    legal.provider = provider
    legal.save_revision().publish()
    for url in (legal.url, urdu.url):
        assert "Avvocati di Strada Cuneo" not in html(client, url)

    provider.name = "Associazione Avvocati di Strada Cuneo"
    provider.save()
    for url in (legal.url, urdu.url):
        assert "Associazione Avvocati di Strada Cuneo" in html(client, url), url


def test_the_desks_own_new_contact_shows_at_once(client, legal):
    html(client, legal.url)
    page = ServicePage.objects.get(pk=legal.pk)
    page.contacts = [ServiceContact(channel="phone", value="0171 123987")]
    page.save_revision().publish()
    assert 'href="tel:0171123987"' in html(client, legal.url)


def test_turned_off_every_rendering_reads_again(client, legal, settings):
    settings.PAGE_FACTS_SECONDS = 0
    client.get(legal.url)
    with CaptureQueriesContext(connection) as captured:
        html(client, legal.url)
    tables = " ".join(q["sql"] for q in captured)
    assert "services_hubcontact" in tables


def test_an_edited_site_answers_at_once(client, legal):
    assert client.get(legal.url, HTTP_HOST="sportello.example.org").status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.is_default_site = "altro.example.org", False
    site.save()
    # No site answers that host name any more: Wagtail's 404, not the kept site.
    assert client.get(legal.url, HTTP_HOST="sportello.example.org").status_code == 404
    assert client.get(legal.url, HTTP_HOST="altro.example.org").status_code == 200
