"""Running Django in a process of its own, with settings of its own (production, an
unreachable database), as the settings, health and static tests need."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def django_env(settings_module: str, **variables: str) -> dict:
    return {**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, **variables}


def run_script(script: str, env: dict, timeout: int = 300) -> dict:
    """Run `script` (Python; it prints one JSON object last) and return that object.
    A failing script fails the test with what it wrote to stderr."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def manage(env: dict, *args: str, check: bool = True, timeout: int = 300):
    """`manage.py <args>` in its own process."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=check,
    )
