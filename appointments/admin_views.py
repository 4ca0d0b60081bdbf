"""The operators' inbox in the Wagtail admin, and the coordinators' statistics.

Only users with the request permissions (the Operators group) see requests; the list
shows no personal data; opening a request and exporting CSV are logged per request."""

import csv
from datetime import date, datetime

import django_filters
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, Min, When
from django.db.models.functions import TruncMonth
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.actions.edit import EditAction
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter, log
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy

from appointments import models as m
from appointments.groups import operators
from core import dates
from core.charts import Figure, figure
from core.locales import source_locale
from core.periods import Period, read_period, selector
from core.spreadsheets import safe_cell
from services.models import NeedCategory, ServicePage

REQUEST_PERMISSION = "view_appointmentrequest"
STATS_PERMISSION = "appointments.view_request_stats"
VIEW_PERSONAL_DATA = "appointments.view_personal_data"
EXPORT_PERSONAL_DATA = "appointments.export_personal_data"
REQUEST_EDITED = "appointments.request_edited"


class RequestFilterSet(WagtailFilterSet):
    service = django_filters.ModelChoiceFilter(
        label=_("Service"), queryset=ServicePage.objects.none()
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=m.STATUSES)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=m.KINDS)
    language = django_filters.ChoiceFilter(label=_("Language of the form"), choices=())
    resident_mail = django_filters.ChoiceFilter(
        label=_("confirmation e-mail"), choices=m.MAIL_STATES
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = m.AppointmentRequest
        fields = ["service", "status", "kind", "language", "resident_mail", "created_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["service"].queryset = ServicePage.objects.filter(
            locale=source_locale()
        ).order_by("title")
        self.filters["language"].extra["choices"] = settings.LANGUAGES


class RequestForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "assigned_to" in self.fields:
            self.fields["assigned_to"].queryset = operators()
        if "notes" in self.fields:
            self.fields["notes"].widget = forms.Textarea(attrs={"rows": 6})


def local_time(value) -> str:
    """A moment in the site's time zone (the hub's), whatever the operator's own time
    zone setting, as the operator's language writes it: "23 nov 2026, 22:58"."""
    return dates.moment(value)


def _yes_no(value) -> str:
    return str(_("yes") if value else _("no"))


def _operator_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def _language_name(code) -> str:
    return str(dict(settings.LANGUAGES).get(code, code))


# The CSV, column by column: what an operator reads in a spreadsheet, in their language
# (local times, names instead of codes, yes/no instead of True/False).
EXPORT_COLUMNS = {
    "reference": (_("Reference"), lambda r: r.reference),
    "created_at": (_("Received"), lambda r: local_time(r.created_at)),
    "kind": (_("Kind"), lambda r: r.get_kind_display()),
    "service_title": (_("Service"), lambda r: r.service_title),
    "activity_title": (_("Activity"), lambda r: r.activity_title),
    "status": (_("Status"), lambda r: r.get_status_display()),
    "language": (_("Language of the form"), lambda r: _language_name(r.language)),
    "name": (_("Name"), lambda r: r.name),
    "contact_by": (_("Contact by"), lambda r: r.get_contact_by_display()),
    "phone": (_("Phone"), lambda r: r.phone),
    "email": (_("E-mail"), lambda r: r.email),
    "preferred_language": (_("preferred language"), lambda r: r.preferred_language_name()),
    "interpreter": (_("interpreter needed"), lambda r: _yes_no(r.interpreter)),
    "slots_text": (_("Preferred times"), lambda r: r.slots_text()),
    "message": (_("Message"), lambda r: r.message),
    "assigned_to": (_("Assigned operator"), lambda r: _operator_name(r.assigned_to)),
    "notes": (_("Internal notes"), lambda r: r.notes),
}


class EditedFormatter(LogFormatter):
    """The history line of an operator's edit: what changed, in the reader's language.
    The log keeps codes and user ids, never the notes' text (personal data is erased
    from the request alone, by the purge)."""

    label = _("Edit request")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        parts = []
        if "status" in data:
            labels = dict(m.STATUSES)
            old, new = (labels.get(code, code) for code in data["status"])
            parts.append(_("status: %(old)s → %(new)s") % {"old": old, "new": new})
        if "assigned_to" in data:
            users = get_user_model().objects.in_bulk([i for i in data["assigned_to"] if i])
            old, new = (_operator_name(users.get(i)) or "–" for i in data["assigned_to"])
            parts.append(_("assigned operator: %(old)s → %(new)s") % {"old": old, "new": new})
        if data.get("notes"):
            parts.append(str(_("internal notes changed")))
        if not parts:
            return str(_("Saved without changes"))
        return "; ".join(str(part) for part in parts)


def forbidden(request, statistics=False):
    """A plain 403 (Wagtail's own refusal redirects to the dashboard with a message),
    naming the groups that may see what was asked for."""
    return render(
        request, "appointments/admin/forbidden.html", {"statistics": statistics}, status=403
    )


class OperatorsOnly:
    """Requests are for the Operators group: everyone else gets a 403."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(f"appointments.{REQUEST_PERMISSION}"):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


class IndexView(OperatorsOnly, generic.IndexView):
    FORMATS = ("csv",)  # one format, with formula neutralisation

    def order_queryset(self, queryset):
        """Unless the operator sorts by a column: requests whose confirmation mail failed
        first (the resident heard nothing: call them), then the newest."""
        if self.is_explicitly_ordered:
            return super().order_queryset(queryset)
        failed_first = Case(When(resident_mail=m.MAIL_FAILED, then=0), default=1)
        return queryset.order_by(failed_first, "-created_at", "-pk")

    @property
    def header_more_buttons(self):
        return [
            Button(_("Download CSV"), url=self.csv_export_url, icon_name="download", priority=100)
        ]

    def to_row_dict(self, item):
        return {field: safe_cell(EXPORT_COLUMNS[field][1](item)) for field in self.list_export}

    def get_heading(self, queryset, field):
        return capfirst(str(EXPORT_COLUMNS[field][0]))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        queryset = queryset.prefetch_related("slots").select_related("assigned_to")
        content_type = ContentType.objects.get_for_model(m.AppointmentRequest)
        now = timezone.now()
        ModelLogEntry.objects.bulk_create(
            ModelLogEntry(
                content_type=content_type,
                label=item.reference,
                action=EXPORT_PERSONAL_DATA,
                user=self.request.user,
                object_id=str(item.pk),
                timestamp=now,
            )
            for item in queryset
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


class EditView(OperatorsOnly, generic.EditView):
    def save_instance(self):
        """Save, and log what changed (the form knows the values it started from)."""
        form, instance = self.form, self.form.instance
        EditAction(instance, user=self.request.user, form=form, log_action=None).execute(
            skip_permission_checks=True
        )
        changed = set(form.changed_data)
        changes = {}
        if "status" in changed:
            changes["status"] = [form.initial.get("status"), instance.status]
        if "assigned_to" in changed:
            changes["assigned_to"] = [form.initial.get("assigned_to"), instance.assigned_to_id]
        if "notes" in changed:
            changes["notes"] = True
        log(instance=instance, action=REQUEST_EDITED, user=self.request.user, data=changes)
        return instance


class RequestPermissionPolicy(ModelPermissionPolicy):
    """Requests come only from residents' forms: nobody adds one in the admin (an added
    request would have no service, resident or language)."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class AddView(generic.CreateView):
    def dispatch(self, request, *args, **kwargs):
        return forbidden(request)


class HistoryView(OperatorsOnly, history.HistoryView):
    pass


class InspectView(OperatorsOnly, generic.InspectView):
    def get(self, request, *args, **kwargs):
        log(self.object, VIEW_PERSONAL_DATA, user=request.user)
        return super().get(request, *args, **kwargs)

    def get_created_at_display_value(self):
        return local_time(self.object.created_at)

    def get_erased_at_display_value(self):
        return local_time(self.object.erased_at) if self.object.erased_at else "-"

    def get_slots_display_value(self):
        return self.object.slots_text() or "-"


class RequestViewSet(ModelViewSet):
    model = m.AppointmentRequest
    icon = "mail"
    menu_label = _("Requests")
    menu_order = 250
    add_to_admin_menu = True
    name = "requests"
    url_namespace = "appointments_request"
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = IndexView
    inspect_view_class = InspectView
    edit_view_class = EditView
    add_view_class = AddView
    history_view_class = HistoryView
    filterset_class = RequestFilterSet
    list_per_page = 50

    list_display = [
        TitleColumn("reference", label=_("Reference"), url_name="appointments_request:inspect"),
        Column("service_title", label=_("Service")),
        Column("get_kind_display", label=_("Kind")),
        Column("get_status_display", label=_("Status")),
        Column("language", label=_("Language")),
        # What operators plan with: the language to call in, an interpreter, and
        # whether the resident's confirmation went out.
        Column("preferred_language_name", label=_("preferred language")),
        BooleanColumn("interpreter", label=_("interpreter needed")),
        Column("get_resident_mail_display", label=_("confirmation e-mail")),
        "assigned_to",
        DateColumn("created_at", label=_("Received")),
    ]
    list_export = list(EXPORT_COLUMNS)
    export_filename = "requests"
    inspect_view_fields = [
        "reference",
        "created_at",
        "kind",
        "service_title",
        "activity_title",
        "status",
        "assigned_to",
        "language",
        *m.RESIDENT_FIELDS,
        "slots",
        "message",
        "notes",
        "resident_mail",
        "operator_mail",
        "erased_at",
    ]
    edit_handler = ObjectList(
        [FieldPanel("status"), FieldPanel("assigned_to"), FieldPanel("notes")],
        base_form_class=RequestForm,
    )


def _requests_text(count: int) -> str:
    return ngettext("%(count)s request", "%(count)s requests", count) % {"count": count}


def _month_key(value) -> date:
    """TruncMonth's month (a date, or a datetime in the site's zone) as its first day."""
    if isinstance(value, datetime):
        value = timezone.localtime(value, dates.site_zone()) if timezone.is_aware(value) else value
        value = value.date()
    return value.replace(day=1)


def stats_figures(period: Period) -> tuple[int, list[Figure]]:
    """Requests in the period: per month (every month, none left out), hub, need,
    language and service; counts only, never a person."""
    start, end = period.bounds()
    requests = m.AppointmentRequest.objects.filter(created_at__gte=start, created_at__lt=end)
    per_month = {
        _month_key(row["month"]): row["total"]
        for row in requests.annotate(month=TruncMonth("created_at", tzinfo=dates.site_zone()))
        .values("month")
        .annotate(total=Count("pk"))
    }
    need_names = {n.code: n.name for n in NeedCategory.objects.all()}
    by_need: dict[str, int] = {}
    for codes in requests.values_list("need_codes", flat=True):
        for code in filter(None, codes.split("|")):
            by_need[code] = by_need.get(code, 0) + 1
    languages = dict(settings.LANGUAGES)

    def ranked(pairs):
        return sorted(((str(name), total) for name, total in pairs), key=lambda r: (-r[1], r[0]))

    def grouped(field):
        return requests.values(field).annotate(total=Count("pk")).values_list(field, "total")

    no_hub = _("No hub")
    tables = [
        (
            "month",
            _("Requests per month"),
            _("Month"),
            [(dates.month_year(month), per_month.get(month, 0)) for month in period.months()],
        ),
        (
            "hub",
            _("Requests per hub"),
            _("Hub"),
            ranked((title or no_hub, total) for title, total in grouped("hub__title")),
        ),
        (
            "need",
            _("Requests per need"),
            _("Need"),
            ranked((need_names.get(code, code), total) for code, total in by_need.items()),
        ),
        (
            "language",
            _("Requests per language"),
            _("Language of the form"),
            ranked((languages.get(code, code), total) for code, total in grouped("language")),
        ),
        (
            "service",
            _("Requests per service"),
            _("Service"),
            ranked((title or _("No service"), total) for title, total in grouped("service_title")),
        ),
    ]
    figures = [
        figure(
            name,
            str(title),
            rows,
            label_heading=str(heading),
            value_heading=str(_("Requests")),
            describe=_requests_text,
        )
        for name, title, heading, rows in tables
    ]
    return requests.count(), figures


def figures_csv(filename: str, figures: list[Figure], value_heading: str) -> HttpResponse:
    """The tables of a report, one after the other, as CSV: counts only. With a byte
    order mark, so spreadsheet programs read UTF-8 (Arabic, Chinese)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([_("Table"), _("Row"), value_heading])
    for fig in figures:
        for label, value in fig.rows:
            writer.writerow([safe_cell(fig.title), safe_cell(label), value])
    return response


def stats_view(request):
    """Requests in a period, as charts with their tables, or CSV (`?format=csv`)."""
    if not request.user.has_perm(STATS_PERMISSION):
        return forbidden(request, statistics=True)
    today = timezone.localdate(timezone=dates.site_zone())
    first = m.AppointmentRequest.objects.aggregate(first=Min("created_at"))["first"]
    earliest = timezone.localtime(first, dates.site_zone()).date() if first else None
    period, errors = read_period(request.GET, today, earliest)
    total, figures = stats_figures(period)
    if request.GET.get("format") == "csv":
        name = f"requests-{period.first:%Y-%m}-{period.last:%Y-%m}.csv"
        return figures_csv(name, figures, str(_("Requests")))
    context = {
        "total": total,
        "figures": figures,
        "period_errors": errors,
        "selector": selector(period, request.GET, request.path),
    }
    return render(request, "appointments/admin/stats.html", context)
