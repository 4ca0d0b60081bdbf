"""The two mails a request sends: the resident's confirmation (in their language) and
the operators' notification (no personal data: a link to the inbox instead)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from appointments import models as m
from appointments.groups import operators
from core.languages import SOURCE_LANGUAGE

RESIDENT = "resident"
OPERATORS = "operators"


def operator_addresses() -> list[tuple[str, str]]:
    """(address, interface language) of every active operator, else the fallback list."""
    users = operators().exclude(email="").distinct()
    found = [(u.email, UserProfile.get_for_user(u).get_preferred_language()) for u in users]
    if not found:
        found = [(a, SOURCE_LANGUAGE) for a in settings.APPOINTMENT_NOTIFY_EMAILS]
    return found


def resident_language(request: m.AppointmentRequest) -> str:
    """The language the resident asked to be contacted in, where the site has it; else
    the language of the form they filled."""
    enabled = dict(settings.LANGUAGES)
    return request.preferred_language if request.preferred_language in enabled else request.language


def _service_name(request: m.AppointmentRequest, language: str) -> str:
    page = request.service or request.hub
    if page is None:
        return request.service_title
    with translation.override(language):
        return page.localized.title


def resident_message(request: m.AppointmentRequest) -> EmailMessage | None:
    if not request.email or request.erased_at:
        return None
    language = resident_language(request)
    with translation.override(language):
        context = {
            "request": request,
            "service_name": _service_name(request, language),
            "slots": list(request.slots.all()),
        }
        subject = render_to_string("appointments/mail/resident_subject.txt", context)
        body = render_to_string("appointments/mail/resident.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[request.email])


def operator_messages(request: m.AppointmentRequest) -> list[EmailMessage]:
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "appointments_request:inspect", args=[request.pk]
    )
    messages = []
    by_language: dict[str, list[str]] = {}
    for address, language in operator_addresses():
        by_language.setdefault(language or SOURCE_LANGUAGE, []).append(address)
    for language, addresses in sorted(by_language.items()):
        with translation.override(language):
            context = {
                "request": request,
                "service_name": request.service_title,
                "url": url,
                "slot_count": request.slots.count(),
            }
            subject = render_to_string("appointments/mail/operators_subject.txt", context)
            body = render_to_string("appointments/mail/operators.txt", context)
        messages.append(EmailMessage(" ".join(subject.split()), body, bcc=addresses))
    return messages
