"""Needs and audiences: one row and one key, named in every language."""

import pytest
from django.conf import settings
from django.utils import translation

from services.models import Audience, NeedCategory, SpokenLanguage

pytestmark = pytest.mark.django_db
COLUMNS = [code.replace("-", "_") for code, _ in settings.LANGUAGES]


@pytest.mark.parametrize("model", [NeedCategory, Audience, SpokenLanguage])
def test_every_demo_row_is_named_in_all_ten_languages(demo, model):
    for row in model.objects.all():
        names = {column: getattr(row, f"name_{column}") for column in COLUMNS}
        assert all(names.values()), (row.code, names)


def test_every_need_has_everyday_synonyms_in_all_ten_languages(demo):
    for need in NeedCategory.objects.all():
        for column in COLUMNS:
            assert len(getattr(need, f"synonyms_{column}").splitlines()) >= 3, (need.code, column)


def test_names_follow_the_reader_language_with_one_key(client, demo):
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/search/?need=residence-permit"' in html
    assert "Titre de séjour" in html
    html = client.get("/zh-hans/").content.decode()
    assert "居留许可" in html


def test_an_empty_language_falls_back_to_italian(demo):
    need = NeedCategory.objects.get(code="housing")
    need.name_sq = ""
    need.save()
    with translation.override("sq"):
        assert NeedCategory.objects.get(code="housing").name == "Casa"


def test_the_admin_edits_every_language_on_one_form(client, demo, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "e@example.org", "pw"))
    need = NeedCategory.objects.get(code="housing")
    html = client.get(f"/admin/snippets/services/needcategory/edit/{need.pk}/").content.decode()
    for column in COLUMNS:
        assert f'name="name_{column}"' in html
        assert f'name="synonyms_{column}"' in html
