"""The admin side of review dates: a page's review (owner, date, "checked, nothing
changed"), the dashboard panel of one's own pages due, and the report of stale pages
per hub and language."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.dates import long_date
from core.locales import source_locale
from review import records
from review.models import PageReview
from services.models import HubPage

LATEST_YEAR = 2099


class ReviewForm(forms.ModelForm):
    class Meta:
        model = PageReview
        fields = ["review_by", "owner_user", "owner_group"]
        widgets = {"review_by": AdminDateInput}

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page  # the page in the source language, whose facts are checked
        # People who can sign in to the admin, by name.
        self.fields["owner_user"].queryset = (
            get_user_model()
            .objects.filter(Q(groups__isnull=False) | Q(is_superuser=True), is_active=True)
            .distinct()
            .order_by("first_name", "last_name", "username")
        )
        self.fields["owner_user"].label_from_instance = lambda user: (
            user.get_full_name() or user.get_username()
        )
        self.fields["owner_group"].queryset = Group.objects.order_by("name")

    def clean_review_by(self):
        value = self.cleaned_data["review_by"]
        if value < records.today():
            raise forms.ValidationError(
                gettext_lazy("Choose a review date from today on."), code="past"
            )
        if value.year > LATEST_YEAR:
            raise forms.ValidationError(
                gettext_lazy("Choose a review date before %(year)s.") % {"year": LATEST_YEAR + 1},
                code="far",
            )
        return value

    def clean_owner_user(self):
        user = self.cleaned_data.get("owner_user")
        if user and self.page and not self.page.permissions_for_user(user).can_edit():
            raise forms.ValidationError(
                gettext_lazy("%(name)s cannot edit the Italian page: choose someone who can.")
                % {"name": user.get_full_name() or user.get_username()},
                code="cannot_edit",
            )
        return user

    def clean_owner_group(self):
        group = self.cleaned_data.get("owner_group")
        if group and self.page and not records.group_can_edit(group, self.page):
            raise forms.ValidationError(
                gettext_lazy(
                    "The group %(name)s cannot edit the Italian page: choose one that can."
                )
                % {"name": group.name},
                code="cannot_edit",
            )
        return group

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("owner_user") and not cleaned.get("owner_group"):
            raise forms.ValidationError(
                gettext_lazy(
                    "Choose who checks this page: a person, a group or both. "
                    "Without an owner nobody is reminded."
                ),
                code="no_owner",
            )
        return cleaned


def _page_for(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not records.is_reviewed(page):
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


@require_http_methods(["GET", "POST"])
def review_page(request, page_id):
    """A page's review: who owns it, when it is due, and "checked, nothing changed".

    The review belongs to the page in every language; changing it needs the right to
    edit the page in the source language, where its facts are written.
    """
    page = _page_for(request, page_id)
    source = records.source_page(page) or page
    can_change = source.permissions_for_user(request.user).can_edit()
    review = records.review_of(source)
    form = ReviewForm(instance=review, page=source)
    if request.method == "POST":
        if not can_change:
            raise PermissionDenied
        if "checked" in request.POST:
            review = records.mark_checked(source, request.user)
            messages.success(
                request,
                _("Marked as checked: the next review is due by %(date)s.")
                % {"date": long_date(review.review_by)},
            )
            return redirect("review_page", page.pk)
        form = ReviewForm(request.POST, instance=review, page=source)
        if form.is_valid():
            form.save()
            messages.success(request, _("The review date and owner are saved."))
            return redirect("review_page", page.pk)
        messages.error(request, _("The review was not saved: see the message below."))
    return TemplateResponse(
        request,
        "review/admin/review.html",
        {
            "page": page,
            "source": source,
            "review": review,
            "overdue": records.is_overdue(review),
            "form": form,
            "can_change": can_change,
        },
        status=400 if form.errors else 200,
    )


def stale_report(request):
    """Pages past their review date, per hub and language, for those who edit or
    translate pages (not operators, who answer requests)."""
    if not PagePermissionPolicy().user_has_any_permission(request.user, ["change", "publish"]):
        raise PermissionDenied
    language = request.GET.get("language", "")
    languages = dict(settings.LANGUAGES)
    if language not in languages:
        language = ""
    hub = request.GET.get("hub", "")
    hubs = list(
        HubPage.objects.live()
        .filter(locale=source_locale(), alias_of__isnull=True)
        .order_by("title")
    )
    if hub not in {str(h.translation_key) for h in hubs}:
        hub = ""
    groups = [
        (hub_title, code, languages.get(code, code), rows)
        for hub_title, code, rows in records.stale(language=language, hub_key=hub or None)
    ]
    return TemplateResponse(
        request,
        "review/admin/report.html",
        {
            "groups": groups,
            "total": sum(len(rows) for *_, rows in groups),
            "languages": settings.LANGUAGES,
            "language": language,
            "hubs": hubs,
            "hub": hub,
        },
    )


class DuePanel(Component):
    """On the dashboard: one's own pages overdue or due soon."""

    name = "review_due"
    order = 105

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None):
        rows = records.due_for(self.request.user)
        today = records.today()
        return render_to_string(
            "review/admin/panel.html",
            {"rows": [(page, review, review.review_by < today) for review, page in rows]},
            request=self.request,
        )
