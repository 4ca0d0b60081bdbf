from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database and the media files into a folder (database dump, "
        "media.tar.gz, manifest.json with every table's row count)."
    )

    def add_arguments(self, parser):
        parser.add_argument("destination", type=Path, help="folder to write (created if missing)")
        parser.add_argument("--media-root", type=Path, help="default: MEDIA_ROOT")

    def handle(self, destination, media_root=None, **options):
        try:
            manifest = backup(destination, media_root)
        except BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(manifest["tables"].values())
        media = (
            f"{manifest['media_files']} media files"
            if manifest["media_files"] is not None
            else "no media files (they are in the object-storage bucket: back that up itself)"
        )
        self.stdout.write(
            f"Backed up {len(manifest['tables'])} tables ({rows} rows) and {media} to {destination}"
        )
