"""The translation status report: never translated, current, out of date, minor edits."""

import re
from datetime import date

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import TranslationSource

from home.models import StandardPage
from localisation.po import translate_page
from localisation.status import CURRENT, NEVER, OUTDATED, page_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "pw"))
    return client


@pytest.fixture
def legal_notes(demo):
    # The demo leaves the footer pages untranslated in Spanish.
    page = StandardPage.objects.get(locale__language_code="it", slug="note-legali")
    translate_page(page, "es", {page.title: "Aviso legal"})
    return page


def status_of(title, code="es"):
    return {row.title: row for row in page_rows(code)}[title]


def edit(editor, page, intro, minor=False):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": intro,
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    if minor:
        data["minor_edit"] = "on"
    response = editor.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_translated_page_is_current_and_untranslated_pages_are_listed(legal_notes):
    assert status_of("Note legali").status == CURRENT
    assert status_of("Informativa sulla privacy").status == NEVER
    assert status_of("Informativa sulla privacy").edit_url.startswith("/admin/localize/submit/")
    spanish = legal_notes.get_translations().get(locale__language_code="es")
    assert status_of("Note legali").edit_url == f"/admin/pages/{spanish.pk}/edit/"


def test_a_source_edit_makes_the_translation_out_of_date_until_synced(editor, legal_notes):
    edit(editor, legal_notes, "Condizioni d'uso aggiornate.")
    row = status_of("Note legali")
    assert row.status == OUTDATED
    assert row.source_changed_at > row.synced_at
    # Other languages are not affected by a translation they never had.
    assert status_of("Note legali", "uk").status == NEVER

    source = TranslationSource.objects.get(object_id=legal_notes.translation_key)
    editor.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert status_of("Note legali").status == CURRENT


def test_a_minor_edit_keeps_translations_current(editor, legal_notes):
    edit(editor, legal_notes, "Condizioni d’uso dei contenuti di questo sito.", minor=True)
    assert status_of("Note legali").status == CURRENT


def test_report_and_dashboard_show_the_counts(editor, legal_notes):
    edit(editor, legal_notes, "Condizioni d'uso aggiornate.")
    html = editor.get("/admin/reports/translation-status/?language=es").content.decode()
    assert "Note legali" in html
    assert re.search(r'data-status="outdated">1<', html)
    outdated_only = editor.get(
        "/admin/reports/translation-status/?language=es&status=outdated"
    ).content.decode()
    assert "Note legali" in outdated_only and "Informativa sulla privacy" not in outdated_only
    dashboard = editor.get("/admin/").content.decode()
    assert "/admin/reports/translation-status/?language=es" in dashboard
    assert editor.get("/admin/reports/translation-status/?language=xx").status_code in (302, 404)


def test_an_edit_that_changes_no_text_keeps_translations_current(legal_notes):
    """Publishing without changing a word (a review date, hours on a service) is not a
    reason to retranslate: only the translatable text counts."""
    page = StandardPage.objects.get(pk=legal_notes.pk)
    page.last_reviewed = date.today()
    page.content_changed_at = timezone.now()  # an edit not marked minor
    page.save_revision().publish()
    row = status_of("Note legali")
    assert row.source_changed_at > row.synced_at
    assert row.status == CURRENT


def test_a_translation_with_no_text_translated_is_not_counted_as_translated(demo):
    """A translation made without translating anything shows residents the source:
    the report must not call it translated and current."""
    home = demo
    page = home.add_child(
        instance=StandardPage(
            title="Pagina mai tradotta", slug="mai-tradotta", intro="Un testo che nessuno tradusse."
        )
    )
    page.save_revision().publish()
    french = translate_page(page, "fr", {})
    assert french.alias_of_id is None
    row = status_of("Pagina mai tradotta", "fr")
    assert row.status == NEVER
    assert row.texts[1] == 0 and row.texts[0] > 0
    assert row.edit_url == f"/admin/pages/{french.pk}/edit/"
