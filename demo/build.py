"""Small helpers the demo loaders share: create a page or row only when it is missing."""

from datetime import date, time
from pathlib import Path

from django.db import transaction

# Every demo translation, as PO files: demo/README.md.
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

# The day the demo text was last checked against the hubs' facts.
DEMO_REVIEWED = date(2026, 11, 2)


def ensure_page(parent, model, slug, **fields):
    """The child of `parent` with `slug`; created and published if missing.

    Existing pages are returned untouched, so editors' changes survive a reload.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    fields.setdefault("last_reviewed", DEMO_REVIEWED)
    with transaction.atomic():
        page = parent.add_child(instance=model(slug=slug, locale=parent.locale, **fields))
        page.save_revision().publish()
    return page


def hm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def slots(model, spec):
    """[(weekday, "9:30", "12:00", kind), ...] -> unsaved slot rows for a page."""
    return [
        model(weekday=day, opens=hm(opens), closes=hm(closes), kind=kind, sort_order=n)
        for n, (day, opens, closes, kind) in enumerate(spec)
    ]


def rows(model, spec, **common):
    return [model(sort_order=n, **common, **row) for n, row in enumerate(spec)]


def body_blocks(blocks):
    """[("heading", "Text"), ("paragraph", "<p>...</p>")] -> StreamField data."""
    return [(kind, {"text": value} if kind == "heading" else value) for kind, value in blocks]
