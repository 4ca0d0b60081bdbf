"""Translators submit a translation for review; Wagtail's workflow takes it from there.

wagtail-localize's translation editor saves strings and lets people who may publish
publish. A translator may not publish, so this view turns the translated strings
into a draft revision of the page and starts the page's Wagtail workflow (by default
"Moderators approval"): a moderator approves it from the dashboard, which publishes.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation


def page_translation(page: Page) -> Translation | None:
    """The wagtail-localize translation that produced `page`, if it is one."""
    if page.alias_of_id is not None:
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def can_submit(page: Page, user) -> bool:
    """A person who may edit but not publish this translation, with a workflow to use."""
    perms = page.permissions_for_user(user)
    return (
        perms.can_edit()
        and not perms.can_publish()
        and page.get_workflow() is not None
        and not page.workflow_in_progress
    )


def save_draft(page: Page, translation: Translation, user) -> Page:
    """A draft revision of the translation, leaving what residents see unchanged.

    wagtail-localize's save_target(publish=False) also writes the new text into the page
    row, which Wagtail serves while the page is live: put the live version back.
    """
    live_revision = page.live_revision if page.live else None
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    if live_revision is not None:
        draft = page.latest_revision
        restored = live_revision.as_object()
        restored.latest_revision = draft
        restored.draft_title = page.draft_title
        restored.has_unpublished_changes = True
        restored.save(clean=False)
        page = Page.objects.get(pk=page.pk).specific
    return page


def submit_url(page: Page) -> str:
    return reverse("sportello_submit_translation", args=[page.pk])


def submit_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    translation = page_translation(page)
    if translation is None:
        raise Http404(_("This page is not a translation."))
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
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
            page = save_draft(page, translation, request.user)
            workflow.start(page, request.user)
            messages.success(
                request,
                _("“%(title)s” was submitted for review. An editor will publish it.")
                % {"title": page.get_admin_display_title()},
            )
        return redirect(next_url)
    return render(
        request,
        "home/admin/submit_translation.html",
        {
            "page": page,
            "translation": translation,
            "workflow": workflow,
            "in_progress": page.workflow_in_progress,
            "next": next_url,
            "progress": translation.get_progress(),
        },
    )
