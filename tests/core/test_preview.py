"""Editors preview every page type before publishing: the preview, built from the edit
form's data (related pages as in-memory lists, not querysets), renders."""

import pytest
from wagtail.models import Page

from tests.page_types import PAGE_TYPES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", [p for p in PAGE_TYPES if "?" not in p])
@pytest.mark.parametrize("language", ["it", "ar"])
def test_every_page_type_previews_as_the_edit_form_would_show_it(client, demo, path, language):
    page = Page.objects.get(url_path=f"/home{path}" if path != "/" else "/home/").specific
    page = page.get_translation(page.locale.__class__.objects.get(language_code=language))
    page = page.specific
    draft = page.with_content_json(page.serializable_data())  # as the edit form's preview
    response = draft.make_preview_request()
    assert response.status_code == 200, (path, language)
