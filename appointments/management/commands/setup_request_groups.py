from django.core.management.base import BaseCommand

from appointments.groups import ensure_request_groups


class Command(BaseCommand):
    help = "Create or update the Operators and Coordinators groups (idempotent)."

    def handle(self, *args, **options):
        for group in ensure_request_groups():
            self.stdout.write(f"Group ready: {group.name}")
