"""The whole review cycle of a translation, any number of times, never touching Italian.

Editor, Arabic translator and moderator work through the admin; after every step the
Italian page is exactly what the editor published, and the Arabic page shows residents
only approved text (or the Italian text with the "not translated yet" notice).
"""

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from tests.localisation.review_cycle import Hub, snapshot

pytestmark = pytest.mark.django_db

FIRST = "مكتب السكن للمقيمين"
SECOND = "مساعدة في البحث عن سكن وفي عقد الإيجار"
THIRD = "مساعدة في البحث عن سكن، وفي العقد، وفي الفواتير"
TITLE = "مكتب السكن"
NEW_ITALIAN = "Aiuto per cercare casa, per il contratto d'affitto e per le bollette."


@pytest.fixture
def hub(demo, django_user_model):
    return Hub(django_user_model)


def assert_italian_untouched(hub):
    assert snapshot(hub.italian_id) == hub.italian
    response = hub.editor.get(f"/admin/pages/{hub.italian_id}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "js-translation-editor" not in html  # the Italian editor, not a translation's


def assert_residents_read_only_approved_text(hub):
    html = hub.public()
    arabic = hub.target()
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    if hub.approved is None:
        assert arabic.alias_of_id == hub.italian_id
        assert hub.italian_text in html  # the source, with its notice
    else:
        assert arabic.alias_of_id is None
        assert hub.approved in html
    for unapproved in {hub.typed, hub.submitted} - {hub.approved, None}:
        assert unapproved not in html


def check(hub):
    assert_italian_untouched(hub)
    assert_residents_read_only_approved_text(hub)
    # Every revision a page points at is its own.
    for page in Page.objects.filter(translation_key=hub.target().translation_key):
        for revision_id in (page.latest_revision_id, page.live_revision_id):
            if revision_id is not None and page.alias_of_id is None:
                assert Revision.objects.get(pk=revision_id).object_id == str(page.pk)


def test_translate_submit_request_changes_resubmit_approve_edit_again(hub):
    check(hub)
    hub.translator_starts()
    check(hub)
    hub.translator_types(FIRST)
    hub.translator_types(TITLE, path="title")
    check(hub)
    hub.translator_submits()
    assert hub.target().workflow_in_progress
    check(hub)

    hub.moderator_acts("reject", "Manca il contratto d'affitto.")
    check(hub)
    editor = hub.translator.get(f"/admin/pages/{hub.target().pk}/edit/").content.decode()
    assert "Manca il contratto d&#x27;affitto." in editor or "Manca il contratto" in editor
    hub.translator_types(SECOND)
    hub.translator_submits()  # the second submission: no 500, the workflow resumes
    assert hub.target().workflow_in_progress
    check(hub)

    hub.moderator_acts("approve")
    assert not hub.target().workflow_in_progress
    check(hub)
    assert hub.target().summary == SECOND

    # The editor changes the Italian text; the translator brings it in and updates.
    hub.editor_publishes(NEW_ITALIAN)
    check(hub)
    assert SECOND in hub.public()  # the approved Arabic stays until a new approval
    editor = hub.translator.get(f"/admin/pages/{hub.target().pk}/edit/").content.decode()
    assert "Bring in the new original text" in editor or "testo originale" in editor
    total, done = hub.translation().get_progress()
    hub.translator_refreshes()
    check(hub)
    # The changed summary waits for its translation; the unchanged title keeps its own.
    assert hub.translation().get_progress() == (total, done - 1)
    assert hub.target().title == TITLE
    hub.translator_types(THIRD)
    hub.translator_submits()
    check(hub)
    hub.moderator_acts("approve")
    check(hub)
    assert hub.target().summary == THIRD


def test_the_translation_editor_offers_submit_and_not_discard_to_a_translator(hub):
    hub.translator_starts()
    arabic = hub.target()
    html = hub.translator.get(f"/admin/pages/{arabic.pk}/edit/").content.decode()
    assert f'action="/admin/translations/{arabic.pk}/submit/"' in html
    assert "convert_to_alias" not in html
    # And the server refuses it too, for a translation that is a page of its own.
    hub.translator_types(FIRST)
    hub.translator_submits()
    hub.moderator_acts("approve")
    arabic = hub.target()
    assert (
        hub.translator.post(f"/admin/localize/page/{arabic.pk}/convert_to_alias/").status_code
        == 403
    )
    arabic.refresh_from_db()
    assert arabic.alias_of_id is None and arabic.summary == FIRST
    # An editor is asked to confirm before a translation is thrown away.
    confirm = hub.editor.get(f"/admin/localize/page/{arabic.pk}/convert_to_alias/")
    assert confirm.status_code == 200
    arabic.refresh_from_db()
    assert arabic.alias_of_id is None


def test_the_repair_command_mends_cross_wired_revisions(hub):
    hub.translator_starts()
    hub.translator_types(FIRST)
    hub.translator_submits()
    hub.moderator_acts("approve")
    italian = Page.objects.get(pk=hub.italian_id)
    arabic = hub.target()
    good = snapshot(hub.italian_id)
    # The damage the old "Submit for review" did: each page pointing at the other's.
    Page.objects.filter(pk=italian.pk).update(
        latest_revision=arabic.latest_revision_id, draft_title=arabic.title
    )
    Page.objects.filter(pk=arabic.pk).update(live_revision=italian.live_revision_id)

    from io import StringIO

    out = StringIO()
    call_command("check_revisions", stdout=out)
    report = out.getvalue()
    assert f"Page {italian.pk} " in report and f"Page {arabic.pk} " in report
    assert snapshot(hub.italian_id) != good  # only reported

    out = StringIO()
    call_command("check_revisions", "--repair", stdout=out)
    assert "repaired" in out.getvalue()
    assert snapshot(hub.italian_id) == good
    arabic = hub.target()
    assert Revision.objects.get(pk=arabic.live_revision_id).object_id == str(arabic.pk)
    assert arabic.summary == FIRST

    out = StringIO()
    call_command("check_revisions", stdout=out)
    assert "Every page's revisions are its own." in out.getvalue()


def test_the_arabic_translator_cannot_start_or_edit_the_french_translation(hub):
    french = Page.objects.get(
        translation_key=hub.target().translation_key, locale__language_code="fr"
    )
    assert french.alias_of_id == hub.italian_id
    submit = f"/admin/localize/submit/page/{hub.italian_id}/"
    form = hub.translator.get(submit).content.decode()
    assert f'value="{hub.locale.pk}"' in form  # Arabic is offered
    assert f'value="{french.locale_id}"' not in form  # French is not
    response = hub.translator.post(submit, {"locales": [french.locale_id]})
    assert response.status_code == 200  # the form again, with its error
    both = hub.translator.post(submit, {"locales": [hub.locale.pk, french.locale_id]})
    assert both.status_code == 200
    # Nothing was created for French, and the French page is still the alias residents
    # read with its notice.
    french.refresh_from_db()
    assert french.alias_of_id == hub.italian_id
    assert not Translation.objects.filter(
        source__object_id=french.translation_key, target_locale_id=french.locale_id
    ).exists()
    html = Client().get(french.url).content.decode()
    assert 'class="notice notice--translation"' in html
    # The French page's editor and its submission are refused too.
    assert hub.translator.get(f"/admin/pages/{french.pk}/edit/").status_code in (302, 403)
    assert hub.translator.post(f"/admin/translations/{french.pk}/submit/").status_code in (
        302,
        403,
        404,
    )
    assert hub.translator.post(
        f"/admin/localize/page/{french.pk}/convert_to_alias/"
    ).status_code in (
        403,
        404,
    )
    french.refresh_from_db()
    assert french.alias_of_id == hub.italian_id and not french.workflow_in_progress
