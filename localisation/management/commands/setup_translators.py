from django.core.management.base import BaseCommand

from localisation.groups import ensure_translator_groups


class Command(BaseCommand):
    help = "Create or update one translator group per enabled language (idempotent)."

    def handle(self, *args, **options):
        for group in ensure_translator_groups():
            self.stdout.write(f"Group ready: {group.name}")
