"""Backup and restore for real, as an administrator would run them: `manage.py backup`
of the demo database (SQLite; PostgreSQL in CI's second run) and its media, then
`manage.py restore` into a fresh database; every table keeps every row."""

import json
import uuid
from pathlib import Path

import environ
import psycopg
import pytest
from django.db import connection

from ops.backup import _counts_in
from tests.processes import django_env, manage


def database_url(db: dict) -> str:
    user, password = db.get("USER") or "", db.get("PASSWORD") or ""
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    return f"postgres://{auth}{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


@pytest.fixture
def source_env(request):
    """The demo site's database: the test database itself on PostgreSQL (the demo is
    committed there), the demo site's own SQLite file otherwise (an in-memory test
    database cannot be read by another process)."""
    if connection.vendor == "postgresql":
        return django_env(
            "config.settings.test", DATABASE_URL=database_url(connection.settings_dict)
        )
    return request.getfixturevalue("demo_site_env")


@pytest.fixture
def scratch_database(tmp_path, source_env):
    """A new, empty database of the same kind."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    db = environ.Env.db_url_config(source_env["DATABASE_URL"])
    server = {"host": db["HOST"], "port": db["PORT"], "user": db["USER"] or None}
    server = {k: v for k, v in server.items() if v}
    if db.get("PASSWORD"):
        server["password"] = db["PASSWORD"]
    name = f"sportello_restore_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield database_url({**db, "NAME": name})
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def media(tmp_path):
    root = tmp_path / "media"
    (root / "original_images").mkdir(parents=True)
    (root / "original_images" / "sportello.jpg").write_bytes(b"\xff\xd8jpeg" * 100)
    (root / "documents").mkdir()
    (root / "documents" / "modulo-richiesta.pdf").write_bytes(b"%PDF-1.7 demo")
    return root


def restore(env, backup: Path, database_url: str, media_root: Path, check=True):
    return manage(
        env,
        "restore",
        str(backup),
        "--database-url",
        database_url,
        "--media-root",
        str(media_root),
        check=check,
    )


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def counts(url, django_db_blocker):
    with django_db_blocker.unblock():
        return _counts_in(environ.Env.db_url_config(url))


@pytest.mark.django_db
def test_backup_and_restore_keep_every_row_and_file(
    source_env, scratch_database, media, tmp_path, django_db_blocker
):
    env = {**source_env, "MEDIA_ROOT": str(media)}
    before = counts(source_env["DATABASE_URL"], django_db_blocker)
    assert before["wagtailcore_page"] > 100  # the demo is there to be backed up
    assert before["services_organisation"] > 10

    backed_up = manage(env, "backup", str(tmp_path / "backup"))
    assert f"{len(before)} tables ({sum(before.values())} rows)" in backed_up.stdout
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert manifest["tables"] == before
    assert manifest["media_files"] == 2

    restored_media = tmp_path / "restored-media"
    restored = restore(env, tmp_path / "backup", scratch_database, restored_media)
    assert "every count matches the backup" in restored.stdout
    # Checked again here, independently of the command's own check.
    assert counts(scratch_database, django_db_blocker) == before
    assert files(restored_media) == files(media)


@pytest.mark.django_db
def test_a_restore_that_lost_rows_fails_loudly(source_env, scratch_database, media, tmp_path):
    env = {**source_env, "MEDIA_ROOT": str(media)}
    manage(env, "backup", str(tmp_path / "backup"))
    manifest_path = tmp_path / "backup" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["tables"]["wagtailcore_page"] += 1  # as if a row had gone missing
    manifest_path.write_text(json.dumps(manifest))
    result = restore(env, tmp_path / "backup", scratch_database, tmp_path / "m", check=False)
    assert result.returncode != 0
    assert "wagtailcore_page:" in result.stderr
    assert "does not match the backup" in result.stderr


def test_restore_refuses_a_folder_that_is_not_a_backup(tmp_path):
    result = manage(
        django_env("config.settings.test"), "restore", str(tmp_path), "--yes", check=False
    )
    assert result.returncode != 0
    assert "not a backup folder" in result.stderr
