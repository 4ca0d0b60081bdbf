"""Background work: mail with retries, and the daily purge. Runs in `manage.py db_worker`
(django-tasks, database backend): a request and its mail tasks are written in one
transaction, so a mail server that is down delays mail and loses nothing."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

try:  # Django 6 has tasks built in; on 5.2 they come from the django-tasks package.
    from django.tasks import task
except ImportError:
    from django_tasks import task

from django_tasks_db.models import DBTaskResult

from appointments import mail
from appointments import models as m
from appointments.purge import purge_expired

logger = logging.getLogger(__name__)

STATE_FIELD = {mail.RESIDENT: "resident_mail", mail.OPERATORS: "operator_mail"}


class MailNotSent(Exception):
    """A mail failure told without the mail server's words, which can quote addresses:
    task results and logs must hold no personal data."""


def enqueue_mails(request: m.AppointmentRequest) -> None:
    """Call inside the transaction that saves the request."""
    for recipient, field in STATE_FIELD.items():
        if getattr(request, field) == m.MAIL_PENDING:
            deliver_mail.enqueue(request.pk, recipient)


def _messages(request, recipient):
    if recipient == mail.RESIDENT:
        message = mail.resident_message(request)
        return [message] if message else []
    return mail.operator_messages(request)


QUEUE_BACKEND = "database"


@task(backend=QUEUE_BACKEND)
def deliver_mail(request_id: int, recipient: str, attempt: int = 1) -> str:
    field = STATE_FIELD[recipient]
    request = m.AppointmentRequest.objects.filter(pk=request_id).first()
    if request is None or request.erased_at or getattr(request, field) != m.MAIL_PENDING:
        return "nothing to send"
    messages = _messages(request, recipient)
    try:
        for message in messages:
            message.send()
    except Exception as error:
        delays = settings.APPOINTMENT_MAIL_RETRY_DELAYS
        if attempt <= len(delays):
            run_after = timezone.now() + timedelta(seconds=delays[attempt - 1])
            deliver_mail.using(run_after=run_after).enqueue(request_id, recipient, attempt + 1)
            logger.warning(
                "Mail for request %s (%s) failed, attempt %d; retrying after %s",
                request_id,
                recipient,
                attempt,
                run_after.isoformat(),
            )
        else:
            m.AppointmentRequest.objects.filter(pk=request_id).update(**{field: m.MAIL_FAILED})
            logger.error("Mail for request %s (%s) failed %d times", request_id, recipient, attempt)
        raise MailNotSent(f"{type(error).__name__} on attempt {attempt}") from None
    state = m.MAIL_SENT if messages else m.MAIL_NONE
    m.AppointmentRequest.objects.filter(pk=request_id).update(**{field: state})
    return f"sent {len(messages)}"


@task(backend=QUEUE_BACKEND)
def purge_requests_daily() -> int:
    """Erase what the retention setting says, then come back tomorrow."""
    erased = purge_expired()
    with transaction.atomic():
        schedule_purge(timezone.now() + timedelta(days=1))
    return erased


def schedule_purge(when=None) -> bool:
    """Enqueue the daily purge unless one is already waiting. True when it enqueued."""
    waiting = DBTaskResult.objects.filter(
        task_path=purge_requests_daily.module_path, status="READY"
    )
    if waiting.exists():
        return False
    purge_requests_daily.using(run_after=when).enqueue()
    return True
