"""The residents' side: the appointment form of a service, the hub's contact form, the
confirmation page and the translated pages for refused posts.

Served as routes of the service and hub pages (`request/`, `contact/`), so each form
has its own URL in every language."""

from django.core import signing
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from appointments import limits
from appointments import models as m
from appointments.forms import AppointmentForm, HubContactForm
from appointments.tasks import enqueue_mails
from home.models import SiteOwner

SENT_SALT = "appointments.sent"
SENT_MAX_AGE = 7 * 24 * 3600


def _source(page):
    """The Italian version of a page (requests count together across languages)."""
    return page.get_translation_or_none(Locale.get_default()) if page else None


def _privacy_page(request):
    owner = SiteOwner.for_request(request)
    return owner.privacy_page.localized if owner.privacy_page else None


def _save(form, *, kind, service, hub) -> m.AppointmentRequest:
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


def _sent_url(page, route, saved):
    token = signing.dumps(saved.reference, salt=SENT_SALT)
    return page.url + page.reverse_subpage(route) + "?ref=" + token


def _form_view(request, page, *, kind, form_class, form_kwargs, template, sent_route):
    if request.method == "POST":
        if not limits.allow(request, "requests"):
            return limits.too_many_requests(request)
        form = form_class(request.POST, **form_kwargs)
        if form.is_valid():
            service = page if kind == m.APPOINTMENT else None
            hub = page.hub if kind == m.APPOINTMENT else page
            saved = _save(form, kind=kind, service=service, hub=hub)
            return redirect(_sent_url(page, sent_route, saved))
        status = 400
    else:
        form = form_class(language=translation.get_language(), **form_kwargs)
        status = 200
    context = {
        "service": page,
        "form": form,
        "privacy_page": _privacy_page(request),
        "errors": _error_list(form),
    }
    return render(request, template, context, status=status)


def _error_list(form):
    """(field id, label, message) for the summary at the top, in form order."""
    if not form.is_bound:
        return []
    form.describe_errors()
    items = []
    for error in form.non_field_errors():
        items.append(("", "", error))
    for bound in form:
        for error in bound.errors:
            # Single inputs have this id; radio and checkbox groups have it on
            # their wrapper, so the link lands on the whole group.
            items.append((bound.auto_id, bound.label, error))
    return items


@never_cache
def appointment(request, service):
    if not service.takes_appointments:
        return render(request, "appointments/unavailable.html", {"service": service}, status=404)
    schedule = service.schedule()
    return _form_view(
        request,
        service,
        kind=m.APPOINTMENT,
        form_class=AppointmentForm,
        form_kwargs={"schedule": schedule, "now": timezone.now()},
        template="appointments/appointment_form.html",
        sent_route="appointment_sent",
    )


@never_cache
def hub_contact(request, hub):
    return _form_view(
        request,
        hub,
        kind=m.CONTACT,
        form_class=HubContactForm,
        form_kwargs={},
        template="appointments/contact_form.html",
        sent_route="contact_sent",
    )


@never_cache
def sent(request, page):
    try:
        reference = signing.loads(request.GET.get("ref", ""), salt=SENT_SALT, max_age=SENT_MAX_AGE)
    except signing.BadSignature:
        reference = None
    saved = m.AppointmentRequest.objects.filter(reference=reference).first() if reference else None
    if saved is None:
        return render(request, "appointments/unavailable.html", {"service": page}, status=404)
    context = {"service": page, "reference": saved.reference, "saved": saved}
    return render(request, "appointments/sent.html", context)


def csrf_failure(request, reason=""):
    """Django's CSRF refusal, in the resident's language, with the way back."""
    return render(request, "appointments/csrf_failure.html", status=403)
