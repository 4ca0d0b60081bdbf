"""Every page type is valid HTML according to the Nu Html Checker (vnu-jar from npm,
run with the machine's Java), in Italian and Arabic."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from tests.appointments.conftest import valid
from tests.page_types import PAGE_TYPES as COMMON_PAGE_TYPES

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
REQUIRED = bool(os.environ.get("CI"))

PAGE_TYPES = [
    *COMMON_PAGE_TYPES,
    "/servizi/meet-cuneo/sportello-legale/request/",
    "/servizi/meet-cuneo/contact/",
    "/search/?q=avvocatto",
    "/pagina-che-non-esiste/",
    "/servizi/meet-cuneo/sportello-legale/card/",
    "/servizi/meet-cuneo/poster/",
    "/offline/",
]


def checker():
    java = shutil.which("java")
    if java and VNU.exists():
        return java
    reason = "the Nu Html Checker needs Java and `npm ci` (make install runs it)"
    if REQUIRED:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.mark.django_db
def test_every_page_type_is_valid_html(client, demo, tmp_path):
    java = checker()
    files = []
    for language in ("it", "ar"):
        for path in PAGE_TYPES:
            response = client.get(f"/{language}{path}")
            assert response.status_code in (200, 404), path
            files.append((f"/{language}{path}", response.content))
        # The appointment form showing its errors.
        response = client.post(
            f"/{language}/servizi/meet-cuneo/sportello-legale/request/",
            valid(phone="12", consent=None),
        )
        assert response.status_code == 400
        files.append((f"/{language}/…/request/ (errors)", response.content))
    # A broken page first: proof that the checker reads the files and reports errors.
    files.insert(0, ("(known bad)", b"<!doctype html><title>x</title><p><div>x</p>"))
    names = {}
    for index, (url, content) in enumerate(files):
        target = tmp_path / f"page{index}.html"
        target.write_bytes(content)
        names[f"file:{target}"] = url
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--errors-only"]
        + [name.removeprefix("file:") for name in names],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stderr)["messages"]
    problems = [f"{names.get(m.get('url'), m.get('url'))}: {m['message']}" for m in messages]
    assert any(p.startswith("(known bad)") for p in problems), result.stderr[:500]
    real = [p for p in problems if not p.startswith("(known bad)")]
    assert real == [], "\n".join(real)
