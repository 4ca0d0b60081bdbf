"""Appointment requests under load: N requests from C concurrent clients against a
running server, then count what was stored.

    APPOINTMENT_RATE_LIMIT=100000/60 DATABASE_URL=... bench/serve.sh 8765 &
    DATABASE_URL=... .venv/bin/python bench/request_load.py --base http://127.0.0.1:8765

Each client keeps its own CSRF cookie (sent by hand: production settings mark it
Secure, and the bench talks plain HTTP to 127.0.0.1): it opens the form, reads the CSRF
token, the form's submission token and an offered time, and posts. One post in
ten is sent a second time with the same form (a double click): it must not store a
second request. Afterwards the script reads the database the server uses (the same
DATABASE_URL) and checks: every request stored once, none duplicated, no 5xx.
Needs only the standard library and the project's Django settings.
"""

import argparse
import os
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SUBMISSION = re.compile(r'name="submission" value="([^"]+)"')
SLOT = re.compile(r'name="slots" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client_opener():
    opener = urllib.request.build_opener(NoRedirect)
    opener.cookies = {}
    return opener


def call(opener, url, data=None):
    body = urllib.parse.urlencode(data, doseq=True).encode() if data else None
    request = urllib.request.Request(url, data=body)
    if opener.cookies:
        request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in opener.cookies.items()))
    started = time.perf_counter()
    try:
        with opener.open(request, timeout=60) as response:
            status, headers, text = response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        status, headers = error.code, error.headers
        text = error.read().decode(errors="replace")
    for header in headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        opener.cookies[name.strip()] = rest.split(";")[0]
    return status, text, (time.perf_counter() - started) * 1000


def one_request(base, path, run, index, double):
    opener = client_opener()
    status, html, ms = call(opener, base + path)
    if status != 200:
        return [("GET", status, ms)]
    slots = SLOT.findall(html)
    data = {
        "csrfmiddlewaretoken": CSRF.search(html).group(1),
        "submission": SUBMISSION.search(html).group(1),
        "name": f"bench {run} {index}",
        "contact_by": "phone",
        "phone": "333 123 4567",
        "preferred_language": "ar",
        "slots": slots[:2],
        "message": "Rinnovo del permesso di soggiorno.",
        "consent": "on",
        "website": "",
    }
    results = [("GET", status, ms)]
    for _ in range(2 if double else 1):
        status, _, ms = call(opener, base + path, data)
        results.append(("POST", status, ms))
    return results


def stored(run):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    os.environ.setdefault("SECRET_KEY", "bench-" + "x" * 50)
    import django

    django.setup()
    from appointments.models import AppointmentRequest

    return list(
        AppointmentRequest.objects.filter(name__startswith=f"bench {run} ").values_list(
            "name", flat=True
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8765")
    parser.add_argument("--path", default="/it/servizi/meet-cuneo/sportello-legale/request/")
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()

    run = uuid.uuid4().hex[:8]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.clients) as pool:
        futures = [
            pool.submit(one_request, args.base, args.path, run, i, i % 10 == 0)
            for i in range(args.requests)
        ]
        results = [r for f in futures for r in f.result()]
    elapsed = time.perf_counter() - started

    statuses = Counter(f"{method} {status}" for method, status, _ in results)
    posts = sorted(ms for method, _, ms in results if method == "POST")
    gets = sorted(ms for method, _, ms in results if method == "GET")
    names = stored(run)
    counts = Counter(names)
    print(f"run {run}: {args.requests} requests from {args.clients} clients in {elapsed:.1f} s")
    print("responses:", dict(sorted(statuses.items())))
    print(
        f"POST ms: p50 {statistics.median(posts):.0f}, "
        f"p95 {posts[int(len(posts) * 0.95) - 1]:.0f}, max {posts[-1]:.0f}"
    )
    print(f"GET ms: p50 {statistics.median(gets):.0f}, p95 {gets[int(len(gets) * 0.95) - 1]:.0f}")
    print(f"throughput: {len(posts) / elapsed:.1f} posts/s")
    print(
        f"stored: {len(counts)} distinct of {args.requests}; duplicated: "
        f"{sum(1 for c in counts.values() if c > 1)}"
    )
    server_errors = sum(n for key, n in statuses.items() if key.split()[1].startswith("5"))
    ok = len(counts) == args.requests and max(counts.values(), default=0) == 1
    ok = ok and server_errors == 0
    print("RESULT:", "all stored once, no 5xx" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
