"""Search latency through HTTP on a running server: p50 and p95 per kind of request.

    .venv/bin/python bench/search_latency.py --base http://127.0.0.1:8765 --rounds 5

Sends the relevance table's queries (six languages), need and facet browsing, typo
queries and paging, one request at a time after a warm-up, and prints p50/p95 in
milliseconds, with the same figures for /healthz as the floor (the ratio search/floor
is what to compare between machines). Needs only the standard library.
"""

import argparse
import statistics
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.search.relevance import TABLE

BROWSE = [
    ("en", {"need": "residence-permit"}),
    ("ar", {"need": "legal-advice", "access": "walk_in"}),
    ("it", {"city": "Alba"}),
    ("fr", {"open": "1"}),
    ("es", {}),
    ("it", {"page": "5"}),
    ("ro", {"q": "avvocato"}),
]


def fetch(url) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        if response.status != 200:
            raise SystemExit(f"{url}: HTTP {response.status}")
    return (time.perf_counter() - started) * 1000


def percentile(values, p):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8765")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--cold",
        action="store_true",
        help="no warm-up round: on a server just started, every request is the first of "
        "its kind in its worker (languages' catalogues and words read from the database)",
    )
    args = parser.parse_args()
    urls = {
        "words": [
            f"{args.base}/{lang}/search/?" + urllib.parse.urlencode({"q": q})
            for lang, q, _slug in TABLE
        ],
        "facets": [
            f"{args.base}/{lang}/search/?" + urllib.parse.urlencode(params)
            for lang, params in BROWSE
        ],
        "floor": [f"{args.base}/healthz"] * 20,
    }
    for _ in range(120):  # wait for the server to come up
        try:
            fetch(f"{args.base}/healthz")
            break
        except OSError:
            time.sleep(0.5)
    if not args.cold:
        for group in urls.values():  # warm-up: caches, the Chinese dictionary, connections
            for url in group:
                fetch(url)
    timings = {name: [] for name in urls}
    for _ in range(args.rounds):
        for name, group in urls.items():
            timings[name] += [fetch(url) for url in group]
    floor = statistics.median(timings["floor"])
    print(f"{'requests':<10}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'p95/floor':>12}")
    for name, values in timings.items():
        p50, p95 = percentile(values, 50), percentile(values, 95)
        print(f"{name:<10}{len(values):>6}{p50:>10.1f}{p95:>10.1f}{p95 / floor:>12.1f}")
    everything = timings["words"] + timings["facets"]
    print(
        f"{'search':<10}{len(everything):>6}{percentile(everything, 50):>10.1f}"
        f"{percentile(everything, 95):>10.1f}{percentile(everything, 95) / floor:>12.1f}"
    )


if __name__ == "__main__":
    main()
