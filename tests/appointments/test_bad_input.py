"""Each bad input gets its own message, in the resident's language, and stores nothing."""

from datetime import date

import pytest
from django.test import Client

from appointments.models import AppointmentRequest
from services.models import HubClosure, ServicePage
from tests.appointments.conftest import form_url, valid, version

pytestmark = pytest.mark.django_db

CASES = {
    "no e-mail for the e-mail channel": (
        {"contact_by": "email", "email": ""},
        "email",
        "Please write your e-mail address.",
    ),
    "no phone for WhatsApp": (
        {"contact_by": "whatsapp", "phone": ""},
        "phone",
        "Please write the phone number we should call or message.",
    ),
    "an invalid phone number": ({"phone": "12345"}, "phone", "does not look like a phone number"),
    "a slot outside appointment hours": (
        {"slots": ["2026-11-24T10:00"]},
        "slots",
        "is not one of this service&#x27;s appointment hours",
    ),
    "a slot on a public holiday": (
        {"slots": ["2026-12-08T15:30"]},
        "slots",
        "is a public holiday and the service is closed",
    ),
    "a past slot": ({"slots": ["2026-11-19T15:30"]}, "slots", "has already passed"),
    "a slot too far ahead": ({"slots": ["2027-03-02T15:30"]}, "slots", "more than four weeks"),
    "no slot": ({"slots": []}, "slots", "Please choose at least one time."),
    "four slots": (
        {
            "slots": [
                "2026-11-24T15:30",
                "2026-11-26T09:30",
                "2026-11-26T15:30",
                "2026-11-27T09:30",
            ]
        },
        "slots",
        "Please choose at most 3 times.",
    ),
    "a message of 2,001 characters": (
        {"message": "a" * 2001},
        "message",
        "The message is too long: at most 2000 characters, it has 2001.",
    ),
    "no consent": (
        {"consent": None},
        "consent",
        "Please confirm you have read the privacy notice",
    ),
    "a filled honeypot": ({"website": "http://spam.example"}, "website", "must stay empty"),
    "an unknown language": (
        {"preferred_language": "xx"},
        "preferred_language",
        "Please choose a language from the list.",
    ),
    "another language without its name": (
        {"preferred_language": "other", "other_language": ""},
        "other_language",
        "Please write which language.",
    ),
    "no name": ({"name": "  "}, "name", "Please write your name."),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_input_is_explained_and_nothing_is_stored(client, legal, frozen, case):
    overrides, field, message = CASES[case]
    response = client.post(form_url(legal, "en"), valid(**overrides))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'href="#id_{field}"' in html  # linked from the summary
    assert AppointmentRequest.objects.count() == 0


def test_a_slot_on_a_closure_is_refused(client, legal, frozen):
    # On the English hub: closures reach each language's pages when editors sync.
    HubClosure.objects.create(
        page=version(legal.hub, "en"),
        start=date(2026, 11, 26),
        end=date(2026, 11, 27),
        reason="training",
    )
    url = form_url(legal, "en")
    assert 'value="2026-11-26T09:30"' not in client.get(url).content.decode()
    response = client.post(url, valid(slots=["2026-11-26T09:30"]))
    assert response.status_code == 400
    assert "The service is closed on Thursday, November 26" in response.content.decode()
    assert AppointmentRequest.objects.count() == 0


def test_messages_are_in_the_residents_language(client, legal, frozen):
    response = client.post(form_url(legal, "fr"), valid(phone="12345"))
    assert "Ce numéro ne ressemble pas" in response.content.decode()


def test_an_unknown_service_has_no_form(client, legal, frozen):
    missing = client.post("/en/servizi/no-such-service/request/", valid())
    assert missing.status_code == 404
    walk_in = ServicePage.objects.filter(locale=legal.locale, access_mode="walk_in").first()
    refused = client.post(form_url(walk_in, "en"), valid())
    assert refused.status_code == 404
    assert "does not take appointment requests online" in refused.content.decode()
    assert AppointmentRequest.objects.count() == 0


def test_a_post_without_csrf_token_is_refused_in_the_residents_language(legal, frozen):
    client = Client(enforce_csrf_checks=True)
    response = client.post(form_url(legal, "fr"), valid())
    assert response.status_code == 403
    html = response.content.decode()
    assert 'lang="fr"' in html and "Le formulaire a expiré" in html
    assert AppointmentRequest.objects.count() == 0


def test_the_form_works_with_its_csrf_token(legal, frozen):
    client = Client(enforce_csrf_checks=True)
    url = form_url(legal, "en")
    client.get(url)
    token = client.cookies["csrftoken"].value
    response = client.post(url, valid(csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert AppointmentRequest.objects.count() == 1


def test_sent_page_needs_a_signed_reference(client, legal):
    response = client.get(version(legal, "en").url + "request/sent/?ref=ABCD-EFGH")
    assert response.status_code == 404
