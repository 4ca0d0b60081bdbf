from pathlib import Path

import environ
from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a folder written by `backup` into the site's database (or the one "
        "--database-url names) and MEDIA_ROOT, then check every table's row count."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", type=Path, help="folder written by `manage.py backup`")
        parser.add_argument(
            "--database-url",
            help="restore into this database instead (e.g. a scratch one, to test a backup)",
        )
        parser.add_argument("--media-root", type=Path, help="default: MEDIA_ROOT")
        parser.add_argument(
            "--yes", action="store_true", help="do not ask before replacing the site's data"
        )

    def handle(self, source, database_url=None, media_root=None, yes=False, **options):
        if not (source / "manifest.json").is_file():
            raise CommandError(f"{source} is not a backup folder (no manifest.json)")
        database = environ.Env.db_url_config(database_url) if database_url else None
        if database is None and not yes:
            answer = input("This replaces the site's database and media files. Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            counts = restore(source, database, media_root)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored {len(counts)} tables ({sum(counts.values())} rows); "
            "every count matches the backup."
        )
