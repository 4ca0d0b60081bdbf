"""Personal data is erased a set number of days after a request is closed."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from appointments.models import AppointmentRequest, RequestedSlot
from appointments.tasks import deliver_mail, purge_requests_daily, schedule_purge
from tests.appointments.conftest import form_url, run_ready_tasks, valid

pytestmark = pytest.mark.django_db


def make(client, legal, name, status, closed_days_ago=None):
    client.post(form_url(legal), valid(name=name, email=f"{name.lower()}@example.org"))
    saved = AppointmentRequest.objects.get(name=name)
    saved.status = status
    saved.save()
    if closed_days_ago is not None:
        when = timezone.now() - timedelta(days=closed_days_ago)
        AppointmentRequest.objects.filter(pk=saved.pk).update(closed_at=when)
    return saved


@pytest.fixture
def requests(client, legal, frozen):
    return {
        "old": make(client, legal, "Old", "closed", closed_days_ago=181),
        "recent": make(client, legal, "Recent", "closed", closed_days_ago=179),
        "open": make(client, legal, "Open", "booked"),
    }


def test_purge_erases_only_requests_closed_longer_ago_than_the_setting(requests, settings):
    call_command("purge_requests")
    old, recent, open_ = (AppointmentRequest.objects.get(pk=r.pk) for r in requests.values())
    assert (old.name, old.phone, old.email, old.message) == ("", "", "", "")
    assert old.erased_at is not None
    assert not RequestedSlot.objects.filter(request=old).exists()
    # What statistics need survives.
    assert (old.service_title, old.language, old.status) == ("Sportello legale", "it", "closed")
    assert old.need_codes.startswith("|")
    for kept in (recent, open_):
        assert kept.name and kept.phone and kept.erased_at is None
        assert kept.slots.count() == 2

    settings.APPOINTMENT_RETENTION_DAYS = 30
    call_command("purge_requests")
    assert AppointmentRequest.objects.get(pk=requests["recent"].pk).name == ""
    assert AppointmentRequest.objects.get(pk=requests["open"].pk).name == "Open"
    assert AppointmentRequest.objects.count() == 3  # counts survive


def test_the_daily_task_purges_and_queues_itself_again(requests, frozen):
    DBTaskResult.objects.all().delete()  # mails and the demo's queued purge
    assert schedule_purge() is True
    assert schedule_purge() is False  # one is enough
    run_ready_tasks()
    assert AppointmentRequest.objects.get(pk=requests["old"].pk).name == ""
    waiting = DBTaskResult.objects.filter(
        task_path=purge_requests_daily.module_path, status="READY"
    )
    assert waiting.count() == 1
    assert waiting.get().run_after > timezone.now() + timedelta(hours=23)


def test_a_purged_request_sends_no_confirmation(requests, mailoutbox):
    old = requests["old"]
    call_command("purge_requests")
    assert deliver_mail.call(old.pk, "resident") == "nothing to send"
    assert mailoutbox == []
