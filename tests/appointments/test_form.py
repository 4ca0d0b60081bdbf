"""A resident asks for an appointment: stored with its slots, confirmed in their language."""

import re

import pytest
from django.core import mail

from appointments.models import AppointmentRequest
from appointments.tasks import deliver_mail
from tests.appointments.conftest import form_url, run_ready_tasks, user_in, valid, version

pytestmark = pytest.mark.django_db


def test_arabic_request_is_stored_confirmed_and_mailed(client, legal, frozen, django_user_model):
    operator = user_in(django_user_model, "Operators", "olga")
    url = form_url(legal, "ar")
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'lang="ar" dir="rtl"' in html
    assert "الثلاثاء" in html  # Tuesday, in the offered slots
    assert 'value="2026-12-08T15:30"' not in html  # a public holiday is not offered

    response = client.post(url, valid(email="fatima@example.org"))
    assert response.status_code == 302
    saved = AppointmentRequest.objects.get()
    assert saved.language == "ar"
    assert saved.service == legal  # the Italian page, whatever the language
    assert saved.phone == "+393331234567"
    assert [s.start.isoformat() for s in saved.slots.all()] == [
        "2026-11-24T14:30:00+00:00",
        "2026-11-26T08:30:00+00:00",
    ]
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", saved.reference)

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    text = confirmation.content.decode()
    assert saved.reference in text
    assert "تم استلام الطلب" in text  # "Request received"

    assert run_ready_tasks(deliver_mail) == 2
    resident, operators = sorted(mail.outbox, key=lambda m: bool(m.bcc))
    assert resident.to == ["fatima@example.org"]
    assert saved.reference in resident.subject
    assert "رمز طلبك" in resident.body  # "Your reference code", in Arabic
    assert operators.bcc == [operator.email]
    assert "Fatima" not in operators.body  # no personal data
    assert not any(p in operators.body for p in ("333 123 4567", "3331234567", "+393331234567"))
    saved.refresh_from_db()
    assert (saved.resident_mail, saved.operator_mail) == ("sent", "sent")


def test_the_form_keeps_what_was_typed_and_lists_errors_at_the_top(client, legal, frozen):
    response = client.post(form_url(legal, "en"), valid(phone="12", consent=None))
    assert response.status_code == 400
    html = response.content.decode()
    summary = html.split('id="error-summary"')[1].split("</div>")[0]
    assert 'role="alert"' in html
    assert 'href="#id_phone"' in summary and 'href="#id_consent"' in summary
    assert 'value="Fatima Zahra"' in html  # kept
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_phone_error_1"' in html
    assert "<title>Error:" in html
    assert AppointmentRequest.objects.count() == 0


def test_posting_the_same_form_twice_stores_one_request(client, legal, frozen):
    data = valid(submission="6f1c2a8e-6d3c-4f1e-9d2b-3c4d5e6f7a8b")
    first = client.post(form_url(legal), data)
    second = client.post(form_url(legal), data)
    assert first["Location"] == second["Location"]
    assert AppointmentRequest.objects.count() == 1


def test_a_hub_takes_questions_that_fit_no_service(client, legal, frozen):
    hub = version(legal.hub, "fr")
    url = hub.url + "contact/"
    assert client.get(url).status_code == 200
    missing = client.post(url, valid(slots=None, message=""))
    assert "Please write your question." in missing.content.decode() or missing.status_code == 400
    response = client.post(url, valid(slots=None, message="Où apprendre l'italien le soir ?"))
    assert response.status_code == 302
    saved = AppointmentRequest.objects.get()
    assert (saved.kind, saved.hub, saved.service, saved.language) == (
        "contact",
        legal.hub,
        None,
        "fr",
    )
    assert client.get(response["Location"]).status_code == 200


def test_services_that_take_appointments_link_to_their_form(client, legal):
    page = client.get(version(legal, "en").url).content.decode()
    assert f'href="{form_url(legal, "en")}"' in page


def test_an_untranslated_language_shows_the_form_in_its_interface(client, legal, frozen):
    """Urdu has no translation of the desk (an alias of the Italian page)."""
    response = client.get(form_url(legal, "ur"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="ur" dir="rtl"' in html
    assert 'href="/ur/privacy/"' in html  # the privacy notice editors write
    assert client.post(form_url(legal, "ur"), valid()).status_code == 302
    assert AppointmentRequest.objects.get().language == "ur"


@pytest.mark.parametrize(("language", "optional"), [("it", "facoltativo"), ("ar", "اختياري")])
def test_phone_and_email_say_when_they_are_needed_not_optional(client, legal, language, optional):
    """Phone is required when contact is by phone (the default): its label says so."""
    html = client.get(form_url(legal, language)).content.decode()
    for field in ("phone", "email"):
        label = re.search(rf'<label for="id_{field}">(.*?)</label>', html, re.S).group(1)
        assert optional not in label, (field, label)
        assert 'class="field__optional"' in label
    response = client.post(form_url(legal, language), valid(phone=""))
    assert response.status_code == 400
    assert 'aria-invalid="true"' in re.search(
        r'<input[^>]+id="id_phone"[^>]*>', response.content.decode()
    ).group(0)


@pytest.mark.parametrize(("chosen", "words"), [("ar", "رمز طلبك"), ("other", "codice")])
def test_the_confirmation_speaks_the_language_the_resident_chose(
    client, legal, frozen, chosen, words
):
    """Filled in Italian, contact wanted in Arabic: the mail is in Arabic. A language
    the site does not have ("other"): the form's language."""
    extra = {"other_language": "Tigrinya"} if chosen == "other" else {}
    data = valid(email="fatima@example.org", preferred_language=chosen, **extra)
    assert client.post(form_url(legal, "it"), data).status_code == 302
    run_ready_tasks(deliver_mail)
    resident = next(m for m in mail.outbox if m.to == ["fatima@example.org"])
    assert words in resident.body.lower()


@pytest.mark.parametrize("posted", [False, True])
def test_every_description_a_field_points_to_exists(client, legal, posted):
    url = form_url(legal, "ar")
    response = client.post(url, valid(name="", phone="")) if posted else client.get(url)
    html = response.content.decode()
    referenced = {i for ids in re.findall(r'aria-describedby="([^"]+)"', html) for i in ids.split()}
    assert referenced
    missing = [i for i in referenced if f'id="{i}"' not in html]
    assert missing == []


def test_arabic_and_urdu_forms_keep_time_ranges_in_order(client, legal, frozen):
    """In right-to-left text "15:30–18:00" reads "18:00–15:30" unless the range is
    isolated as left-to-right; the day name stays in the reader's script."""
    for language in ("ar", "ur"):
        html = client.get(form_url(legal, language)).content.decode()
        label = re.search(r'<label for="id_slots_0">(.*?)</label>', html, re.S).group(1)
        assert '<bdi dir="ltr">15:30–18:00</bdi>' in label, label


def test_an_arabic_mail_isolates_times_and_the_code_an_italian_one_has_no_marks(
    client, legal, frozen
):
    LRI, PDI = "\u2066", "\u2069"
    for chosen, address in (("ar", "fatima@example.org"), ("it", "giulia@example.org")):
        data = valid(email=address, preferred_language=chosen)
        assert client.post(form_url(legal, "it"), data).status_code == 302
    run_ready_tasks(deliver_mail)
    arabic = next(m for m in mail.outbox if m.to == ["fatima@example.org"])
    italian = next(m for m in mail.outbox if m.to == ["giulia@example.org"])
    saved = AppointmentRequest.objects.get(email="fatima@example.org")
    assert f"{LRI}15:30–18:00{PDI}" in arabic.body
    assert f"{LRI}{saved.reference}{PDI}" in arabic.body
    assert f"{LRI}{saved.reference}{PDI}" in arabic.subject
    assert "martedì 24 novembre, 15:30–18:00" in italian.body
    assert not any(mark in italian.body + italian.subject for mark in (LRI, PDI, "\u2068"))
