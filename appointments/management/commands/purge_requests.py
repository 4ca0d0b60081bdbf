from django.conf import settings
from django.core.management.base import BaseCommand

from appointments.purge import purge_expired
from appointments.tasks import schedule_purge


class Command(BaseCommand):
    help = (
        "Erase the personal data of requests closed more than APPOINTMENT_RETENTION_DAYS "
        "ago. With --schedule, also make sure the daily purge task is queued for db_worker."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Queue the daily purge task (if none is waiting) instead of purging now.",
        )

    def handle(self, *args, schedule=False, **options):
        if schedule:
            queued = schedule_purge()
            self.stdout.write(
                "Daily purge queued." if queued else "A daily purge is already queued."
            )
            return
        erased = purge_expired()
        self.stdout.write(
            f"Erased the personal data of {erased} request(s) closed more than "
            f"{settings.APPOINTMENT_RETENTION_DAYS} days ago."
        )
