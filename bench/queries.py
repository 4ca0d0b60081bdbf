"""Database queries per uncached page, by page type and language: whole requests through
Django's middleware with the page cache off, counted with the database's own hooks.

    DATABASE_URL=sqlite:////tmp/q.sqlite3 .venv/bin/python bench/queries.py [--show PATH]

Prints a Markdown table (docs/benchmarks.md). `--show PATH` prints that page's queries.
"""

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["PAGE_CACHE_SECONDS"] = "0"

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

LANGUAGES = ["it", "en", "ar", "ur", "ro"]


def pages():
    from activities.models import ActivityIndexPage, ActivityPage
    from news.models import NewsIndexPage, NewsPage
    from projects.models import ProjectPage
    from services.models import HubPage, ServiceIndexPage, ServicePage

    def first(model, **kw):
        return model.objects.filter(locale__language_code="it", live=True, **kw).first()

    return {
        "home": "/it/",
        "service page": first(ServicePage, slug="sportello-legale").url,
        "hub page": first(HubPage, slug="meet-cuneo").url,
        "service index": first(ServiceIndexPage).url,
        "news index": first(NewsIndexPage).url,
        "news page": first(NewsPage).url,
        "project page": first(ProjectPage).url,
        "search (words)": "/it/search/?q=permesso+di+soggiorno",
        "search (a need)": "/it/search/?need=legal-advice",
        "appointment form": first(ServicePage, slug="sportello-legale").url + "request/",
        "activity index": first(ActivityIndexPage).url,
        "activity page": first(ActivityPage, slug="club-di-lingua-meet").url,
        "activity calendar": first(ActivityIndexPage).url + "calendar/",
    }


def count(client, path):
    client.get(path)  # warm: first-request work (site lookup caches) is not per page
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response.status_code, queries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", help="print the queries of this path")
    args = parser.parse_args()
    client = Client(HTTP_HOST="localhost")
    if args.show:
        status, queries = count(client, args.show)
        print(status, len(queries))
        for q in queries:
            sql = q["sql"]
            where = sql.find(" FROM ")
            print("-", (sql[:40] + " …" + sql[where:])[:330] if where > 0 else sql[:330])
        shapes = Counter(q["sql"][:120] for q in queries)
        for sql, n in shapes.most_common(10):
            if n > 1:
                print(n, "×", sql)
        return
    print("| page | " + " | ".join(LANGUAGES) + " |")
    print("|---|" + "---|" * len(LANGUAGES))
    for name, path in pages().items():
        cells = []
        for language in LANGUAGES:
            status, queries = count(client, f"/{language}{path[3:]}")
            cells.append(str(len(queries)) if status == 200 else f"{status}")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
