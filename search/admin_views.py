"""Reports → Search queries: top and zero-result queries per language and period, CSV."""

import csv
from datetime import timedelta

from django import forms
from django.conf import settings
from django.db.models import Min, Sum
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.languages import SOURCE_LANGUAGE
from core.spreadsheets import safe_cell
from search.models import HiddenQuery, QueryStat

LIMIT = 100


class PeriodForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=())
    start = forms.DateField(
        label=gettext_lazy("From"), widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(label=gettext_lazy("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, data):
        today = timezone.localdate()
        initial = {
            "language": SOURCE_LANGUAGE,
            "start": today - timedelta(days=30),
            "end": today,
        }
        super().__init__({**initial, **{k: v for k, v in data.items() if v}})
        self.fields["language"].choices = settings.LANGUAGES

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError(_("The start date must not be after the end date."))
        return data


def query_rows(language, start, end, zero_only=False):
    hidden = HiddenQuery.objects.filter(language=language).values("query")
    rows = QueryStat.objects.filter(language=language, day__range=(start, end))
    rows = rows.exclude(query__in=hidden)
    rows = rows.values("query").annotate(searches=Sum("count"), fewest=Min("results"))
    if zero_only:
        rows = rows.filter(results=0)
    return list(rows.order_by("-searches", "query")[:LIMIT])


def search_report(request):
    form = PeriodForm(request.GET)
    top = zero = []
    if form.is_valid():
        language, start, end = (form.cleaned_data[k] for k in ("language", "start", "end"))
        top = query_rows(language, start, end)
        zero = query_rows(language, start, end, zero_only=True)
        if request.GET.get("format") == "csv":
            return _csv(language, start, end, top, zero)
    language = form.cleaned_data["language"] if form.is_valid() else SOURCE_LANGUAGE
    context = {
        "form": form,
        "top": top,
        "zero": zero,
        "hidden": HiddenQuery.objects.filter(language=language).order_by("query"),
        "language": language,
        "back": request.get_full_path(),
    }
    return render(request, "search/admin/report.html", context)


@require_POST
def hide_query(request):
    """Take a query out of the report in its language (`show=1`: put it back)."""
    language, query = request.POST.get("language", ""), request.POST.get("query", "")
    if language in dict(settings.LANGUAGES) and query:
        if request.POST.get("show"):
            HiddenQuery.objects.filter(language=language, query=query).delete()
        else:
            HiddenQuery.objects.get_or_create(language=language, query=query[:100])
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = reverse("sportello_search_report")
    return HttpResponseRedirect(back)


def _csv(language, start, end, top, zero):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="search-{language}-{start}-{end}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8 (Arabic, Chinese)
    writer = csv.writer(response)
    writer.writerow([_("List"), _("Query"), _("Searches"), _("Fewest results")])
    for label, rows in ((_("Top queries"), top), (_("Queries with no results"), zero)):
        for row in rows:
            writer.writerow([label, safe_cell(row["query"]), row["searches"], row["fewest"]])
    return response
