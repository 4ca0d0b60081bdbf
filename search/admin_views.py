"""Reports → Search queries: top and zero-result queries per language and period, CSV."""

import csv
from datetime import timedelta

from django import forms
from django.conf import settings
from django.db.models import Min, Sum
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.languages import SOURCE_LANGUAGE
from core.spreadsheets import safe_cell
from search.models import QueryStat

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
    rows = QueryStat.objects.filter(language=language, day__range=(start, end))
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
    return render(request, "search/admin/report.html", {"form": form, "top": top, "zero": zero})


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
