"""Translators submit a translation for review; Wagtail's workflow takes it from there.

wagtail-localize's translation editor saves strings and lets people who may publish
publish. A translator may not publish, so this view turns the translated strings
into a draft revision of the page and starts the page's Wagtail workflow (by default
"Moderators approval"): a moderator approves it from the dashboard, which publishes.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation


def page_translation(page: Page) -> Translation | None:
    """The wagtail-localize translation of `page`, if it is one (an alias whose
    translation has been started has one too: it stays an alias until approval)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def can_submit(page: Page, user) -> bool:
    """A person who may edit but not publish this translation, with a workflow to use.

    A translation sent back with "Request changes" can be submitted again.
    """
    perms = page.permissions_for_user(user)
    return (
        perms.can_edit()
        and not perms.can_publish()
        and page.get_workflow() is not None
        and not page.workflow_in_progress
    )


def save_draft(page: Page, translation: Translation, user) -> Page:
    """A draft revision of the translation, leaving what residents see unchanged.

    The page row, its live revision and its alias link stay as they are
    (core.patches.localize_drafts); only a new revision of this page is written.
    """
    translation.save_target(user=user, publish=False)
    return Page.objects.get(pk=page.pk).specific


def send_to_review(page: Page, translation: Translation, user) -> Page:
    """Save the draft and start the workflow, or resume it after "Request changes"."""
    state = page.current_workflow_state
    page = save_draft(page, translation, user)
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        page.get_workflow().start(page, user)
    return page


def submit_url(page: Page) -> str:
    return reverse("sportello_submit_translation", args=[page.pk])


def refresh_url(page: Page) -> str:
    return reverse("sportello_refresh_translation", args=[page.pk])


def last_comment(state) -> str:
    """What the reviewer wrote when asking for changes, if anything."""
    task_state = getattr(state, "current_task_state", None)
    return task_state.comment if task_state is not None else ""


def editable_translation(request, page_id) -> tuple[Page, Translation]:
    """The translation page `page_id` and its wagtail-localize Translation, if the
    person may edit that language (404 for a page that is no translation, else 403)."""
    page = get_object_or_404(Page, pk=page_id).specific
    translation = page_translation(page)
    if translation is None:
        raise Http404(_("This page is not a translation."))
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page, translation


def refresh_translation(request, page_id):
    """Bring the source's current text into the translation editor (POST only).

    The source's strings are read again (TranslationSource.update_from_db): strings
    that did not change keep their translation, new or changed ones show as not yet
    translated. No page changes: residents keep the published version.
    """
    page, translation = editable_translation(request, page_id)
    if request.method != "POST":
        return redirect("wagtailadmin_pages:edit", page.pk)
    with transaction.atomic():
        translation.source.update_from_db()
    messages.success(
        request,
        _("The new original text is in the editor: texts that changed need translating."),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def submit_translation(request, page_id):
    page, translation = editable_translation(request, page_id)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    next_url = next_url or reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    workflow = page.get_workflow()
    if request.method == "POST":
        if workflow is None:
            messages.error(request, _("No review workflow applies to this page: ask an editor."))
        elif page.workflow_in_progress:
            messages.warning(request, _("This translation is already waiting for review."))
        else:
            with transaction.atomic():
                page = send_to_review(page, translation, request.user)
            messages.success(
                request,
                _("“%(title)s” was submitted for review. An editor will publish it.")
                % {"title": page.get_admin_display_title()},
            )
        return redirect(next_url)
    return render(
        request,
        "localisation/admin/submit_translation.html",
        {
            "page": page,
            "translation": translation,
            "workflow": workflow,
            "in_progress": page.workflow_in_progress,
            "next": next_url,
            "progress": translation.get_progress(),
        },
    )
