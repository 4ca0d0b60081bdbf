"""The people of a hub working on translations through the admin, one step at a time.

Each step is what a person does in the browser, as the requests the admin sends: the
editor publishes Italian, the Arabic translator starts, edits, refreshes and submits a
translation, the moderator asks for changes or approves. Used by the sequential and
the property-based tests of the review cycle.
"""

import json
from urllib.parse import urlencode

from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.synctree import create_aliases_for_new_page

from localisation.groups import ensure_translator_groups, translator_group_name
from services.models import HubPage, NeedCategory, ServicePage

VOLATILE = {"latest_revision", "live_revision", "draft_title", "has_unpublished_changes"}


def person(django_user_model, username, *groups):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    client = Client()
    client.force_login(user)
    return client


def snapshot(page_id) -> dict:
    """A page as stored: its row (content and child rows), latest and live revision."""
    page = Page.objects.get(pk=page_id).specific
    content = page.serializable_data()
    for name in ("latest_revision_created_at", "last_published_at", "first_published_at"):
        content.pop(name, None)
    latest = Revision.objects.filter(pk=page.latest_revision_id).first()
    live = Revision.objects.filter(pk=page.live_revision_id).first()
    return {
        "row": json.dumps(content, sort_keys=True, default=str),
        "latest": (page.latest_revision_id, latest and latest.object_id, latest and latest.content),
        "live": (page.live_revision_id, live and live.object_id, live and live.content),
        "title": page.title,
        "draft_title": page.draft_title,
    }


class Hub:
    """A new Italian service at .Meet, an editor, an Arabic translator and a moderator."""

    def __init__(self, django_user_model, slug="sportello-casa", code="ar", page_id=None):
        """With `page_id`, another language of a service another Hub created."""
        ensure_translator_groups()
        self.code = code
        self.locale = Locale.objects.get(language_code=code)
        people = f"{slug}-{code}"
        self.editor = person(django_user_model, f"editor-{people}", "Editors")
        self.translator = person(
            django_user_model, f"translator-{people}", translator_group_name(code)
        )
        self.moderator = person(django_user_model, f"moderator-{people}", "Moderators")
        if page_id is None:
            hub = HubPage.objects.get(locale__language_code="it", slug="meet-cuneo")
            page = hub.add_child(
                instance=ServicePage(
                    title=f"Sportello casa {slug}",
                    slug=slug,
                    summary="Aiuto per cercare casa e per il contratto d'affitto.",
                    locale=hub.locale,
                )
            )
            page.needs = list(NeedCategory.objects.filter(code="housing"))  # required
            page.save_revision().publish()
            create_aliases_for_new_page(page)  # what the admin's "add page" does
            page_id = page.pk
        page = ServicePage.objects.get(pk=page_id)
        self.italian_id = page.pk
        self.italian_text = page.summary
        self.italian = snapshot(page.pk)
        self.approved = None  # the Arabic summary residents should read, once approved
        self.submitted = None  # the Arabic summary waiting for review
        self.typed = None  # the Arabic summary in the translation editor

    # --- where things are -------------------------------------------------------------
    def target(self) -> ServicePage:
        """The service in this Hub's language (an alias until a translation is approved)."""
        return ServicePage.objects.get(
            translation_key=Page.objects.get(pk=self.italian_id).translation_key,
            locale=self.locale,
        )

    def translation(self) -> Translation | None:
        key = Page.objects.get(pk=self.italian_id).translation_key
        return Translation.objects.filter(
            source__object_id=key, target_locale=self.locale, enabled=True
        ).first()

    def public(self) -> str:
        response = Client().get(self.target().url)
        assert response.status_code == 200, response.status_code
        return response.content.decode()

    # --- what people do ---------------------------------------------------------------
    def editor_publishes(self, summary: str):
        """The editor changes the Italian summary and publishes, through the admin."""
        page = ServicePage.objects.get(pk=self.italian_id)
        page.summary = summary
        page.save_revision(user=None).publish()
        self.italian_text = summary
        self.italian = snapshot(self.italian_id)

    def translator_starts(self):
        """From the Arabic alias: "Translate this page", Arabic ticked."""
        edit = self.translator.get(f"/admin/pages/{self.target().pk}/edit/")
        assert edit.status_code == 200
        response = self.translator.post(
            f"/admin/localize/submit/page/{self.italian_id}/", {"locales": [self.locale.pk]}
        )
        assert response.status_code == 302, response.content.decode()[:2000]

    def translator_types(self, summary: str, path: str = "summary"):
        translation = self.translation()
        segment = StringSegment.objects.get(source=translation.source, context__path=path)
        response = self.translator.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            urlencode({"value": summary}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content.decode()[:2000]
        if path == "summary":
            self.typed = summary

    def translator_refreshes(self):
        """ "Bring in the new original text" from the translation editor."""
        response = self.translator.post(f"/admin/translations/{self.target().pk}/refresh/")
        assert response.status_code == 302

    def translator_submits(self):
        arabic = self.target()
        response = self.translator.post(
            f"/admin/translations/{arabic.pk}/submit/",
            {"next": f"/admin/pages/{arabic.pk}/edit/"},
        )
        assert response.status_code == 302, response.status_code
        self.submitted = self.typed

    def moderator_acts(self, action: str, comment: str = ""):
        """ "approve" or "reject" (Wagtail's "Request changes") from the dashboard."""
        arabic = self.target()
        task_state = arabic.current_workflow_task_state
        response = self.moderator.post(
            f"/admin/pages/workflow/action/{arabic.pk}/{action}/{task_state.pk}/",
            {"comment": comment},
        )
        assert response.status_code in (200, 302), response.status_code
        if action == "approve":
            self.approved = self.submitted
        self.submitted = None
