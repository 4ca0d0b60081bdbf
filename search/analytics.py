"""Anonymous search counts: what was searched, in which language, on which day.

Nothing else is kept: no IP address, user, session, cookie or time of day. E-mail
addresses and phone-like numbers that residents sometimes type are blanked before
counting, so the report never holds them.
"""

import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.models import QueryStat

MAX_LENGTH = 100
_EMAIL = re.compile(r"\S+@\S+")
_NUMBER = re.compile(r"\+?\d[\d\s./-]{4,}\d")
_SPACE = re.compile(r"\s+")


def normalise(query: str) -> str:
    query = _EMAIL.sub("…", query)
    query = _NUMBER.sub("…", query)
    query = "".join(ch for ch in query if ch.isprintable())
    return _SPACE.sub(" ", query).strip().casefold()[:MAX_LENGTH]


def record(language: str, query: str, results: int) -> None:
    query = normalise(query)
    if not query:
        return
    day = timezone.localdate()
    rows = QueryStat.objects.filter(day=day, language=language, query=query)
    if rows.update(count=F("count") + 1, results=results):
        return
    try:
        with transaction.atomic():
            QueryStat.objects.create(day=day, language=language, query=query, results=results)
    except IntegrityError:  # another request created it meanwhile
        rows.update(count=F("count") + 1, results=results)
