"""The operators' inbox: who sees it, what is logged, what the CSV holds."""

import csv
import io
import re
from datetime import timedelta

import pytest
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from appointments.admin_views import EXPORT_PERSONAL_DATA, VIEW_PERSONAL_DATA, RequestViewSet
from appointments.models import AppointmentRequest
from localisation.groups import translator_group_name
from tests.appointments.conftest import form_url, user_in, valid

pytestmark = pytest.mark.django_db

INBOX = "/admin/requests/"
HOSTILE_NAME = '<script>alert("x")</script> \u202eFatima\x00\x07'
FORMULA_MESSAGE = '=HYPERLINK("http://evil.example","click")\n<b>bold</b>\x1b[31m'


@pytest.fixture
def hostile(client, legal, frozen):
    client.post(form_url(legal, "ar"), valid(name=HOSTILE_NAME, message=FORMULA_MESSAGE))
    client.logout()
    return AppointmentRequest.objects.get()


@pytest.mark.parametrize("group", ["Editors", translator_group_name("ar"), "Coordinators"])
def test_only_operators_see_requests(client, django_user_model, hostile, group):
    client.force_login(user_in(django_user_model, group, "someone"))
    assert client.get(INBOX).status_code == 403
    assert client.get(f"{INBOX}inspect/{hostile.pk}/").status_code == 403
    assert client.get(f"{INBOX}?export=csv").status_code == 403


def test_nobody_adds_a_request_in_the_admin(client, django_user_model, admin_user, hostile):
    """Requests come from residents' forms only: no "Add" button, and the add view refuses."""
    for user in (user_in(django_user_model, "Operators", "olga"), admin_user):
        client.force_login(user)
        assert f"{INBOX}new/" not in client.get(INBOX).content.decode()
        assert client.get(f"{INBOX}new/").status_code == 403
        assert client.post(f"{INBOX}new/", {"status": "new"}).status_code == 403
    assert AppointmentRequest.objects.count() == 1


def test_hostile_text_is_stored_as_typed_minus_control_characters(hostile):
    assert hostile.name == '<script>alert("x")</script> \u202eFatima'
    assert hostile.message == '=HYPERLINK("http://evil.example","click")\n<b>bold</b>[31m'


def test_an_operator_sees_the_list_and_each_opening_is_logged(client, django_user_model, hostile):
    operator = user_in(django_user_model, "Operators", "olga")
    client.force_login(operator)
    listing = client.get(INBOX).content.decode()
    assert hostile.reference in listing
    assert "Fatima" not in listing  # the list shows no personal data
    assert not ModelLogEntry.objects.filter(action=VIEW_PERSONAL_DATA).exists()

    detail = client.get(f"{INBOX}inspect/{hostile.pk}/")
    assert detail.status_code == 200
    html = detail.content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<script>alert" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    entry = ModelLogEntry.objects.get(action=VIEW_PERSONAL_DATA)
    assert (entry.user, entry.object_id) == (operator, str(hostile.pk))


def test_csv_export_neutralises_formulas_and_is_logged(client, django_user_model, hostile):
    operator = user_in(django_user_model, "Operators", "olga")
    client.force_login(operator)
    response = client.get(f"{INBOX}?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    _header, *rows = csv.reader(io.StringIO(body))
    assert len(rows) == 1
    row = dict(zip(RequestViewSet.list_export, rows[0], strict=True))
    assert row["message"].startswith("'=HYPERLINK(")
    assert row["phone"] == "'+393331234567"  # a leading + would be a formula too
    assert row["name"] == '<script>alert("x")</script> \u202eFatima'
    assert ModelLogEntry.objects.filter(
        action=EXPORT_PERSONAL_DATA, object_id=str(hostile.pk), user=operator
    ).exists()


def test_filters_narrow_the_list(client, django_user_model, hostile, legal):
    client.force_login(user_in(django_user_model, "Operators", "olga"))
    assert hostile.reference in client.get(f"{INBOX}?language=ar").content.decode()
    assert hostile.reference not in client.get(f"{INBOX}?language=fr").content.decode()
    assert hostile.reference not in client.get(f"{INBOX}?status=closed").content.decode()
    assert hostile.reference in client.get(f"{INBOX}?service={legal.pk}").content.decode()


def test_an_operator_updates_status_assignee_and_notes(client, django_user_model, hostile):
    operator = user_in(django_user_model, "Operators", "olga")
    client.force_login(operator)
    response = client.post(
        f"{INBOX}edit/{hostile.pk}/",
        {"status": "booked", "assigned_to": operator.pk, "notes": "Appuntamento giovedì 10:00"},
    )
    assert response.status_code == 302
    hostile.refresh_from_db()
    assert (hostile.status, hostile.assigned_to, hostile.notes) == (
        "booked",
        operator,
        "Appuntamento giovedì 10:00",
    )
    # Only operators can be assigned.
    editor = user_in(django_user_model, "Editors", "edith")
    refused = client.post(
        f"{INBOX}edit/{hostile.pk}/", {"status": "closed", "assigned_to": editor.pk}
    )
    assert refused.status_code == 200
    hostile.refresh_from_db()
    assert hostile.status == "booked"


def test_coordinators_read_counts_only(client, django_user_model, hostile):
    client.force_login(user_in(django_user_model, "Coordinators", "carla"))
    response = client.get("/admin/reports/requests/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sportello legale" in html
    assert "Fatima" not in html


def test_translators_do_not_read_statistics(client, django_user_model, hostile):
    client.force_login(user_in(django_user_model, translator_group_name("ar"), "amina"))
    refused = client.get("/admin/reports/requests/")
    assert refused.status_code == 403
    assert "gruppi Operatori e Coordinatori" in refused.content.decode()


def test_the_request_shows_when_it_came_in_the_hubs_time(client, django_user_model, hostile):
    """Sent at 10:00 in Rome (09:00 UTC): the operator reads 10:00, on a 24-hour clock."""
    client.force_login(user_in(django_user_model, "Operators", "olga"))
    html = client.get(f"{INBOX}inspect/{hostile.pk}/").content.decode()
    received = re.search(r"<dt[^>]*>\s*Ricevuta\s*</dt>\s*<dd[^>]*>(.*?)</dd>", html, re.S)
    assert received, html[-3000:]
    assert received.group(1).strip() == "23 nov 2026, 10:00", received.group(1)


def test_an_english_speaking_operator_reads_rome_time_in_english(
    client, django_user_model, hostile
):
    operator = user_in(django_user_model, "Operators", "olga")
    profile = UserProfile.get_for_user(operator)
    profile.preferred_language, profile.current_time_zone = "en", "America/New_York"
    profile.save()
    client.force_login(operator)
    html = client.get(f"{INBOX}inspect/{hostile.pk}/").content.decode()
    received = re.search(r"<dt[^>]*>\s*Received\s*</dt>\s*<dd[^>]*>(.*?)</dd>", html, re.S)
    assert received.group(1).strip() == "Nov 23, 2026, 10:00\u202fAM", received.group(1)


def test_the_csv_reads_like_the_inbox_in_the_operators_language(client, django_user_model, hostile):
    """Local times, names and yes/no, not UTC timestamps, codes and True/False."""
    hostile.interpreter = True
    hostile.save()
    client.force_login(user_in(django_user_model, "Operators", "olga"))
    body = b"".join(client.get(f"{INBOX}?export=csv").streaming_content).decode()
    header, row = list(csv.reader(io.StringIO(body)))
    row = dict(zip(header, row, strict=True))
    assert row["Ricevuta"] == "23 nov 2026, 10:00"
    assert row["Lingua del modulo"] == "العربية"
    assert row["Lingua preferita"] == "العربية"
    assert row["Serve un interprete"] == "sì"
    assert row["Contatto tramite"] == "Telefonata"
    assert row["Stato"] == "Nuova"
    assert row["Orari preferiti"].splitlines() == [
        "martedì 24 novembre 15:30–18:00",
        "giovedì 26 novembre 09:30–12:00",
    ]
    assert not any(v in row.values() for v in ("True", "False", "ar", "phone", "new"))


def test_the_history_says_what_an_operator_changed(client, django_user_model, hostile):
    operator = user_in(django_user_model, "Operators", "olga")
    operator.first_name, operator.last_name = "Olga", "Rossi"
    operator.save()
    client.force_login(operator)
    client.post(
        f"{INBOX}edit/{hostile.pk}/",
        {"status": "booked", "assigned_to": operator.pk, "notes": "Chiamata, giovedì 10:00"},
    )
    client.post(
        f"{INBOX}edit/{hostile.pk}/",
        {"status": "booked", "assigned_to": operator.pk, "notes": "Confermato"},
    )
    html = client.get(f"{INBOX}history/{hostile.pk}/").content.decode()
    shown = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    first = "Stato: Nuova → Prenotata; operatore assegnato: – → Olga Rossi; note interne modificate"
    assert first in shown
    assert "Note interne modificate Olga Rossi" in shown  # the second edit: notes only
    assert "Chiamata" not in shown and "Confermato" not in shown  # notes stay in the request


def test_the_list_shows_the_language_to_call_in_the_interpreter_and_the_mail(
    client, django_user_model, hostile
):
    """Operators plan from the list: the language wanted, an interpreter, the mail state;
    and they can list the failed confirmations alone."""
    hostile.interpreter, hostile.resident_mail = True, "failed"
    hostile.save()
    client.force_login(user_in(django_user_model, "Operators", "olga"))
    listing = client.get(INBOX).content.decode()
    assert "العربية" in listing  # contact in Arabic, as chosen
    assert "Non riuscita" in listing  # the confirmation mail failed, in Italian
    failed = client.get(INBOX, {"resident_mail": "failed"}).content.decode()
    assert hostile.reference in failed
    sent = client.get(INBOX, {"resident_mail": "sent"}).content.decode()
    assert hostile.reference not in sent
    assert "Fatima" not in listing


def test_requests_whose_confirmation_failed_come_first(
    client, django_user_model, hostile, legal, frozen
):
    """The resident of a failed mail heard nothing: the inbox lists them first."""
    frozen.shift(timedelta(minutes=5))
    client.post(form_url(legal, "it"), valid(name="Second"))
    newer = AppointmentRequest.objects.exclude(pk=hostile.pk).get()
    hostile.resident_mail = "failed"
    hostile.save()
    client.force_login(user_in(django_user_model, "Operators", "olga"))
    listing = client.get(INBOX).content.decode()
    assert listing.index(hostile.reference) < listing.index(newer.reference)
    by_date = client.get(INBOX, {"ordering": "-created_at"}).content.decode()
    assert by_date.index(newer.reference) < by_date.index(hostile.reference)
