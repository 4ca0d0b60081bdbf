"""Lighthouse (mobile, its default throttling) on pages of a running server: the
performance score, and every byte the first visit transfers, the service worker's
own fetches included.

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 bench/serve.sh 8765 &
    .venv/bin/python bench/lighthouse.py --base http://127.0.0.1:8765 --runs 3

Lighthouse comes from the npm registry at run time (npx), not from package.json: the
test suite does not need it. Chromium is Debian's (/usr/bin/chromium).

Lighthouse's page load ends before the service worker has installed and kept the page;
the worker's requests (sw.js, the shell it keeps, the offline page) are read from a
second, plain Chromium visit of the same page through Playwright, and added.
"""

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

LIGHTHOUSE = "lighthouse@13.5.0"
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAGES = [
    "/ar/servizi/meet-cuneo/sportello-legale/",
    "/it/servizi/meet-cuneo/informazione-orientamento/",
]


def lighthouse(url: str) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(
            [
                "npx",
                "--yes",
                LIGHTHOUSE,
                url,
                "--only-categories=performance",
                "--output=json",
                f"--output-path={report}",
                f"--chrome-flags={' '.join(FLAGS)}",
                "--quiet",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
        )
        data = json.loads(report.read_text())
    requests = data["audits"]["network-requests"]["details"]["items"]
    return {
        "score": round(data["categories"]["performance"]["score"] * 100),
        "bytes": sum(item.get("transferSize", 0) for item in requests),
        "lcp_ms": data["audits"]["largest-contentful-paint"]["numericValue"],
        "urls": {item["url"] for item in requests},
    }


def worker_bytes(url: str, seen: set[str]) -> tuple[int, list[str]]:
    """What the first visit's service worker fetches beyond the page's own requests."""
    extra: dict[str, int] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(viewport={"width": 390, "height": 844})
        page = context.new_page()

        def on_finished(request):
            # The worker's own requests (sw.js is the page's), and what the page asks
            # for that Lighthouse's load did not (the worker's registration).
            if request.service_worker is None and request.url in seen:
                return
            response = request.response()
            if response is not None and response.from_service_worker:
                return  # answered from the worker's cache: no bytes on the network
            sizes = request.sizes()
            bytes_ = sizes["responseHeadersSize"] + sizes["responseBodySize"]
            extra[request.url] = extra.get(request.url, 0) + bytes_

        context.on("requestfinished", on_finished)
        page.goto(url)
        deadline = time.monotonic() + 15
        script = "async (u) => Boolean(await (await caches.open('sportello-pages')).match(u))"
        while not page.evaluate(script, url) and time.monotonic() < deadline:
            page.wait_for_timeout(200)
        page.wait_for_timeout(1000)
        browser.close()
    return sum(extra.values()), sorted(extra)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8765")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("| page | performance (runs) | median | page load KB | service worker KB | total KB |")
    print("|---|---|---|---|---|---|")
    for path in PAGES:
        url = args.base + path
        runs = [lighthouse(url) for _ in range(args.runs)]
        extra, extra_urls = worker_bytes(url, runs[0]["urls"])
        load = statistics.median(run["bytes"] for run in runs)
        scores = [run["score"] for run in runs]
        print(
            f"| `{path}` | {', '.join(map(str, scores))} | {statistics.median(scores)} | "
            f"{load / 1024:.1f} | {extra / 1024:.1f} | {(load + extra) / 1024:.1f} |"
        )
        print(f"<!-- worker fetched: {', '.join(u.replace(args.base, '') for u in extra_urls)} -->")


if __name__ == "__main__":
    main()
