"""CPU time per request of whole pages, in one process, for comparing two trees on the
same database within minutes: Django's test client through the whole middleware with
production settings and the page cache off, 5 requests to warm, then 5 repetitions of
20 requests timed with `time.process_time` (the minimum and the median per request).
CPU time is much less sensitive than wall-clock throughput to other work on the machine.

    DATABASE_URL=sqlite:////tmp/q.sqlite3 .venv/bin/python bench/cpu_per_request.py \\
        [--tree /path/to/other/worktree] /it/servizi/meet-cuneo/sportello-legale/ /ar/...
"""

import argparse
import os
import sys
import time
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument("--tree", default=str(Path(__file__).resolve().parent.parent))
parser.add_argument("paths", nargs="+")
args = parser.parse_args()
sys.path.insert(0, args.tree)
os.chdir(args.tree)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 50)
os.environ.update(
    ALLOWED_HOSTS="127.0.0.1",
    SECURE_SSL_REDIRECT="False",
    PAGE_CACHE_SECONDS="0",
    STATIC_ROOT=os.environ.get("STATIC_ROOT", "/tmp/sportello-bench-static"),
)

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402

client = Client(HTTP_HOST="127.0.0.1")
print(f"| page ({args.tree}) | min ms | median ms |\n|---|---|---|")
for path in args.paths:
    for _ in range(5):
        assert client.get(path).status_code == 200, path
    runs = []
    for _ in range(5):
        start = time.process_time()
        for _ in range(20):
            client.get(path)
        runs.append((time.process_time() - start) / 20 * 1000)
    runs.sort()
    print(f"| {path} | {runs[0]:.1f} | {runs[2]:.1f} |")
