"""Counters kept in rows: add to the row for a key, creating it the first time, safely
when two requests or processes count the same key at once (search counts, page
ratings)."""

from django.db import IntegrityError, transaction
from django.db.models import F


def add(model, key: dict, amount: int = 1, **also) -> None:
    """Add `amount` to `count` of the `model` row matching `key` (fields of a unique
    constraint), setting the fields in `also` too; create the row if there is none."""
    rows = model.objects.filter(**key)
    if rows.update(count=F("count") + amount, **also):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, **also, count=amount)
    except IntegrityError:  # another request or process created it meanwhile
        rows.update(count=F("count") + amount, **also)
