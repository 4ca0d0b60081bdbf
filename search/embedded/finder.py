"""The embedded finder: the postings table, scored in Python, identical on SQLite and
PostgreSQL (see docs/decisions.md, "The embedded service finder")."""

from collections import defaultdict
from functools import lru_cache

from django.conf import settings
from django.db.models import Max, Q
from django.utils import timezone
from rapidfuzz import process
from rapidfuzz.distance import OSA

from core.languages import SOURCE_LANGUAGE
from search import text
from search.documents import schedule_from
from search.models import Posting, ServiceEntry, TaxonomyTerm
from search.query import ACCESS_VALUES, FACETS, MIN_RESULTS, PAGE_SIZE, Hit, Query, Result
from services.access import AccessMode

ENTRY_FIELDS = (
    "page_id",
    "translation_key",
    "language",
    "title",
    "access_mode",
    "city",
    "needs",
    "main_needs",
    "audiences",
    "help_languages",
    "schedule_key",
)
ALL_WORDS_BONUS = 5
CORRECTED = 0.7  # a word found only after correcting a typo counts less
# A need's words weigh this much more for the services that are first of all its answer
# (their main needs) than for those that only help with it too.
MAIN_NEED = 2
# Services scoring less than this share of the best match are passing mentions (a stem
# shared with a word of another family, one word of a long description): left out.
RELEVANT_SHARE = 0.25


@lru_cache(maxsize=20)
def _vocabulary(language, version) -> tuple[str, ...]:
    words = set(
        Posting.objects.filter(word=True, entry__language=language)
        .values_list("term", flat=True)
        .distinct()
    )
    words.update(TaxonomyTerm.objects.filter(word=True).values_list("term", flat=True))
    return tuple(sorted(words))


def vocabulary(language) -> tuple[str, ...]:
    """Every word people write in the services of `language` and in the taxonomy (no
    stems), for typo correction; read again when the index grows."""
    version = (
        Posting.objects.aggregate(v=Max("id"))["v"],
        TaxonomyTerm.objects.aggregate(v=Max("id"))["v"],
    )
    return _vocabulary(language, version)


def correction(word: str, language: str) -> str | None:
    """The closest real word one edit away (two for long words), if any."""
    if len(word) < 5 or not word.isalpha():
        return None
    limit = 2 if len(word) >= 9 else 1
    found = process.extract(
        word, vocabulary(language), scorer=OSA.distance, score_cutoff=limit, limit=8
    )
    if not found:
        return None
    # Nearest first; among equals, the longest shared beginning, then the shortest.
    found.sort(key=lambda m: (m[1], -len(_common_prefix(word, m[0])), len(m[0]), m[0]))
    return found[0][0]


def _common_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


class DatabaseFinder:
    def search(self, query: Query, now=None) -> Result:
        now = now or timezone.now()
        source = SOURCE_LANGUAGE
        languages = {query.language, source}
        scores, suggestion, read = (
            self._scores(query.text, languages, query.language) if query.text else (None, "", {})
        )
        local = ServiceEntry.objects.filter(language=query.language)
        if scores is not None:
            ids = [page_id for page_id in scores if page_id not in read]
            entries = list(read.values())
            for start in range(0, len(ids), 5000):  # within SQLite's variable limit
                chunk = ServiceEntry.objects.filter(page_id__in=ids[start : start + 5000])
                entries += _entries(chunk)
        else:
            # Browsing: every service in the language, and Italian ones not translated.
            untranslated = ServiceEntry.objects.filter(language=source).exclude(
                translation_key__in=local.values("translation_key")
            )
            entries = _entries(local) + (_entries(untranslated) if query.language != source else [])
        pool = self._pool(entries, query.language, scores)
        if scores and pool:
            best = max(c[2] for c in pool)
            pool = [c for c in pool if c[2] >= best * RELEVANT_SHARE]
        open_now = _OpenNow(now)
        open_now.prepare([c[0] for c in pool])
        results = [c for c in pool if _matches(c[0], query.filters(), open_now)]
        facets = {}
        for name in FACETS:
            others = query.without(name).filters()
            matching = [c[0] for c in pool if _matches(c[0], others, open_now)]
            facets[name] = _count(name, matching, open_now)
        if scores is None:
            results.sort(key=lambda c: (c[1], c[0].title.casefold()))
        else:
            results.sort(key=lambda c: (c[1], -c[2], c[0].title.casefold()))
        start = (max(query.page, 1) - 1) * PAGE_SIZE
        hits = [
            Hit(e.page_id, e.language, fallback, score)
            for e, fallback, score in results[start : start + PAGE_SIZE]
        ]
        return Result(hits, len(results), facets, suggestion, query.page)

    def _pool(self, entries, language, scores):
        """(entry, shown in Italian, score): translations first, untranslated Italian after.

        Italian words that match an Italian page lead to its translation, when there is
        one (loaded here if the translation itself did not match)."""
        local = {e.translation_key: [e, False, 0.0] for e in entries if e.language == language}
        fallback = {}
        for e in entries:
            score = scores.get(e.page_id, 0.0) if scores is not None else 0.0
            if e.translation_key in local:
                local[e.translation_key][2] = max(local[e.translation_key][2], score)
            else:
                fallback[e.translation_key] = [e, True, score]
        if fallback and scores is not None:
            # Italian pages whose translation did not match themselves: the translation.
            keys = list(fallback)
            for start in range(0, len(keys), 5000):
                chunk = ServiceEntry.objects.filter(
                    language=language, translation_key__in=keys[start : start + 5000]
                )
                for e in _entries(chunk):
                    local[e.translation_key] = [e, False, fallback.pop(e.translation_key)[2]]
        primary = [tuple(c) for c in local.values() if scores is None or c[2] > 0]
        others = [tuple(c) for c in fallback.values() if scores is None or c[2] > 0]
        if scores is not None and len(primary) >= MIN_RESULTS:
            others = []
        return primary + others

    def _scores(self, query_text, languages, reader) -> tuple[dict[int, float], str, dict]:
        """{entry id: score}, a corrected query if a word was corrected, and the entries
        already read while matching (so the search does not read them again)."""
        enabled = [code for code, _ in settings.LANGUAGES]
        words = text.query_words(query_text, enabled)[:12]
        if not words:
            return {}, "", {}
        variants = {w: text.variants(w, enabled) for w in words}
        match = _Match(set().union(*variants.values()), languages)
        factor = dict.fromkeys(words, 1.0)
        corrected = {}
        for word in words:
            if not match.knows(variants[word]):
                better = correction(word, reader)
                if better:
                    corrected[word] = better
                    variants[word] = text.variants(better, enabled)
                    factor[word] = CORRECTED
        if corrected:
            match = _Match(set().union(*variants.values()), languages)
        scores = defaultdict(float)
        matched = defaultdict(int)
        for word in words:
            # A word counts once from the service's own text and once from its
            # needs, audiences or languages: the best match of each, added up.
            hit = set()
            for weights in match.best(variants[word]):
                for entry_id, weight in weights.items():
                    scores[entry_id] += weight * factor[word]
                    hit.add(entry_id)
            for entry_id in hit:
                matched[entry_id] += 1
        for entry_id, count in matched.items():
            if count == len(words) and len(words) > 1:
                scores[entry_id] += ALL_WORDS_BONUS
        suggestion = ""
        if corrected:
            suggestion = " ".join(corrected.get(w, w) for w in text.words(query_text))
        return dict(scores), suggestion, match.entries


class _Match:
    """The index rows for a set of terms: the services' own words (postings), and the
    needs, audiences and languages of help whose names or synonyms, in any language,
    hold a term, with the services that carry them (read once, as whole entries)."""

    def __init__(self, terms, languages):
        terms = list(terms)
        self.text = defaultdict(list)  # term -> [(entry id, weight)]
        for entry_id, term, weight in Posting.objects.filter(
            term__in=terms, entry__language__in=list(languages)
        ).values_list("entry_id", "term", "weight"):
            self.text[term].append((entry_id, weight))
        self.taxonomy = defaultdict(list)  # term -> [(kind, code, weight)]
        for term, kind, code, weight in TaxonomyTerm.objects.filter(term__in=terms).values_list(
            "term", "kind", "code", "weight"
        ):
            self.taxonomy[term].append((kind, code, weight))
        self.carriers = defaultdict(list)  # (kind, code) -> entry ids
        self.entries = {}
        codes = {(k, c) for rows in self.taxonomy.values() for k, c, _w in rows}
        if codes:
            condition = Q()
            for kind, code in codes:
                condition |= Q(**{f"{kind}__contains": f"|{code}|"})
            carriers = ServiceEntry.objects.filter(condition, language__in=list(languages))
            for entry in _entries(carriers):
                self.entries[entry.page_id] = entry
                for kind in ("needs", "audiences", "help_languages"):
                    for code in entry.codes(kind):
                        if (kind, code) in codes:
                            self.carriers[(kind, code)].append(entry.page_id)

    def knows(self, terms) -> bool:
        return any(t in self.text or t in self.taxonomy for t in terms)

    def best(self, terms):
        """The best weight per entry for any of these terms: from text, from taxonomy."""
        text_best, code_best = {}, {}
        for term in terms:
            for entry_id, weight in self.text.get(term, ()):
                text_best[entry_id] = max(text_best.get(entry_id, 0), weight)
            for kind, code, weight in self.taxonomy.get(term, ()):
                code_best[(kind, code)] = max(code_best.get((kind, code), 0), weight)
        taxonomy_best = {}
        for (kind, code), weight in code_best.items():
            for entry_id in self.carriers[(kind, code)]:
                main = kind == "needs" and f"|{code}|" in self.entries[entry_id].main_needs
                found = weight * MAIN_NEED if main else weight
                if found > taxonomy_best.get(entry_id, 0):
                    taxonomy_best[entry_id] = found
        return text_best, taxonomy_best


class Entry:
    """An index entry as plain values: thousands are read per search, models are slow."""

    __slots__ = ENTRY_FIELDS

    def __init__(self, *values):
        for name, value in zip(ENTRY_FIELDS, values, strict=True):
            setattr(self, name, value)

    def codes(self, field) -> list[str]:
        return [code for code in getattr(self, field).split("|") if code]


def _entries(queryset) -> list[Entry]:
    return [Entry(*row) for row in queryset.values_list(*ENTRY_FIELDS)]


class _OpenNow:
    """Open-now per entry, worked out by the hours module once per distinct schedule
    (a hub's desks share one) and minute, in this process."""

    cache: dict = {}
    minute = None

    def __init__(self, now):
        self.now = now
        minute = now.replace(second=0, microsecond=0)
        if _OpenNow.minute != minute:
            _OpenNow.cache, _OpenNow.minute = {}, minute

    def prepare(self, entries):
        """Read the schedules this search needs and has not worked out yet, in one query."""
        missing = {e.schedule_key for e in entries} - self.cache.keys()
        if missing:
            rows = ServiceEntry.objects.filter(schedule_key__in=list(missing)).values_list(
                "schedule_key", "schedule"
            )
            for key, data in rows.distinct():
                if key not in self.cache:
                    schedule = schedule_from(data)
                    self.cache[key] = bool(schedule) and schedule.status(self.now).is_open

    def __call__(self, entry) -> bool:
        return self.cache.get(entry.schedule_key, False)


def _matches(entry, filters, open_now) -> bool:
    for name, value in filters.items():
        if name == "need" and f"|{value}|" not in entry.needs:
            return False
        if name == "audience" and f"|{value}|" not in entry.audiences:
            return False
        if name == "lang" and f"|{value}|" not in entry.help_languages:
            return False
        if name == "city" and entry.city != value:
            return False
        if name == "access" and value not in AccessMode.ways_in(entry.access_mode):
            return False
        if name == "open" and not open_now(entry):
            return False
    return True


def _count(name, entries, open_now) -> dict[str, int]:
    counts = defaultdict(int)
    for entry in entries:
        if name == "need":
            values = entry.codes("needs")
        elif name == "audience":
            values = entry.codes("audiences")
        elif name == "lang":
            values = entry.codes("help_languages")
        elif name == "city":
            values = [entry.city] if entry.city else []
        elif name == "access":
            values = [v for v in ACCESS_VALUES if v in AccessMode.ways_in(entry.access_mode)]
        else:  # open
            values = ["1"] if open_now(entry) else []
        for value in values:
            counts[value] += 1
    return dict(counts)
