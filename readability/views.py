"""The readability of one page (its latest draft, in its own language) and the report
of the hardest live pages of a language, in the admin."""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.languages import RTL_LANGUAGES
from readability import scoring
from readability.text import page_paragraphs

REPORT_SIZE = 30


def page_score(page) -> scoring.Result:
    """The score of a page as it is now (a draft's object or a live page)."""
    return scoring.score(page_paragraphs(page), page.locale.language_code)


def page_readability(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    draft = page.get_latest_revision_as_object()
    code = page.locale.language_code
    result = None if page.alias_of_id else page_score(draft)
    return render(
        request,
        "readability/admin/page.html",
        {
            "page": page,
            "language": code,
            "language_name": scoring.language_name(code),
            "text_dir": "rtl" if code in RTL_LANGUAGES else "ltr",
            "result": result,
            "scale": scoring.scale(result.formula) if result and result.formula else [],
            "explanation": scoring.explanation(result.formula) if result and result.formula else "",
            "long_sentence": scoring.LONG_SENTENCE,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )


def live_score(page) -> tuple:
    """(score, formula label, band) of a live page, cached per published revision."""
    code = page.locale.language_code
    formula = scoring.LANGUAGES[code][1].name if scoring.supported(code) else ""
    key = f"readability:{page.pk}:{page.live_revision_id}:{code}:{formula}"
    found = cache.get(key)
    if found is None:
        result = page_score(page)
        found = (result.score, result.formula.name if result.formula else "")
        cache.set(key, found, 24 * 3600)
    return found


def hardest_pages(code: str) -> list[dict]:
    """The live pages of language `code` (not aliases), hardest first."""
    formula = scoring.LANGUAGES[code][1] if scoring.supported(code) else None
    rows = []
    pages = (
        Page.objects.live()
        .filter(locale__language_code=code, alias_of__isnull=True, depth__gt=1)
        .specific()
        .select_related("locale")
    )
    for page in pages:
        score, _name = live_score(page)
        if score is None:
            continue
        result = scoring.Result(language=code, score=score, formula=formula)
        rows.append(
            {
                "page": page,
                "score": score,
                "band": result.band,
                "hardness": result.hardness,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "readability_url": reverse("sportello_readability_page", args=[page.pk]),
            }
        )
    rows.sort(key=lambda row: row["hardness"], reverse=True)
    return rows[:REPORT_SIZE]


def hardest_pages_report(request):
    """For those who edit or translate pages; the buttons only where they may edit."""
    if not PagePermissionPolicy().user_has_any_permission(request.user, ["change", "publish"]):
        raise PermissionDenied
    languages = [(code, scoring.language_name(code)) for code, _name in settings.LANGUAGES]
    code = request.GET.get("language") or languages[0][0]
    if code not in dict(languages):
        raise Http404(_("Unknown language"))
    formula = scoring.LANGUAGES[code][1] if scoring.supported(code) else None
    return render(
        request,
        "readability/admin/report.html",
        {
            "languages": languages,
            "language": code,
            "formula": formula,
            "explanation": scoring.explanation(formula) if formula else "",
            "reason": "" if formula else scoring.no_formula_reason(code),
            "rows": [
                {**row, "can_edit": row["page"].permissions_for_user(request.user).can_edit()}
                for row in (hardest_pages(code) if formula else [])
            ],
        },
    )
