"""Retention: the one path that erases residents' personal data."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from appointments import models as m


def expired(now=None):
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.APPOINTMENT_RETENTION_DAYS)
    return m.AppointmentRequest.objects.filter(
        status=m.CLOSED, closed_at__lt=cutoff, erased_at__isnull=True
    )


@transaction.atomic
def purge_expired(now=None) -> int:
    """Empty the personal fields of requests closed longer ago than the retention
    setting. Service, need, language, month and status stay for the statistics."""
    now = now or timezone.now()
    ids = list(expired(now).values_list("pk", flat=True))
    if not ids:
        return 0
    m.RequestedSlot.objects.filter(request_id__in=ids).delete()
    return m.AppointmentRequest.objects.filter(pk__in=ids).update(
        **m.PERSONAL_FIELDS, erased_at=now
    )
