"""Storing a resident's request: the request, its preferred times and its mail tasks,
written together or not at all; a second post of the same form finds the first."""

from django.db import IntegrityError, transaction
from django.utils import translation

from appointments import models as m
from appointments.tasks import enqueue_mails
from core.locales import in_source_language


def _source(page):
    """The Italian version of a page (requests count together across languages)."""
    return in_source_language(page)


def store(form, *, kind, service, hub, activity=None) -> m.AppointmentRequest:
    """Store the request, its slots and its mail tasks in one transaction."""
    data = form.cleaned_data
    submission = data.get("submission")
    if submission:
        existing = m.AppointmentRequest.objects.filter(submission=submission).first()
        if existing:
            return existing
    source_service, source_hub = _source(service), _source(hub)
    fields = {
        "kind": kind,
        "service": source_service,
        "hub": source_hub,
        "service_title": (source_service or source_hub or service or hub).title,
        "activity_title": (_source(activity) or activity).title if activity else "",
        "need_codes": "|" + "|".join(n.code for n in service.needs.all()) + "|" if service else "",
        "language": translation.get_language(),
        "name": data["name"],
        "contact_by": data["contact_by"],
        "phone": data.get("phone", ""),
        "email": data.get("email", ""),
        "preferred_language": data["preferred_language"],
        "other_language": data.get("other_language", "")
        if data["preferred_language"] == m.OTHER_LANGUAGE
        else "",
        "interpreter": data.get("interpreter", False),
        "message": data.get("message", ""),
        "resident_mail": m.MAIL_PENDING if data.get("email") else m.MAIL_NONE,
        "operator_mail": m.MAIL_PENDING,
    }
    if submission:
        fields["submission"] = submission
    for _attempt in range(3):
        try:
            with transaction.atomic():
                saved = m.AppointmentRequest.objects.create(**fields)
                m.RequestedSlot.objects.bulk_create(
                    m.RequestedSlot(request=saved, start=w.start, end=w.end)
                    for w in data.get("slots", [])
                )
                enqueue_mails(saved)
            return saved
        except IntegrityError:
            # The same form posted twice at once, or (rarely) a reference code taken.
            existing = m.AppointmentRequest.objects.filter(submission=submission).first()
            if submission and existing:
                return existing
    raise RuntimeError("Could not store the request")  # pragma: no cover
