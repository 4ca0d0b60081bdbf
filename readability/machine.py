"""READABILITY_MT_MIN_SCORE: no machine translation from an Italian page whose
Gulpease score is below it. Text that is hard in Italian comes out worse from a machine;
the editors make it plainer first, or a person translates it.

The check stands in front of wagtail-localize's own view (the translation editor's
"Translate with ..." button posts to it): readability registers the same admin path
first, refuses there or hands the request to wagtail-localize's view unchanged.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

from core.languages import SOURCE_LANGUAGE
from readability import scoring
from readability.text import page_paragraphs


def refusal(translation) -> str:
    """Why machine translation is refused for this translation ("" when it is not)."""
    minimum = getattr(settings, "READABILITY_MT_MIN_SCORE", None)
    source = translation.source
    if minimum is None or source.locale.language_code != SOURCE_LANGUAGE:
        return ""
    instance = source.as_instance()
    if not isinstance(instance, Page):
        return ""
    result = scoring.score(page_paragraphs(instance), SOURCE_LANGUAGE)
    if result.score is None or result.score >= minimum:
        return ""
    return _(
        "Machine translation is refused for this page: its Italian text scores "
        "%(score)s on the %(formula)s index, below the %(minimum)s this site asks for. "
        "Make the Italian text plainer first, or translate it yourself."
    ) % {"score": result.score, "formula": result.formula.label, "minimum": minimum}


@require_POST
def machine_translate(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    target = translation.get_target_instance()
    if isinstance(target, Page) and not target.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    reason = refusal(translation)
    if reason:
        messages.error(request, reason)
        next_url = get_valid_next_url_from_request(request)
        if not next_url and isinstance(target, Page):
            next_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
        return redirect(next_url or reverse("wagtailadmin_home"))
    return edit_translation.machine_translate(request, translation_id)
