"""Who may see requests: the Operators group answers them; Coordinators read counts (of
requests, and of searches with no result)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

OPERATORS_GROUP = "Operators"
COORDINATORS_GROUP = "Coordinators"
OPERATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("appointments", "view_appointmentrequest"),
    ("appointments", "change_appointmentrequest"),
    ("appointments", "view_request_stats"),
]
COORDINATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("appointments", "view_request_stats"),
    # What residents searched for and did not find (the search report).
    ("sportello_search", "view_search_report"),
]


def operators():
    """Active members of the Operators group: who answers requests."""
    return get_user_model().objects.filter(groups__name=OPERATORS_GROUP, is_active=True)


def _permissions(pairs):
    return [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in pairs
    ]


@transaction.atomic
def ensure_request_groups() -> list[Group]:
    groups = []
    for name, pairs in (
        (OPERATORS_GROUP, OPERATOR_PERMISSIONS),
        (COORDINATORS_GROUP, COORDINATOR_PERMISSIONS),
    ):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(pairs))
        groups.append(group)
    return groups
