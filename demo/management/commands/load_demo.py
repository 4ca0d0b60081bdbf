from django.core.management.base import BaseCommand

from demo.loader import load


class Command(BaseCommand):
    help = (
        "Load the demo content (idempotent: creates what is missing, keeps what exists "
        "and every edit made in the admin)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create the admin account."
        )

    def handle(self, *args, no_admin=False, **options):
        load(self.stdout, with_admin=not no_admin)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
