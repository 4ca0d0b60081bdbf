"""Throughput and latency of every page type against the site as in production, with
wrk, each page's throughput as a ratio to a static file through the same server.

    DATABASE_URL=sqlite:////tmp/bench7.sqlite3 .venv/bin/python bench/load.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sportello_bench .venv/bin/python bench/load.py

Starts `bench/serve.sh` (gunicorn, 2 workers, production settings, DEBUG off,
whitenoise) on 127.0.0.1 twice: with the page cache (the default) and without it
(PAGE_CACHE_SECONDS=0). For each URL: wrk with 20 connections for the throughput and
p50/p95/p99, then one connection for as long again for the latency of a single
visitor. Each URL is fetched 20 times first, so both workers are warm. Installs wrk
from Debian's packages when it is missing. Prints a Markdown table.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    ("static file (CSS)", "/static/css/main.css"),
    ("home", "/it/"),
    ("service page", "/it/servizi/meet-cuneo/sportello-legale/"),
    ("service page (ar)", "/ar/servizi/meet-cuneo/sportello-legale/"),
    ("news page", "/it/notizie/meet-buona-pratica-migration-policy-group/"),
    ("news index", "/it/notizie/"),
    ("project page", "/it/progetti/space/"),
    ("activity index", "/it/attivita/"),
    ("activity page (ar)", "/ar/attivita/club-di-lingua-meet/"),
    ("search", "/it/search/?q=permesso"),
]
REPORT = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.3f %.3f %.3f %.3f %d\\n",
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
"""


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("Installing wrk from Debian's packages...", file=sys.stderr)
    subprocess.run(["apt-get", "install", "-y", "wrk"], check=True, capture_output=True)


def wrk(url, connections, seconds, script):
    out = subprocess.run(
        ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "-s", script, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)", out)
    requests, duration, p50, p95, p99, errors = match.groups()
    return {
        "rps": int(requests) / float(duration),
        "p50": float(p50),
        "p95": float(p95),
        "p99": float(p99),
        "errors": int(errors),
    }


def serve(port, cache_seconds):
    env = {**os.environ, "PAGE_CACHE_SECONDS": str(cache_seconds)}
    server = subprocess.Popen(
        [str(ROOT / "bench" / "serve.sh"), str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return server
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start") from None
            time.sleep(0.5)


def measure(port, cache_seconds, seconds, script):
    server = serve(port, cache_seconds)
    try:
        rows = {}
        for name, path in PAGES:
            url = f"http://127.0.0.1:{port}{path}"
            for _ in range(20):  # warm both workers: templates, catalogues, page cache
                with urllib.request.urlopen(url) as response:
                    assert response.status == 200, url
            load = wrk(url, 20, seconds, script)
            single = wrk(url, 1, seconds, script)
            rows[name] = (load, single)
        return rows
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)


def table(title, rows):
    static = rows["static file (CSS)"][0]["rps"]
    print(f"\n### {title}\n")
    print(
        "| page | req/s (20 conn.) | ratio to static | p50 / p95 / p99 ms (20 conn.) "
        "| p50 / p95 ms (1 conn.) | errors |"
    )
    print("|---|---|---|---|---|---|")
    for name, (load, single) in rows.items():
        print(
            f"| {name} | {load['rps']:.0f} | {load['rps'] / static:.0%} | "
            f"{load['p50']:.1f} / {load['p95']:.1f} / {load['p99']:.1f} | "
            f"{single['p50']:.1f} / {single['p95']:.1f} | {load['errors'] + single['errors']} |"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8770)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--uncached-only", action="store_true", help="skip the cached run")
    parser.add_argument("--only", help="comma-separated page names (the static file is kept)")
    args = parser.parse_args()
    if args.only:
        wanted = {"static file (CSS)", *(name.strip() for name in args.only.split(","))}
        PAGES[:] = [page for page in PAGES if page[0] in wanted]
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("Set DATABASE_URL to the benchmark database (see docs/benchmarks.md).")
    ensure_wrk()
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(REPORT)
    cached = None if args.uncached_only else measure(args.port, 60, args.seconds, script.name)
    uncached = measure(args.port, 0, args.seconds, script.name)
    print(
        f"\n{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, DATABASE_URL "
        f"{os.environ['DATABASE_URL'].split(':')[0]}, gunicorn 2 workers, wrk -t2"
    )
    if cached:
        table("Anonymous, page cache on (PAGE_CACHE_SECONDS=60)", cached)
    table("Page cache off (PAGE_CACHE_SECONDS=0)", uncached)


if __name__ == "__main__":
    main()
