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


def python(env: dict, *args: str, check: bool = True, timeout: int = 300):
    """This project's Python in a process of its own, in the project folder."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=check,
    )


def run_script(script: str, env: dict, timeout: int = 300) -> dict:
    """Run `script` (Python; it prints one JSON object last) and return that object.
    A failing script fails the test with what it wrote to stderr."""
    result = python(env, "-c", script, check=False, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def manage(env: dict, *args: str, check: bool = True, timeout: int = 300):
    """`manage.py <args>` in its own process."""
    return python(env, "manage.py", *args, check=check, timeout=timeout)
