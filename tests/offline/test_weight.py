"""What a first visit to a service page costs a phone on little data: the page, its
stylesheet and script, the service worker and what it keeps (the offline page, the
icons), compressed as they travel. Bytes, not time: the Lighthouse score and the
measured transfer are in docs/benchmarks.md (bench/lighthouse.py)."""

import gzip
import json
import re

import pytest

pytestmark = pytest.mark.django_db
BUDGET = 30 * 1024  # issue 20: under 30 KB, the service worker included


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_first_visit_to_a_service_page_stays_under_30_kb(client, demo):
    page = client.get("/ar/servizi/meet-cuneo/sportello-legale/", HTTP_ACCEPT_ENCODING="gzip")
    assert page["Content-Encoding"] == "gzip"  # GZipMiddleware
    sizes = {"page": len(page.content)}
    html = gzip.decompress(page.content).decode()
    assets = re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js|svg))"', html)
    worker = client.get("/sw.js")
    shell = json.loads(
        re.search(r"const SHELL_URLS = (\[.*?\]);", worker.content.decode()).group(1)
    )
    # Static files are stored compressed (whitenoise); gzip at level 9 stands for them.
    for url in sorted({*assets, *shell, "/ar/offline/", "/ar/manifest.webmanifest"}):
        sizes[url] = len(gzip.compress(body(client.get(url)), 9))
    sizes["/sw.js"] = len(gzip.compress(worker.content, 9))
    total = sum(sizes.values())
    assert total < BUDGET, sizes
