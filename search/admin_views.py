"""Reports → Search queries: top and zero-result queries per language and period, the
searches that found nothing per month and language as charts with their tables, CSV."""

import csv
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, Min, OuterRef, Sum
from django.db.models.functions import TruncMonth
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from core.charts import Figure, figure
from core.dates import month_year, site_zone
from core.languages import SOURCE_LANGUAGE
from core.periods import Period, read_period, selector
from core.spreadsheets import safe_cell
from search.models import HiddenQuery, QueryStat

LIMIT = 100


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=())

    def __init__(self, data):
        super().__init__({"language": SOURCE_LANGUAGE, **{k: v for k, v in data.items() if v}})
        self.fields["language"].choices = settings.LANGUAGES


def _searches_text(count: int) -> str:
    return ngettext("%(count)s search", "%(count)s searches", count) % {"count": count}


def _not_hidden(rows):
    hidden = HiddenQuery.objects.filter(language=OuterRef("language"), query=OuterRef("query"))
    return rows.exclude(Exists(hidden))


def zero_figures(language: str, period: Period) -> list[Figure]:
    """Searches that found nothing in the period: per month in `language` (every month,
    none left out) and per language; hidden queries do not count."""
    rows = _not_hidden(
        QueryStat.objects.filter(results=0, day__gte=period.first, day__lt=period.end)
    )
    per_month = {
        row["month"]: row["n"]
        for row in rows.filter(language=language)
        .annotate(month=TruncMonth("day"))
        .values("month")
        .annotate(n=Sum("count"))
    }
    languages = dict(settings.LANGUAGES)
    per_language = sorted(
        (
            (str(languages.get(row["language"], row["language"])), row["n"])
            for row in rows.values("language").annotate(n=Sum("count"))
        ),
        key=lambda r: (-r[1], r[0]),
    )
    heading = _("Searches with no results")
    return [
        figure(
            "zero-month",
            _("Searches with no results per month, in %(language)s")
            % {"language": languages.get(language, language)},
            [(month_year(month), per_month.get(month, 0)) for month in period.months()],
            label_heading=_("Month"),
            value_heading=heading,
            describe=_searches_text,
        ),
        figure(
            "zero-language",
            _("Searches with no results per language"),
            per_language,
            label_heading=_("Language"),
            value_heading=heading,
            describe=_searches_text,
        ),
    ]


def query_rows(language, start, end, zero_only=False):
    hidden = HiddenQuery.objects.filter(language=language).values("query")
    rows = QueryStat.objects.filter(language=language, day__range=(start, end))
    rows = rows.exclude(query__in=hidden)
    rows = rows.values("query").annotate(searches=Sum("count"), fewest=Min("results"))
    if zero_only:
        rows = rows.filter(results=0)
    return list(rows.order_by("-searches", "query")[:LIMIT])


REPORT_PERMISSION = "sportello_search.view_search_report"


def search_report(request):
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied
    form = LanguageForm(request.GET)
    language = form.cleaned_data["language"] if form.is_valid() else SOURCE_LANGUAGE
    first = QueryStat.objects.aggregate(first=Min("day"))["first"]
    today = timezone.localdate(timezone=site_zone())
    period, errors = read_period(request.GET, today, first)
    last_day = period.end - timedelta(days=1)
    top = query_rows(language, period.first, last_day)
    zero = query_rows(language, period.first, last_day, zero_only=True)
    figures = zero_figures(language, period)
    if request.GET.get("format") == "csv":
        return _csv(language, period, top, zero, figures)
    context = {
        "form": form,
        "top": top,
        "zero": zero,
        "figures": figures,
        "period_errors": errors,
        "selector": selector(period, request.GET, request.path),
        "hidden": HiddenQuery.objects.filter(language=language).order_by("query"),
        "language": language,
        "back": request.get_full_path(),
    }
    return render(request, "search/admin/report.html", context)


@require_POST
def hide_query(request):
    """Take a query out of the report in its language (`show=1`: put it back)."""
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied
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


def _csv(language, period, top, zero, figures):
    """The lists, then the tables of the charts (List: the table's title, Query: its
    row), as CSV with a byte order mark, so spreadsheet programs read UTF-8."""
    name = f"search-{language}-{period.first:%Y-%m}-{period.last:%Y-%m}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8 (Arabic, Chinese)
    writer = csv.writer(response)
    writer.writerow([_("List"), _("Query"), _("Searches"), _("Fewest results")])
    for label, rows in ((_("Top queries"), top), (_("Queries with no results"), zero)):
        for row in rows:
            writer.writerow([label, safe_cell(row["query"]), row["searches"], row["fewest"]])
    for fig in figures:
        for row_label, value in fig.rows:
            writer.writerow([safe_cell(fig.title), safe_cell(row_label), value, ""])
    return response
