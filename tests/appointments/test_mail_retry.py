"""A mail server that is down delays mail and loses nothing."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks_db.models import DBTaskResult

from appointments.models import AppointmentRequest
from appointments.tasks import deliver_mail
from tests.appointments.conftest import form_url, run_ready_tasks, user_in, valid

pytestmark = pytest.mark.django_db


class DownBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def test_request_is_stored_and_mail_goes_out_when_retried(
    client, legal, frozen, settings, django_user_model
):
    user_in(django_user_model, "Operators", "olga")
    settings.EMAIL_BACKEND = f"{__name__}.DownBackend"
    response = client.post(form_url(legal, "ar"), valid(email="fatima@example.org"))
    assert response.status_code == 302
    saved = AppointmentRequest.objects.get()
    assert saved.slots.count() == 2

    assert run_ready_tasks(deliver_mail) == 2  # both attempts fail
    saved.refresh_from_db()
    assert (saved.resident_mail, saved.operator_mail) == ("pending", "pending")
    assert DBTaskResult.objects.filter(status="FAILED").count() == 2
    retries = DBTaskResult.objects.filter(status="READY", task_path__endswith="deliver_mail")
    assert retries.count() == 2
    assert run_ready_tasks(deliver_mail) == 0  # not due yet

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    frozen.shift(timedelta(minutes=2))
    assert run_ready_tasks(deliver_mail) == 2
    saved.refresh_from_db()
    assert (saved.resident_mail, saved.operator_mail) == ("sent", "sent")
    assert len(mail.outbox) == 2
    assert saved.reference in mail.outbox[0].subject


def test_mail_that_keeps_failing_is_marked_failed(client, legal, frozen, settings):
    settings.EMAIL_BACKEND = f"{__name__}.DownBackend"
    settings.APPOINTMENT_MAIL_RETRY_DELAYS = [60]
    settings.APPOINTMENT_NOTIFY_EMAILS = ["desk@example.org"]
    client.post(form_url(legal), valid(email="fatima@example.org"))
    run_ready_tasks(deliver_mail)
    frozen.shift(timedelta(minutes=2))
    run_ready_tasks(deliver_mail)
    saved = AppointmentRequest.objects.get()
    assert (saved.resident_mail, saved.operator_mail) == ("failed", "failed")
    assert saved.name == "Fatima Zahra"  # the request itself is untouched


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        import smtplib

        raise smtplib.SMTPRecipientsRefused({"fatima@example.org": (550, b"no such user")})


def test_no_personal_data_reaches_logs_or_task_results(
    client, legal, frozen, settings, caplog, django_user_model
):
    caplog.set_level("DEBUG")
    user_in(django_user_model, "Operators", "olga")
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    client.post(
        form_url(legal, "ar"),
        valid(name="Fatima Zahra", email="fatima@example.org", message="Permesso scaduto"),
    )
    client.post(form_url(legal, "ar"), valid(phone="333 999 8888", consent=None))  # a 400
    run_ready_tasks(deliver_mail)
    stored = " ".join(
        f"{r.traceback} {r.exception_class_path} {r.return_value}"
        for r in DBTaskResult.objects.all()
    )
    # The phone numbers in every form they take (a bare "333" also turns up in random
    # task ids, which made this test fail now and then).
    phones = ("333 123 4567", "3331234567", "+393331234567", "333 999 8888", "3339998888")
    for secret in ("fatima@example.org", "Fatima", *phones, "Permesso scaduto"):
        assert secret not in caplog.text
        assert secret not in stored
    assert "SMTPRecipientsRefused" in caplog.text  # the failure itself is told
