"""Translator groups: one per language, editing that language's tree and nothing else.

Members open the wagtail-localize translation editor for pages and organisations in
their language, save translations and submit them to the review workflow
(localisation.review); they cannot edit the Italian source or another language, and cannot
publish. Editors (Wagtail's "Editors" and "Moderators" groups) publish.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Page

from core.languages import SOURCE_LANGUAGE

TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page")
EDITOR_GROUPS = ("Editors", "Moderators")
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
# The snippets editors keep beside the pages: places and organisations.
EDITOR_SNIPPET_PERMISSIONS = [
    (model, action)
    for model in ("location", "organisation")
    for action in ("add", "change", "delete")
]


def translator_group_name(code: str) -> str:
    return f"Translators: {dict(settings.LANGUAGES)[code]} ({code})"


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_translator_groups() -> list[Group]:
    access_admin = _permission("wagtailadmin", "access_admin")
    submit = _permission("wagtail_localize", "submit_translation")
    # Per model in Wagtail; core.permissions narrows it to the group's language.
    organisations = _permission("services", "change_organisation")
    page_permissions = {c: _permission("wagtailcore", c) for c in EDITOR_PAGE_PERMISSIONS}
    groups = []
    for code, _name in settings.LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        group, _ = Group.objects.get_or_create(name=translator_group_name(code))
        group.permissions.add(access_admin, submit, organisations)
        # The roots of that language's tree: its home page (or alias of it).
        for root in Page.objects.filter(locale__language_code=code, depth=2):
            for codename in TRANSLATOR_PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=page_permissions[codename]
                )
        groups.append(group)

    tree_root = Page.get_first_root_node()
    snippets = [_permission("services", f"{a}_{m}") for m, a in EDITOR_SNIPPET_PERMISSIONS]
    for name in EDITOR_GROUPS:
        group = Group.objects.filter(name=name).first()
        if group is None or tree_root is None:
            continue
        group.permissions.add(*snippets)
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=tree_root, permission=page_permissions[codename]
            )
    return groups
