"""The weekly reminder: each owner gets one mail listing their pages past the review
date, in their interface language; a page is mailed about once per review date.
Runs in `manage.py db_worker` (django-tasks, database backend) and re-enqueues itself."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

try:  # Django 6 has tasks built in; on 5.2 they come from the django-tasks package.
    from django.tasks import task
except ImportError:
    from django_tasks import task

from core.languages import SOURCE_LANGUAGE
from review import records
from review.models import PageReview

QUEUE_BACKEND = "database"


def reminder_messages(day=None) -> tuple[list[EmailMessage], list[PageReview]]:
    """The mails to send and the reviews they remind of (marked once sent)."""
    reviews = records.overdue_unreminded(day)
    pages = {
        p.translation_key: p
        for p in records.source_pages().filter(
            translation_key__in=[r.translation_key for r in reviews]
        )
    }
    per_owner: dict = {}
    reminded = []
    for review in reviews:
        page = pages.get(review.translation_key)
        owners = records.owners(review) if page else []
        if owners:
            reminded.append(review)
        for user in owners:
            if user.email:
                per_owner.setdefault(user, []).append((page, review))
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    messages = []
    for user, rows in per_owner.items():
        language = UserProfile.get_for_user(user).get_preferred_language() or SOURCE_LANGUAGE
        with translation.override(language):
            context = {
                "user": user,
                "rows": [
                    (page, review, base + reverse("review_page", args=[page.pk]))
                    for page, review in rows
                ],
                "dashboard": base + reverse("wagtailadmin_home"),
            }
            subject = render_to_string("review/mail/reminder_subject.txt", context)
            body = render_to_string("review/mail/reminder.txt", context)
        messages.append(EmailMessage(" ".join(subject.split()), body, to=[user.email]))
    return messages, reminded


@task(backend=QUEUE_BACKEND)
def send_review_reminders() -> int:
    """Mail the owners of overdue pages, and come back in a week (enqueued first, so a
    mail server that is down misses one week, never all the weeks after)."""
    with transaction.atomic():
        schedule_reminders(timezone.now() + timedelta(days=7))
    messages, reminded = reminder_messages()
    for message in messages:
        message.send()
    for review in reminded:
        PageReview.objects.filter(pk=review.pk).update(reminded_for=review.review_by)
    return len(messages)


def schedule_reminders(when=None) -> bool:
    """Enqueue the weekly reminder unless one is already waiting. True when it enqueued."""
    waiting = DBTaskResult.objects.filter(
        task_path=send_review_reminders.module_path, status="READY"
    )
    if waiting.exists():
        return False
    send_review_reminders.using(run_after=when).enqueue()
    return True
