"""Backups of the database and the media files, and their restore (docs/deploy.md).

A backup is a folder: database.dump (PostgreSQL's custom format, from pg_dump) or
database.sqlite3 (SQLite's online backup), media.tar.gz, and manifest.json with the
row count of every table. Restoring checks every count against the manifest, so a
restore that lost rows fails loudly instead of looking fine."""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connection, connections


class BackupError(Exception):
    pass


def _pg_env(db: dict) -> dict:
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return env


def _pg_args(db: dict) -> list[str]:
    args = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args += [flag, str(db[key])]
    return args


def _run(command: list[str], env: dict) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)"
        )
    result = subprocess.run(  # noqa: S603 (fixed programs; arguments from the settings)
        command, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def row_counts(conn) -> dict[str, int]:
    """Rows in every table of a Django database connection."""
    with conn.cursor() as cursor:
        tables = sorted(conn.introspection.table_names(cursor))
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {conn.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def _media_on_disk() -> bool:
    return settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")


def _archive_media(media_root: Path, destination: Path) -> int:
    files = 0
    with tarfile.open(destination / "media.tar.gz", "w:gz") as archive:
        if media_root.is_dir():
            for path in sorted(media_root.rglob("*")):
                if path.is_file():
                    archive.add(path, arcname=str(path.relative_to(media_root)))
                    files += 1
    return files


def backup(destination: Path, media_root: Path | None = None) -> dict:
    destination.mkdir(parents=True, exist_ok=True)
    db = connection.settings_dict
    vendor = connection.vendor
    if vendor == "postgresql":
        dump = destination / "database.dump"
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                *_pg_args(db),
                "--file",
                str(dump),
                db["NAME"],
            ],
            _pg_env(db),
        )
    elif vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(destination / "database.sqlite3")
        with target:
            connection.connection.backup(target)
        target.close()
    else:
        raise BackupError(f"no backup for the {vendor} database engine")

    files = None
    if media_root or _media_on_disk():
        files = _archive_media(Path(media_root or settings.MEDIA_ROOT), destination)
    manifest = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "engine": vendor,
        "tables": row_counts(connection),
        # None: media live in an object-storage bucket, backed up by the bucket itself.
        "media_files": files,
    }
    (destination / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def restore(source: Path, database: dict | None = None, media_root: Path | None = None) -> dict:
    """Restore into `database` (settings-style dict; default: this site's database) and
    `media_root`; return the restored counts, after checking them against the manifest."""
    manifest = json.loads((source / "manifest.json").read_text())
    db = database or connection.settings_dict
    engine = db["ENGINE"].rsplit(".", 1)[-1].removesuffix("3")  # sqlite3 → sqlite
    if engine != manifest["engine"]:
        raise BackupError(f"this backup is of a {manifest['engine']} database, not {engine}")
    if engine == "postgresql":
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                *_pg_args(db),
                "--dbname",
                db["NAME"],
                str(source / "database.dump"),
            ],
            _pg_env(db),
        )
    else:
        target_path = Path(db["NAME"])
        backup_file = sqlite3.connect(source / "database.sqlite3")
        target = sqlite3.connect(target_path)
        with target:
            backup_file.backup(target)
        backup_file.close()
        target.close()
    counts = _counts_in(db)

    archive_path = source / "media.tar.gz"
    if archive_path.exists() and (media_root or _media_on_disk()):
        media_root = Path(media_root or settings.MEDIA_ROOT)
        media_root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive_path, "r:gz") as archive:
            archive.extractall(media_root, filter="data")

    missing = {
        table: (expected, counts.get(table))
        for table, expected in manifest["tables"].items()
        if counts.get(table) != expected
    }
    if missing:
        details = ", ".join(f"{t}: {e} expected, {g} restored" for t, (e, g) in missing.items())
        raise BackupError(f"the restored database does not match the backup: {details}")
    return counts


def _counts_in(db: dict) -> dict[str, int]:
    """Row counts in another database, through a Django connection made for the purpose."""
    alias = "sportello_restore_check"
    # configure_settings fills in Django's defaults; it insists on a "default" key.
    connections.settings[alias] = connections.configure_settings({"default": dict(db)})["default"]
    try:
        return row_counts(connections[alias])
    finally:
        connections[alias].close()
        del connections[alias]
        del connections.settings[alias]
