"""A translator's PO file round trip through the admin: export, edit, import, publish."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail_localize.models import Translation

from localisation.po import translate_page
from services.models import ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "pw"))
    return client


def test_po_export_edit_import_and_publish_changes_the_translation(editor, demo):
    page = ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")
    arabic = translate_page(page, "ar", {page.title: "المكتب القانوني", page.summary: "ملخص"})
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="ar"
    )

    response = editor.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    by_source = {entry.msgid: entry for entry in po}
    assert by_source[page.title].msgstr == "المكتب القانوني"
    by_source[page.summary].msgstr = "استشارة قانونية مجانية حول الإقامة والطعون والحقوق."

    upload = SimpleUploadedFile("legal-ar.po", str(po).encode(), content_type="text/x-gettext")
    response = editor.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": upload, "next": f"/admin/pages/{arabic.pk}/edit/"},
    )
    assert response.status_code == 302

    # Imported strings wait for publishing: the live page is unchanged until then.
    arabic.refresh_from_db()
    assert arabic.summary == "ملخص"
    response = editor.post(f"/admin/pages/{arabic.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    arabic.refresh_from_db()
    assert arabic.summary == "استشارة قانونية مجانية حول الإقامة والطعون والحقوق."
    assert arabic.title == "المكتب القانوني"
    # And residents read it.
    html = editor.get("/ar/servizi/meet-cuneo/sportello-legale/").content.decode()
    assert "استشارة قانونية مجانية" in html
