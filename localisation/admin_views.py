from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from core.languages import SOURCE_LANGUAGE
from localisation import status


def translation_report(request):
    languages = [(c, n) for c, n in settings.LANGUAGES if c != SOURCE_LANGUAGE]
    code = request.GET.get("language") or languages[0][0]
    if code not in dict(languages):
        raise Http404(_("Unknown language"))
    wanted = request.GET.get("status", "")
    rows = status.page_rows(code) + status.snippet_rows(code)
    totals = status.counts(rows)
    if wanted in totals:
        rows = [row for row in rows if row.status == wanted]
    return render(
        request,
        "localisation/admin/translation_report.html",
        {
            "languages": languages,
            "language": code,
            "language_name": dict(languages)[code],
            "rows": rows,
            "totals": totals,
            "wanted": wanted,
            "statuses": [
                (status.NEVER, _("Never translated")),
                (status.OUTDATED, _("Out of date")),
                (status.CURRENT, _("Translated and current")),
            ],
        },
    )
