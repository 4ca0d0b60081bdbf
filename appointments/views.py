"""The residents' side: the appointment form of a service, the hub's contact form, the
confirmation page and the translated pages for refused posts.

Served as routes of the service and hub pages (`request/`, `contact/`), so each form
has its own URL in every language; registered with them in AppointmentsConfig.ready
(services.page_actions). The page a request goes to, a service or a hub, is
`recipient` in the templates."""

from django.core import signing
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache

from activities.models import ActivityPage
from appointments import limits, requests
from appointments import models as m
from appointments.forms import AppointmentForm, HubContactForm
from home.models import SiteOwner

SENT_SALT = "appointments.sent"
SENT_MAX_AGE = 7 * 24 * 3600


def _privacy_page(request):
    owner = SiteOwner.for_request(request)
    return owner.privacy_page.localized if owner.privacy_page else None


def _sent_url(page, route, saved, activity=None):
    token = signing.dumps(saved.reference, salt=SENT_SALT)
    url = page.url + page.reverse_subpage(route) + "?ref=" + token
    return f"{url}&activity={activity.translation_key}" if activity else url


def _form_view(
    request, page, *, kind, form_class, form_kwargs, template, sent_route, activity=None
):
    if request.method == "POST":
        if not limits.allow(request, "requests"):
            return limits.too_many_requests(request)
        form = form_class(request.POST, **form_kwargs)
        if form.is_valid():
            service = page if kind == m.APPOINTMENT else None
            hub = page.hub if kind == m.APPOINTMENT else page
            saved = requests.store(form, kind=kind, service=service, hub=hub, activity=activity)
            return redirect(_sent_url(page, sent_route, saved, activity))
        status = 400
    else:
        form = form_class(language=translation.get_language(), **form_kwargs)
        status = 200
    context = {
        "recipient": page,
        "form": form,
        "privacy_page": _privacy_page(request),
        "errors": _error_list(form),
        "activity": activity,
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
        return render(request, "appointments/unavailable.html", {"recipient": service}, status=404)
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
    """A question to the hub; from an activity's page (?activity=<its key>), a request
    to take part in it, with the activity named above the form and in the inbox."""
    source = request.POST if request.method == "POST" else request.GET
    activity = ActivityPage.joined_through(hub, source.get("activity", ""))
    return _form_view(
        request,
        hub,
        kind=m.CONTACT,
        form_class=HubContactForm,
        form_kwargs={"activity": activity},
        template="appointments/contact_form.html",
        sent_route="contact_sent",
        activity=activity,
    )


@never_cache
def sent(request, page):
    try:
        reference = signing.loads(request.GET.get("ref", ""), salt=SENT_SALT, max_age=SENT_MAX_AGE)
    except signing.BadSignature:
        reference = None
    saved = m.AppointmentRequest.objects.filter(reference=reference).first() if reference else None
    if saved is None:
        return render(request, "appointments/unavailable.html", {"recipient": page}, status=404)
    # A request to take part names the activity and leads back to it.
    activity = None
    if saved.activity_title and saved.kind == m.CONTACT:
        activity = ActivityPage.joined_through(page, request.GET.get("activity", ""))
    context = {
        "recipient": page,
        "reference": saved.reference,
        "saved": saved,
        "activity": activity,
    }
    return render(request, "appointments/sent.html", context)
