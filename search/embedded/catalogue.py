"""A language's index entries as each worker holds them in memory for the finder.

Every entry the reader of a language can get has a position: first the services in
that language, by title, then the Italian services not translated into it yet, by
title. A facet value (a need, an audience, a language of help, a city, a way in) is
the set of positions that carry it, kept as one Python integer used as a bitset, so
filtering is an AND and counting a facet a popcount: no rows read, no codes split,
at 20,000 services as at 20.

A catalogue is read from the database the first time a worker searches a language,
and again once that language's entries, or the Italian ones, have changed: every
write to the embedded index gives its languages a new token (search.models.IndexState,
same transaction), and each search reads the two tokens in one query. Every worker
sees a publication on its next search, with or without a shared cache.
"""

from collections import OrderedDict

from django.db.models import CharField
from django.db.models.functions import Cast

from core.languages import SOURCE_LANGUAGE
from search.documents import schedule_from
from search.models import IndexState, Posting, ServiceEntry
from search.query import ACCESS_VALUES
from services.access import AccessMode

FIELDS = (
    "page_id",
    "translation_key",
    "title",
    "access_mode",
    "city",
    "needs",
    "main_needs",
    "audiences",
    "help_languages",
    "schedule_key",
)
# Facet name -> the entry field holding its "|code|code|" values.
CODED = {"need": "needs", "audience": "audiences", "lang": "help_languages", "main": "main_needs"}
# Terms whose pieces a catalogue keeps: a few MB at most at 20,000 services.
TERMS_KEPT = 256
_BITS = tuple(tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256))


def first_positions(bits: int, count: int) -> list[int]:
    """The `count` smallest positions set in a bitset, smallest first."""
    found = []
    if count <= 0:
        return found
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    for index, byte in enumerate(data):
        if byte:
            base = index * 8
            for bit in _BITS[byte]:
                found.append(base + bit)
                if len(found) == count:
                    return found
    return found


def disjoint(pieces) -> list[tuple[int, int]]:
    """(weight, positions) pieces with each position kept only in its heaviest piece,
    heaviest first."""
    kept, taken = [], 0
    for weight, bits in sorted(pieces, key=lambda piece: -piece[0]):
        new = bits & ~taken
        if new:
            kept.append((weight, new))
            taken |= new
    return kept


def bitset(numbers, size: int) -> int:
    data = bytearray((size + 7) // 8)
    for n in numbers:
        data[n >> 3] |= 1 << (n & 7)
    return int.from_bytes(data, "little")


class Catalogue:
    def __init__(self, language: str, token, local: list, untranslated: list, source: list):
        """`token`: the language's IndexState token these entries were read under;
        `local`: the language's entries (FIELDS); `untranslated`: the Italian ones
        with no translation into it, shown in their stead; `source`: (page id, key) of
        every Italian entry, whose words also find their translations."""
        self.language, self.token = language, token
        rows = _reading_order(local) + _reading_order(untranslated)
        self.size = len(rows)
        self.local_count = len(local)
        self.page_ids = [row[0] for row in rows]
        self.everything = (1 << self.size) - 1
        self.translations = (1 << self.local_count) - 1  # the positions in `language`
        # Any entry of the language or of Italian -> the position it leads the reader to.
        self.position = {page_id: n for n, page_id in enumerate(self.page_ids)}
        by_key = {row[1]: n for n, row in enumerate(rows)}
        for page_id, key in source:
            if page_id not in self.position and key in by_key:
                self.position[page_id] = by_key[key]

        members: dict[str, dict[str, list[int]]] = {
            name: {} for name in (*CODED, "city", "access", "schedule")
        }
        coded = [(members[name], FIELDS.index(field)) for name, field in CODED.items()]
        cities, access, schedules = members["city"], members["access"], members["schedule"]
        ways = {}
        for n, row in enumerate(rows):
            for groups, index in coded:
                for code in row[index].split("|"):
                    if code:
                        groups.setdefault(code, []).append(n)
            if row[4]:
                cities.setdefault(row[4], []).append(n)
            if row[3] not in ways:
                ways[row[3]] = [w for w in AccessMode.ways_in(row[3]) if w in ACCESS_VALUES]
            for way in ways[row[3]]:
                access.setdefault(way, []).append(n)
            schedules.setdefault(row[9], []).append(n)
        self.masks = {
            name: {value: bitset(found, self.size) for value, found in groups.items()}
            for name, groups in members.items()
        }
        # One page per weekly schedule, to read the hours from.
        self.schedule_pages = {key: self.page_ids[found[0]] for key, found in schedules.items()}
        self._open = (None, 0)
        self._terms: OrderedDict[str, list] = OrderedDict()  # the most used last

    def text(self, terms) -> dict[str, list[tuple[int, int]]]:
        """Where each term is written in the services' own text (postings in the
        language and in Italian): (weight, positions) pieces, heaviest first, no
        position twice. The TERMS_KEPT terms used last are kept; others are read in one
        query."""
        pieces = {term: self._terms.get(term) for term in terms}
        missing = [term for term, found in pieces.items() if found is None]
        for term in pieces.keys() - set(missing):
            try:
                self._terms.move_to_end(term)
            except KeyError:  # dropped by another thread meanwhile: it is in `pieces`
                pass
        if missing:
            found: dict[str, dict[int, list[int]]] = {term: {} for term in missing}
            where = self.position
            rows = Posting.objects.filter(
                term__in=missing, language__in={self.language, SOURCE_LANGUAGE}
            ).values_list("term", "entry_id", "weight")
            for term, entry_id, weight in rows:
                position = where.get(entry_id)
                if position is not None:
                    found[term].setdefault(weight, []).append(position)
            for term, weights in found.items():
                pieces[term] = self._terms[term] = disjoint(
                    (weight, bitset(numbers, self.size)) for weight, numbers in weights.items()
                )
            while len(self._terms) > TERMS_KEPT:
                try:
                    self._terms.popitem(last=False)
                except KeyError:
                    break
        return pieces

    def open_now(self, now) -> int:
        """The positions of the services open at `now` (worked out once a minute)."""
        minute = now.replace(second=0, microsecond=0)
        if self._open[0] != minute:
            statuses = schedule_statuses(self.schedule_pages, minute)
            bits = 0
            for key, mask in self.masks["schedule"].items():
                if statuses.get(key):
                    bits |= mask
            self._open = (minute, bits)
        return self._open[1]

    def matching(self, filters: dict, now) -> int:
        """The positions that pass every filter (a Query's filters())."""
        bits = self.everything
        for name, value in filters.items():
            if name == "open":
                bits &= self.open_now(now)
            else:
                bits &= self.masks[name].get(value, 0)
        return bits

    def count(self, name: str, bits: int, now) -> dict[str, int]:
        """How many of these positions carry each value of a facet (values with none
        left out)."""
        if name == "open":
            found = (bits & self.open_now(now)).bit_count()
            return {"1": found} if found else {}
        counts = {}
        for value, mask in self.masks[name].items():
            found = (bits & mask).bit_count()
            if found:
                counts[value] = found
        return counts


class _Statuses:
    """Open or not per weekly schedule, for one minute, shared by all catalogues."""

    minute = None
    known: dict[str, bool] = {}


# schedule_key -> its weekly hours: a key is a hash of the hours, so it names them for
# good and they are read once per process, one row a key.
_schedules: dict = {}


def schedule_statuses(pages: dict, minute) -> dict[str, bool]:
    """Open at `minute` or not, per schedule key of `pages` ({key: a page with it})."""
    missing = [key for key in pages if key not in _schedules]
    if missing:
        rows = ServiceEntry.objects.filter(page_id__in=[pages[key] for key in missing]).values_list(
            "schedule_key", "schedule"
        )
        for key, data in rows:
            _schedules[key] = schedule_from(data)
        for key in missing:
            _schedules.setdefault(key, None)
    if _Statuses.minute != minute:
        _Statuses.minute, _Statuses.known = minute, {}
    known = _Statuses.known
    for key in pages:
        if key not in known:
            schedule = _schedules[key]
            known[key] = bool(schedule) and schedule.status(minute).is_open
    return known


def _reading_order(rows) -> list:
    """By title as a reader looks for it (case folded), then by page id."""
    keys = [(row[2].casefold(), row[0]) for row in rows]
    return [row for _key, row in sorted(zip(keys, rows, strict=True), key=lambda kr: kr[0])]


_held: dict[str, tuple] = {}  # language -> (tokens, Catalogue)


def catalogue(language: str) -> Catalogue:
    """The language's catalogue as the index is now (one query when nothing changed)."""
    languages = {language, SOURCE_LANGUAGE}
    tokens = dict(
        IndexState.objects.filter(language__in=languages).values_list("language", "token")
    )
    key = (tokens.get(language), tokens.get(SOURCE_LANGUAGE))
    held = _held.get(language)
    if held is not None and held[0] == key:
        return held[1]
    # Translation keys as text: hashed in C, thousands of times, unlike UUID objects.
    text_key = Cast("translation_key", output_field=CharField())
    columns = ("page_id", text_key, *FIELDS[2:])
    local = list(ServiceEntry.objects.filter(language=language).values_list(*columns))
    untranslated, source = [], []
    if language != SOURCE_LANGUAGE:
        italian = ServiceEntry.objects.filter(language=SOURCE_LANGUAGE)
        source = list(italian.values_list("page_id", text_key))
        translated = ServiceEntry.objects.filter(language=language).values("translation_key")
        untranslated = list(italian.exclude(translation_key__in=translated).values_list(*columns))
    built = Catalogue(language, key[0], local, untranslated, source)
    _held[language] = (key, built)
    return built
