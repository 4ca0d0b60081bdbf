"""Generate N service pages (with hubs), news and projects in M languages for
benchmarks, on top of the demo content.

    .venv/bin/python bench/generate_services.py --services 2000 --languages it,en,fr,ar,es
    .venv/bin/python bench/generate_services.py --services 2000 --news 200 --projects 50 \
        --languages it,en,fr,ar,es,uk,ro,sq,zh-hans,ur

Each generated service copies one of the demo's services (its text in each language,
its needs, audiences and languages of help) and gets a number and one of 40 towns, so
searches return realistic numbers of results. Services sit under generated hubs (50
services each) with a place and weekly hours; each language gets its own page with the
same translation key, as a translation would. Pages are written directly (no revision
per page, for speed) and the service index is rebuilt at the end. Run `load_demo`
first; run it again with a larger --services to add more.
"""

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.db import transaction  # noqa: E402
from wagtail.models import Locale  # noqa: E402

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


def hub_for(number, languages):
    """The generated hub for service `number`, in every language (created if missing)."""
    slug = f"bench-hub-{number // PER_HUB}"
    town, province = TOWNS[(number // PER_HUB) % len(TOWNS)]
    hubs = {}
    key = None
    existing = HubPage.objects.filter(slug=slug, locale__language_code="it").first()
    key = existing.translation_key if existing else None
    location, _ = Location.objects.get_or_create(
        name=f"Sportello {town} {number // PER_HUB}",
        defaults={
            "address": f"Via Roma {number // PER_HUB + 1}",
            "city": town,
            "province": province,
        },
    )
    for code in languages:
        hub = HubPage.objects.filter(slug=slug, locale__language_code=code).first()
        if hub is None:
            parent = services_index(code)
            fields = {"translation_key": key} if key else {}
            hub = parent.add_child(
                instance=HubPage(
                    title=f"Sportello {town} {number // PER_HUB}",
                    slug=slug,
                    summary=f"Sportello per persone straniere a {town}.",
                    location=location,
                    locale=parent.locale,
                    **fields,
                )
            )
            key = hub.translation_key
            for n, (day, opens, closes, kind) in enumerate(HOURS):
                HubSlot.objects.create(
                    page=hub,
                    weekday=day,
                    opens=dt.time.fromisoformat(opens),
                    closes=dt.time.fromisoformat(closes),
                    kind=kind,
                    sort_order=n,
                )
        hubs[code] = hub
    return hubs


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
    for number in range(have, count):
        key = None
        with transaction.atomic():
            for code in languages:
                template = demo[number % len(demo)][code]
                fields = {name: getattr(template, name) for name in COPIED[model]}
                if "body" in fields:
                    fields["body"] = template.body.raw_data
                page = model(
                    title=f"{template.title} {number}",
                    slug=f"bench-{number}",
                    locale=indexes[code].locale,
                    **fields,
                    **({"translation_key": key} if key else {}),
                )
                indexes[code].add_child(instance=page)
                key = page.translation_key
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
    have = ServicePage.objects.filter(slug__startswith="bench-", locale__language_code="it").count()
    started = time.monotonic()
    for number in range(have, args.services):
        source, versions = demo[number % len(demo)]
        hubs = hub_for(number, languages)
        town = hubs["it"].location.city
        key = None
        with transaction.atomic():
            for code in languages:
                template = versions[code]
                page = ServicePage(
                    title=f"{template.title} {number}",
                    slug=f"bench-{number}",
                    summary=f"{template.summary} ({town})",
                    body=template.body.raw_data,
                    access_mode=template.access_mode,
                    locale=hubs[code].locale,
                    **({"translation_key": key} if key else {}),
                )
                # Parental relations are saved with the page.
                page.needs.set(source.needs.all())
                page.audiences.set(source.audiences.all())
                page.help_languages.set(source.help_languages.all())
                hubs[code].add_child(instance=page)
                key = page.translation_key
        if (number + 1) % 100 == 0:
            rate = (number + 1 - have) / (time.monotonic() - started)
            print(f"{number + 1}/{args.services} services ({rate:.1f}/s)", flush=True)
    if args.news:
        copies(NewsPage, NewsIndexPage, args.news, languages)
    if args.projects:
        copies(ProjectPage, ProjectIndexPage, args.projects, languages)
    count = rebuild()
    print(f"Indexed {count} service pages in {len(languages)} languages.")


if __name__ == "__main__":
    main()
