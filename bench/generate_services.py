"""Generate N service pages (with hubs), news and projects in M languages for
benchmarks, on top of the demo content.

    .venv/bin/python bench/generate_services.py --services 2000 --languages it,en,fr,ar,es
    .venv/bin/python bench/generate_services.py --services 2000 --news 200 --projects 50 \
        --languages it,en,fr,ar,es,uk,ro,sq,zh-hans,ur

Each generated service copies one of the demo's services (its text in each language,
its needs, audiences and languages of help) and gets a number and one of 40 towns, so
searches return realistic numbers of results. Services sit under generated hubs (50
services each) with a place and weekly hours; each language gets its own page with the
same translation key, as a translation would. Run `load_demo` first; run it again with
a larger --services to add more.

Pages are written in bulk, 250 numbers (times the languages) to a transaction: the
page rows with their tree paths worked out as treebeard's add_child would (the parent's
path and the next 4-character step; the parent's numchild raised once a batch), then
the specific rows, the needs/audiences/languages rows and the hubs' hours, each with
one bulk insert. They are live, valid pages (url_path, locale, shared translation key,
content type), with no revision, no page log entry, no Wagtail reference-index or admin
search-index rows (no save signals are sent; `manage.py update_index` fills the admin
search if wanted). The service finder's index is rebuilt at the end, in bulk
(search.sync.rebuild).
"""

import argparse
import datetime as dt
import os
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import transaction  # noqa: E402
from django.db.models import F  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from news.models import NewsIndexPage, NewsPage  # noqa: E402
from projects.models import ProjectIndexPage, ProjectPage  # noqa: E402
from search.sync import rebuild  # noqa: E402
from services.models import HubPage, HubSlot, Location, ServiceIndexPage, ServicePage  # noqa: E402

TOWNS = [
    ("Alba", "CN"), ("Bra", "CN"), ("Fossano", "CN"), ("Mondovì", "CN"), ("Saluzzo", "CN"),
    ("Savigliano", "CN"), ("Asti", "AT"), ("Nizza Monferrato", "AT"), ("Canelli", "AT"),
    ("Alessandria", "AL"), ("Casale Monferrato", "AL"), ("Novi Ligure", "AL"),
    ("Tortona", "AL"), ("Acqui Terme", "AL"), ("Prato", "PO"), ("Montemurlo", "PO"),
    ("Vaiano", "PO"), ("Carmignano", "PO"), ("Poggio a Caiano", "PO"), ("Torino", "TO"),
    ("Moncalieri", "TO"), ("Pinerolo", "TO"), ("Ivrea", "TO"), ("Chieri", "TO"),
    ("Novara", "NO"), ("Vercelli", "VC"), ("Biella", "BI"), ("Verbania", "VB"),
    ("Firenze", "FI"), ("Empoli", "FI"), ("Pistoia", "PT"), ("Lucca", "LU"), ("Pisa", "PI"),
    ("Livorno", "LI"), ("Siena", "SI"), ("Arezzo", "AR"), ("Genova", "GE"),
    ("Savona", "SV"), ("Imperia", "IM"), ("La Spezia", "SP"),
]  # fmt: skip
PER_HUB = 50
BATCH = 250  # service numbers a transaction
HOURS = [
    (0, "09:00", "12:30", "walk_in"),
    (2, "14:00", "17:00", "appointment"),
    (4, "09:00", "13:00", "walk_in"),
]


def templates(languages):
    """The demo services, each with its version in every requested language."""
    italian = list(
        ServicePage.objects.filter(locale__language_code="it", alias_of__isnull=True)
        .exclude(slug__startswith="bench-")
        .prefetch_related("needs", "audiences", "help_languages")
    )
    result = []
    for source in italian:
        versions = {
            p.locale.language_code: p
            for p in ServicePage.objects.filter(
                translation_key=source.translation_key, alias_of__isnull=True
            ).select_related("locale")
        }
        result.append((source, {code: versions.get(code, source) for code in languages}))
    return result


def services_index(code):
    return ServiceIndexPage.objects.filter(locale__language_code=code).first()


class Tree:
    """New pages appended under existing ones, placed as treebeard's add_child places
    them: the parent's path plus the step after its last child's."""

    def __init__(self):
        self.next_step = {}  # parent pk -> the step of its next child
        self.added = Counter()  # parent pk -> children added since the last save

    def place(self, page, parent):
        if parent.pk not in self.next_step:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            self.next_step[parent.pk] = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        step = self.next_step[parent.pk]
        self.next_step[parent.pk] += 1
        self.added[parent.pk] += 1
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = parent.url_path + page.slug + "/"
        page.locale = parent.locale

    def save_numchild(self):
        for pk, count in self.added.items():
            Page.objects.filter(pk=pk).update(numchild=F("numchild") + count)
        self.added.clear()


def insert(model, pages):
    """Write new live pages of `model` (one level below Page): the page rows, then the
    model's own rows; their ids are set on the objects."""
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(model)
    for page in pages:
        page.content_type = content_type
        page.draft_title = page.title
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = now
    Page.objects.bulk_create(pages, batch_size=1000)
    for page in pages:
        page.page_ptr_id = page.id
    fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), 500):
        model.objects._insert(pages[start : start + 500], fields=fields)


def through_rows(field, pages, related):
    """Rows of a many-to-many field's table: each page with each of `related[page]`."""
    through = field.remote_field.through
    source, target = field.m2m_field_name() + "_id", field.m2m_reverse_field_name() + "_id"
    return through, [
        through(**{source: page.pk, target: pk}) for page in pages for pk in related[page.pk]
    ]


def make_hubs(numbers, languages, tree):
    """The generated hubs for services `numbers`, {(hub number, code): hub}, with the
    missing ones written."""
    wanted = sorted({n // PER_HUB for n in numbers})
    slugs = {f"bench-hub-{h}": h for h in wanted}
    hubs = {
        (slugs[hub.slug], hub.locale.language_code): hub
        for hub in HubPage.objects.filter(slug__in=slugs).select_related("locale", "location")
    }
    indexes = {code: services_index(code) for code in languages}
    new = []
    for h in wanted:
        town, province = TOWNS[h % len(TOWNS)]
        location, _ = Location.objects.get_or_create(
            name=f"Sportello {town} {h}",
            defaults={"address": f"Via Roma {h + 1}", "city": town, "province": province},
        )
        present = [hubs[h, code] for code in languages if (h, code) in hubs]
        key = present[0].translation_key if present else uuid.uuid4()
        for code in languages:
            if (h, code) in hubs:
                continue
            hub = HubPage(
                title=f"Sportello {town} {h}",
                slug=f"bench-hub-{h}",
                summary=f"Sportello per persone straniere a {town}.",
                location=location,
                translation_key=key,
            )
            tree.place(hub, indexes[code])
            hubs[h, code] = hub
            new.append(hub)
    if new:
        insert(HubPage, new)
        HubSlot.objects.bulk_create(
            HubSlot(
                page_id=hub.pk,
                weekday=day,
                opens=dt.time.fromisoformat(opens),
                closes=dt.time.fromisoformat(closes),
                kind=kind,
                sort_order=n,
            )
            for hub in new
            for n, (day, opens, closes, kind) in enumerate(HOURS)
        )
    return hubs


def make_services(numbers, demo, related_ids, languages, tree):
    """Services `numbers` in every language, under their hubs (written if missing)."""
    hubs = make_hubs(numbers, languages, tree)
    pages, source_of = [], {}
    for number in numbers:
        source, versions = demo[number % len(demo)]
        key = uuid.uuid4()
        for code in languages:
            hub = hubs[number // PER_HUB, code]
            template = versions[code]
            page = ServicePage(
                title=f"{template.title} {number}",
                slug=f"bench-{number}",
                summary=f"{template.summary} ({hub.location.city})",
                body=template.body.raw_data,
                access_mode=template.access_mode,
                translation_key=key,
            )
            tree.place(page, hub)
            pages.append(page)
            source_of[id(page)] = source
    insert(ServicePage, pages)
    for name in ("needs", "audiences", "help_languages"):
        field = ServicePage._meta.get_field(name)
        related = {page.pk: related_ids[source_of[id(page)].pk][name] for page in pages}
        through, rows = through_rows(field, pages, related)
        through.objects.bulk_create(rows, batch_size=2000)


# Fields copied from a demo page to its numbered copies, per page type.
COPIED = {
    NewsPage: ["summary", "date", "body", "image_alt"],
    ProjectPage: [
        "summary",
        "funding_programme",
        "budget",
        "budget_is_approximate",
        "start_date",
        "end_date",
        "duration_months",
        "territory",
        "objectives",
        "outcomes",
    ],
}


def versions_of(model, languages):
    """Each demo page of `model` with its version in every requested language."""
    result = []
    for source in model.objects.filter(locale__language_code="it", alias_of__isnull=True).exclude(
        slug__startswith="bench-"
    ):
        found = {
            p.locale.language_code: p
            for p in model.objects.filter(
                translation_key=source.translation_key, alias_of__isnull=True
            ).select_related("locale")
        }
        result.append({code: found.get(code, source) for code in languages})
    return result


def copies(model, index_model, count, languages):
    """Numbered copies of the demo's pages of `model`, one per language with one key."""
    demo = versions_of(model, languages)
    indexes = {
        code: index_model.objects.filter(locale__language_code=code).first() for code in languages
    }
    have = model.objects.filter(slug__startswith="bench-", locale__language_code="it").count()
    tree = Tree()
    with transaction.atomic():
        pages = []
        for number in range(have, count):
            key = uuid.uuid4()
            for code in languages:
                template = demo[number % len(demo)][code]
                fields = {name: getattr(template, name) for name in COPIED[model]}
                if "body" in fields:
                    fields["body"] = template.body.raw_data
                page = model(
                    title=f"{template.title} {number}",
                    slug=f"bench-{number}",
                    translation_key=key,
                    **fields,
                )
                tree.place(page, indexes[code])
                pages.append(page)
        insert(model, pages)
        tree.save_numchild()
    print(f"{count} {model._meta.verbose_name_plural} in {len(languages)} languages.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--services", type=int, default=2000)
    parser.add_argument("--news", type=int, default=0)
    parser.add_argument("--projects", type=int, default=0)
    parser.add_argument("--languages", default="it,en,fr,ar,es")
    args = parser.parse_args()
    languages = args.languages.split(",")
    if languages[0] != "it":
        sys.exit("The first language must be the source language, it.")
    for code in languages:
        if not Locale.objects.filter(language_code=code).exists() or not services_index(code):
            sys.exit(f"No services index in {code}: run `manage.py load_demo` first.")
    demo = templates(languages)
    related_ids = {
        source.pk: {
            name: [obj.pk for obj in getattr(source, name).all()]
            for name in ("needs", "audiences", "help_languages")
        }
        for source, _versions in demo
    }
    have = ServicePage.objects.filter(slug__startswith="bench-", locale__language_code="it").count()
    started = time.monotonic()
    tree = Tree()
    for first in range(have, args.services, BATCH):
        numbers = range(first, min(first + BATCH, args.services))
        with transaction.atomic():
            make_services(numbers, demo, related_ids, languages, tree)
            tree.save_numchild()
        done = numbers[-1] + 1
        rate = (done - have) / (time.monotonic() - started)
        print(f"{done}/{args.services} services ({rate:.1f}/s)", flush=True)
    print(f"Pages written in {time.monotonic() - started:.0f} s.", flush=True)
    if args.news:
        copies(NewsPage, NewsIndexPage, args.news, languages)
    if args.projects:
        copies(ProjectPage, ProjectIndexPage, args.projects, languages)
    started = time.monotonic()
    count = rebuild()
    print(
        f"Indexed {count} service pages in {len(languages)} languages "
        f"in {time.monotonic() - started:.0f} s."
    )


if __name__ == "__main__":
    main()
