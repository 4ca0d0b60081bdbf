"""manage.py rebuild_service_index: index every live service page again, with progress."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from search import sync
from search.elastic import index as elastic


class ProgressBar:
    def __init__(self, stream, label, width=40):
        self.stream, self.label, self.width = stream, label, width

    def __call__(self, done, total):
        filled = int(self.width * done / total) if total else self.width
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()


class Command(BaseCommand):
    help = "Rebuild the service finder's index (and the Elasticsearch one when configured)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        stream = None if options["quiet_progress"] else sys.stderr

        def bar(label):
            return ProgressBar(stream, label) if stream else None

        count = sync.rebuild(progress=bar("Embedded index"))
        self.stdout.write(f"Embedded index: {count} service pages.")
        if getattr(settings, "ELASTICSEARCH_URL", ""):
            count = elastic.rebuild(progress=bar("Elasticsearch"))
            self.stdout.write(f"Elasticsearch index {elastic.index_name()}: {count} service pages.")
