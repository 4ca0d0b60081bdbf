"""The deployment files, checked without a Docker engine: docker-compose.yml and the
Dockerfile parse, name what exists, and agree with docs/deploy.md and the settings."""

import gc
import re
import shlex
import tomllib
import types
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
DOCS = (ROOT / "docs" / "deploy.md").read_text()
README = (ROOT / "README.md").read_text()
ENV_EXAMPLE = (ROOT / ".env.example").read_text()
DOCKERFILE = (ROOT / "Dockerfile").read_text()
APP_SERVICES = ["migrate", "web", "worker"]


def locked_version(package: str) -> str:
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    return next(p["version"] for p in lock["package"] if p["name"] == package)


def test_the_stack_has_every_part_the_issue_names():
    assert set(SERVICES) == {"migrate", "web", "worker", "db", "elasticsearch", "redis"}
    assert SERVICES["web"]["command"][:3] == ["gunicorn", "--config", "config/gunicorn.py"]
    assert (ROOT / "config" / "gunicorn.py").is_file()
    worker = SERVICES["worker"]["command"]
    assert worker[:3] == ["python", "manage.py", "db_worker"]
    backend = worker[worker.index("--backend") + 1]
    assert backend in settings.TASKS  # the queue the appointment mail is sent through
    assert SERVICES["db"]["image"].startswith("postgres:")
    # The Elasticsearch server and the client library share a major version.
    es_version = SERVICES["elasticsearch"]["image"].rsplit(":", 1)[1]
    assert es_version.split(".")[0] == locked_version("elasticsearch").split(".")[0] == "8"


def test_long_running_services_have_health_checks_and_start_in_order():
    for name, service in SERVICES.items():
        if name != "migrate":
            assert "healthcheck" in service, name
            assert service.get("restart") == "unless-stopped", name
    assert SERVICES["migrate"]["restart"] == "no"
    for name in ("web", "worker"):
        needs = SERVICES[name]["depends_on"]
        assert needs["migrate"]["condition"] == "service_completed_successfully"
        assert needs["db"]["condition"] == "service_healthy"
    # Probes ask /healthz, which answers before the host check (ops.health).
    from ops.health import PATH

    assert PATH in " ".join(SERVICES["web"]["healthcheck"]["test"])
    assert PATH in DOCKERFILE.split("HEALTHCHECK", 1)[1]


def test_app_services_are_configured_only_through_settings_that_exist():
    base = SERVICES["web"]
    for name in APP_SERVICES:
        assert SERVICES[name]["image"] == base["image"]
        assert SERVICES[name]["environment"] == base["environment"]
    documented = README + ENV_EXAMPLE
    for variable in base["environment"]:
        assert f"`{variable}`" in README or f"{variable}=" in ENV_EXAMPLE, variable
        assert variable in documented
    # The addresses point at services of this file.
    env = base["environment"]
    assert re.search(r"@db:5432/", env["DATABASE_URL"])
    assert env["ELASTICSEARCH_URL"].startswith("http://elasticsearch:")
    assert env["REDIS_URL"].startswith("redis://redis:")


def test_every_service_the_deploy_guide_names_exists():
    table = re.findall(r"^\| `([a-z_-]+)` \|", DOCS, flags=re.MULTILINE)
    assert set(table) == set(SERVICES)
    # `run`/`exec` take one service, then a command; `stop`/`logs` take services only.
    names = set(re.findall(r"docker compose (?:run --rm(?: -v \S+)?|exec) ([a-z][\w-]*)", DOCS))
    for group in re.findall(r"docker compose (?:stop|logs|restart) ([a-z][\w -]*)", DOCS):
        names.update(group.split())
    assert names - set(SERVICES) == set()
    assert {"web", "worker", "db"} <= names


def test_every_management_command_in_the_guide_exists():
    named = set(re.findall(r"manage\.py ([a-z_]+)", DOCS))
    assert {"migrate", "backup", "restore", "rebuild_service_index"} <= named
    missing = named - set(get_commands())
    assert missing == set()


def test_every_variable_in_the_guide_is_documented():
    named = set(re.findall(r"`([A-Z][A-Z0-9_]{3,})`", DOCS))
    undocumented = {v for v in named if f"`{v}`" not in README and f"{v}=" not in ENV_EXAMPLE}
    assert undocumented == set()


def test_the_dockerfile_builds_from_the_lock_file_and_runs_unprivileged():
    lines = [line.strip() for line in DOCKERFILE.splitlines()]
    froms = [line.split()[1] for line in lines if line.startswith("FROM ")]
    python = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert python.startswith(">=3.11") and all(image.startswith("python:3.11") for image in froms)
    copies = [shlex.split(line)[1:-1] for line in lines if line.startswith("COPY ")]
    for sources in copies:
        if sources and sources[0].startswith("--from"):
            continue
        for source in sources:
            assert (ROOT / source).exists(), source
    assert "uv sync --frozen --no-dev" in DOCKERFILE
    assert "collectstatic" in DOCKERFILE and "compilemessages" in DOCKERFILE
    assert "postgresql-client" in DOCKERFILE  # pg_dump for manage.py backup
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users and users[-1] not in {"root", "0"}
    cmd = next(line for line in reversed(lines) if line.startswith("CMD "))
    assert "config/gunicorn.py" in cmd


def gunicorn_namespace() -> dict:
    namespace: dict = {}
    exec((ROOT / "config" / "gunicorn.py").read_text(), namespace)
    return namespace


def test_the_gunicorn_configuration_uses_only_real_settings(monkeypatch):
    from gunicorn.config import Config

    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    namespace = gunicorn_namespace()
    config = Config()
    for name, value in namespace.items():
        if name.startswith("_") or not name.islower() or callable(value):
            continue
        if name in {"gc", "multiprocessing", "os", "logging_config"}:
            continue
        assert name in config.settings, name
        config.set(name, value)  # gunicorn validates each value
    assert config.workers == 3
    assert "%(U)s" in config.access_log_format and "%(q)s" not in config.access_log_format
    assert "%(h)s" not in config.access_log_format and "%(r)s" not in config.access_log_format


def test_workers_are_not_recycled_unless_a_deployment_asks(monkeypatch):
    monkeypatch.delenv("GUNICORN_MAX_REQUESTS", raising=False)
    assert gunicorn_namespace()["max_requests"] == 0
    monkeypatch.setenv("GUNICORN_MAX_REQUESTS", "50000")
    namespace = gunicorn_namespace()
    assert (namespace["max_requests"], namespace["max_requests_jitter"]) == (50000, 5000)


def test_workers_hide_long_lived_objects_from_the_garbage_collector():
    from gunicorn.config import Config

    namespace = gunicorn_namespace()
    config = Config()
    for hook in ("post_worker_init", "post_request"):
        config.set(hook, namespace[hook])  # a server hook of the right shape
    worker = types.SimpleNamespace(nr=0)
    gc.unfreeze()
    try:
        namespace["post_worker_init"](worker)
        after_start = gc.get_freeze_count()
        assert after_start > 0
        leftover = [[n] for n in range(1000)]  # what a first request leaves cached
        worker.nr = 2  # not one of the requests after which it freezes again
        namespace["post_request"](worker, None, {}, None)
        assert gc.get_freeze_count() == after_start
        worker.nr = 1
        namespace["post_request"](worker, None, {}, None)
        assert gc.get_freeze_count() >= after_start + len(leftover)
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("path", ["docker-compose.yml", "Dockerfile", ".dockerignore"])
def test_secrets_stay_out_of_the_image_and_the_repository(path):
    text = (ROOT / path).read_text()
    assert "SECRET_KEY=" not in text or "build-time-placeholder" in text
    if path == ".dockerignore":
        assert {".env", ".git", ".venv"} <= set(text.split())
