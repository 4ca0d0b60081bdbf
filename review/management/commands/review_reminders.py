from django.core.management.base import BaseCommand

from review import records
from review.tasks import schedule_reminders, send_review_reminders


class Command(BaseCommand):
    help = (
        "Mail the owners of pages past their review date (once per review date). With "
        "--schedule, make sure the weekly reminder task is queued for db_worker instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Queue the weekly reminder task (if none is waiting) instead of mailing now.",
        )

    def handle(self, *args, schedule=False, **options):
        records.ensure_all()
        if schedule:
            queued = schedule_reminders()
            self.stdout.write(
                "Weekly review reminder queued."
                if queued
                else "A weekly review reminder is already queued."
            )
            return
        sent = send_review_reminders.call()
        self.stdout.write(f"Sent {sent} review reminder mail(s).")
