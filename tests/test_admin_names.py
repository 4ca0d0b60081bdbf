"""Editors read the admin in their own language: every kind of page and row is named in
the plural too, not with Django's "add an s" default ("notizias", "servizios")."""

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User
from wagtail.users.models import UserProfile

# The service finder's own index: rebuilt from the pages, never shown in the admin.
INDEX_TABLES = {
    "sportello_search.ServiceEntry",
    "sportello_search.Posting",
    "sportello_search.TaxonomyTerm",
    "sportello_search.IndexState",
    "sportello_search.Word",
}


def our_models():
    """Models of the project's own apps (the packages at its top level) that the admin
    can show."""
    return [
        model
        for model in apps.get_models()
        if Path(model._meta.app_config.path).parent == Path(settings.BASE_DIR)
        and model._meta.label not in INDEX_TABLES
    ]


def test_every_model_names_its_plural():
    models = our_models()
    labels = {m._meta.app_label for m in models}
    assert labels >= {"home", "services", "news", "projects", "sportello_search", "appointments"}
    unnamed = [m._meta.label for m in models if "verbose_name_plural" not in m._meta.original_attrs]
    assert unnamed == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "model", "plural", "default"),
    [
        ("it", "news/newspage", "Notizie", "Notizias"),
        ("it", "services/servicepage", "Servizi", "Servizios"),
        ("it", "services/hubpage", "Poli", "Polos"),
        ("it", "projects/projectpage", "Progetti", "Progettos"),
        ("ar", "news/newspage", "أخبار", "خبرs"),
        ("uk", "services/guidepage", "Посібники", "Посібникs"),
    ],
)
def test_the_page_type_report_names_page_types_in_the_plural(
    client, language, model, plural, default
):
    editor = User.objects.create_superuser("redattrice", "r@example.org", "a-password-1234")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    # Reports → Page types usage → one type: its pages, headed by the type's plural.
    response = client.get(f"/admin/pages/usage/{model}/")
    assert response.status_code == 200
    text = response.content.decode()
    assert plural in text
    assert default not in text
