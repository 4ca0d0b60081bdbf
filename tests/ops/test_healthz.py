import pytest

from tests.processes import django_env, manage, run_script


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
    env = django_env("config.settings.test", DATABASE_URL=database_url)
    outcome = run_script(script, env, timeout=60)
    assert outcome == {"status": 503, "body": {"status": "unavailable", "database": "unreachable"}}


PROBE = """
import django, json
django.setup()
from django.test import Client
probe = Client(HTTP_HOST="10.0.3.17:8000").get("/healthz")  # an address, over plain HTTP
page = Client(HTTP_HOST="10.0.3.17:8000").get("/it/")
print(json.dumps({"probe": [probe.status_code, probe.json()], "page": page.status_code}))
"""


@pytest.mark.parametrize(
    ("redis_url", "expected"),
    [
        ("redis://127.0.0.1:6379/15", {"status": "ok", "database": "ok", "cache": "ok"}),
        (
            "redis://127.0.0.1:1/0",  # nothing listens on port 1
            {"status": "unavailable", "database": "ok", "cache": "unreachable"},
        ),
    ],
)
def test_probes_work_by_address_over_http_in_production(redis_url, expected, tmp_path):
    """Load balancers probe by IP over HTTP: production answers them (and checks Redis
    when it is configured), while a page asked for by that address is still refused."""
    env = django_env(
        "config.settings.production",
        SECRET_KEY="h" * 40 + "-health-probe-test",
        DATABASE_URL=f"sqlite:///{tmp_path / 'probe.sqlite3'}",
        ALLOWED_HOSTS="sportello.comune.example.it",
    )
    manage(env, "migrate", "-v0")
    seen = run_script(PROBE, {**env, "REDIS_URL": redis_url}, timeout=120)
    assert seen["probe"] == [200 if expected["status"] == "ok" else 503, expected]
    assert seen["page"] == 400  # DisallowedHost: only the probe is answered by address
