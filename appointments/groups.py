"""Who may see requests: the Operators group answers them; Coordinators read counts."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from appointments.mail import OPERATORS_GROUP

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
]


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
