"""Translators work in their own languages only, for snippets as for pages.

The languages a person may edit are the language trees where their groups may edit
pages: a translator group holds "change" on its language's home page, editors on the
tree root (every language). Snippet permissions in Wagtail are per model, so
translatable snippets get a permission policy narrowed to those languages, and
wagtail-localize's string-editing API (which checks the snippet model only) is guarded
the same way.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import GroupPagePermission
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import EditView

ALL = None


def editable_locale_ids(user) -> set[int] | None:
    """The locales whose content `user` may edit; None means every locale."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser:
        return ALL
    cached = getattr(user, "_sportello_locale_ids", False)
    if cached is not False:
        return cached
    ids = set()
    for depth, locale_id in GroupPagePermission.objects.filter(
        group__user=user, permission__codename="change_page"
    ).values_list("page__depth", "page__locale_id"):
        if depth == 1:  # the tree root: every language
            ids = ALL
            break
        ids.add(locale_id)
    user._sportello_locale_ids = ids
    return ids


def may_edit_locale(user, locale_id) -> bool:
    ids = editable_locale_ids(user)
    return ids is ALL or locale_id in ids


class LocalePermissionPolicy(ModelPermissionPolicy):
    """Model permissions, and for each object only in the languages the user may edit."""

    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        return action == "view" or may_edit_locale(user, instance.locale_id)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        ids = editable_locale_ids(user)
        if ids is ALL or set(actions) <= {"view"}:
            return instances
        return instances.filter(locale_id__in=ids)


class LocaleEditView(EditView):
    """Wagtail's snippet edit view checks the model permission; add the object's language."""

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", instance
        ):
            raise PermissionDenied
        return instance
