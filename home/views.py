from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from home.models import FEEDBACK_REASONS, PageFeedback
from ops import limits

FEEDBACK_ONCE_SECONDS = 24 * 3600


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def sitemap_index(request):
    """One sitemap per language, listed in a sitemap index."""
    entries = "".join(
        f"<sitemap><loc>{request.build_absolute_uri(f'/{code}/sitemap.xml')}</loc></sitemap>"
        for code, _name in settings.LANGUAGES
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{entries}</sitemapindex>\n"
    )
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@csrf_exempt  # anonymous, no session and no cookie: there is nothing to forge
@require_POST
def page_feedback(request):
    """Record "Was this page clear?" and send the reader back to the page."""
    answer = request.POST.get("clear")
    reason = request.POST.get("reason", "")
    try:
        page_id = int(request.POST.get("page", ""))
    except ValueError:
        page_id = None
    page = Page.objects.live().public().filter(pk=page_id).first() if page_id else None
    if page is None or answer not in ("yes", "no") or reason not in {"", *dict(FEEDBACK_REASONS)}:
        return render(
            request,
            "home/feedback_error.html",
            {"message": _("We could not record your answer. Please go back and try again.")},
            status=400,
        )
    if not limits.allow(request, "feedback", *settings.FEEDBACK_RATE_LIMIT):
        return render(
            request,
            "home/feedback_error.html",
            {
                "message": _(
                    "We have received many answers from your connection. Thank you: "
                    "the earlier ones are counted."
                )
            },
            status=429,
        )
    # One answer per page and connection a day: pressing again, or a script posting
    # hundreds, adds nothing. The reader is thanked all the same.
    language = translation.get_language()
    if limits.first_time(request, "feedback", f"{page.pk}:{language}", FEEDBACK_ONCE_SECONDS):
        PageFeedback.add(page, language, clear=answer == "yes", reason=reason)
    return redirect(f"{page.get_url(request)}?feedback=thanks#feedback")
