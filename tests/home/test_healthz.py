import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthz_is_ok_with_the_database_reachable(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize(
    "database_url",
    [
        "sqlite:////nonexistent-directory/sportello.sqlite3",
        "postgres://postgres@127.0.0.1:1/unreachable",  # nothing listens on port 1
    ],
)
def test_healthz_is_503_when_the_database_is_unreachable(database_url, tmp_path):
    """A real unreachable database, in a separate process with its own settings."""
    script = (
        "import django, json; django.setup(); "
        "from django.test import Client; r = Client().get('/healthz'); "
        "print(json.dumps({'status': r.status_code, 'body': r.json()}))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url,
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"status": 503, "body": {"status": "unavailable", "database": "unreachable"}}
