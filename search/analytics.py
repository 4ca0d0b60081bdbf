"""Anonymous search counts: what was searched, in which language, on which day.

Nothing else is kept: no IP address, user, session, cookie or time of day. E-mail
addresses and phone-like numbers that residents sometimes type are blanked before
counting, so the report never holds them.
"""

import atexit
import re
import threading
import time

from django.conf import settings
from django.utils import timezone

from core import counters
from ops import limits
from search.models import QueryStat

# One address counts a query once in this many seconds: reloading, going back or a
# robot hammering one query adds nothing after the first.
COUNT_ONCE_SECONDS = 600
# An address that sends more searches than this in a minute is a scanner, not a person:
# nothing more from it counts in that minute.
ADDRESS_SEARCHES_PER_MINUTE = 20

MAX_LENGTH = 100
_EMAIL = re.compile(r"\S+@\S+")
_NUMBER = re.compile(r"\+?\d[\d\s./-]{4,}\d")
_SPACE = re.compile(r"\s+")


def normalise(query: str) -> str:
    query = _EMAIL.sub("…", query)
    query = _NUMBER.sub("…", query)
    query = "".join(ch for ch in query if ch.isprintable())
    return _SPACE.sub(" ", query).strip().casefold()[:MAX_LENGTH]


# Searches counted in this process and not yet written: {(day, language, query):
# [count, results]}. Written together every SEARCH_STATS_FLUSH_SECONDS (0: at once), and
# when the process exits; a crash loses at most that many seconds of counts.
_pending: dict[tuple, list[int]] = {}
_lock = threading.Lock()
_since = 0.0


def _counts(request, language: str, query: str) -> bool:
    """Whether this search counts: not a repeat from the same address within
    COUNT_ONCE_SECONDS, and not past the address's per-minute allowance."""
    return limits.first_time(
        request, "search", f"{language}:{query}", COUNT_ONCE_SECONDS
    ) and limits.allow(request, "search", ADDRESS_SEARCHES_PER_MINUTE, 60)


def record(language: str, query: str, results: int, request=None) -> None:
    """Count one search (`request` tells who sent it, for the per-address limits; the
    address itself is never stored)."""
    global _since
    query = normalise(query)
    if not query or not _counts(request, language, query):
        return
    key = (timezone.localdate(), language, query)
    with _lock:
        if not _pending:
            _since = time.monotonic()
        entry = _pending.setdefault(key, [0, results])
        entry[0] += 1
        entry[1] = results
        due = time.monotonic() - _since >= settings.SEARCH_STATS_FLUSH_SECONDS
    if due:
        flush()


def flush() -> None:
    """Write the counts gathered in this process."""
    global _pending
    with _lock:
        pending, _pending = _pending, {}
    for (day, language, query), (count, results) in pending.items():
        counters.add(
            QueryStat, {"day": day, "language": language, "query": query}, count, results=results
        )


atexit.register(flush)
