"""The embedded finder: the postings table, scored in Python over the language's
catalogue (search.embedded.catalogue), identical on SQLite and PostgreSQL (see
docs/decisions.md, "The embedded service finder")."""

from collections import defaultdict
from functools import lru_cache

from django.conf import settings
from django.db.models import Max
from django.utils import timezone
from rapidfuzz import process
from rapidfuzz.distance import OSA

from core.languages import SOURCE_LANGUAGE
from search import text
from search.embedded.catalogue import catalogue, disjoint, first_positions
from search.models import TaxonomyTerm, Word
from search.query import FACETS, MIN_RESULTS, PAGE_SIZE, Hit, Query, Result

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
    words = set(Word.objects.filter(language=language).values_list("term", flat=True))
    words.update(TaxonomyTerm.objects.filter(word=True).values_list("term", flat=True))
    return tuple(sorted(words))


def vocabulary(shelf) -> tuple[str, ...]:
    """Every word people write in the services of the catalogue's language and in the
    taxonomy (no stems), for typo correction; read again when that language's index
    (its token, read with the catalogue) or the taxonomy changed."""
    version = (shelf.token, TaxonomyTerm.objects.aggregate(v=Max("id"))["v"])
    return _vocabulary(shelf.language, version)


def correction(word: str, shelf) -> str | None:
    """The closest real word one edit away (two for long words), if any."""
    if len(word) < 5 or not word.isalpha():
        return None
    limit = 2 if len(word) >= 9 else 1
    found = process.extract(
        word, vocabulary(shelf), scorer=OSA.distance, score_cutoff=limit, limit=8
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
        shelf = catalogue(query.language)
        if query.text:
            scores, matched, suggestion = self._scores(query.text, shelf)
            scores = self._pool(scores, matched, shelf)
            pool = 0
            for bits in scores.values():
                pool |= bits
        else:
            # Browsing: every position, in reading order (translations, then by title).
            scores, suggestion = {0.0: shelf.everything}, ""
            pool = shelf.everything
        results = pool & shelf.matching(query.filters(), now)
        facets = {
            name: shelf.count(name, pool & shelf.matching(query.without(name).filters(), now), now)
            for name in FACETS
        }
        start = (max(query.page, 1) - 1) * PAGE_SIZE
        hits = []
        # Translations first, then untranslated Italian pages; the best score first;
        # among equals, by title.
        for group in (shelf.translations, shelf.everything & ~shelf.translations):
            for score in sorted(scores, reverse=True):
                wanted = start + PAGE_SIZE - len(hits)
                if wanted <= 0:
                    break
                shown = first_positions(scores[score] & results & group, wanted)
                skipped = min(start, len(shown))
                start -= skipped
                hits += [
                    Hit(
                        shelf.page_ids[p],
                        SOURCE_LANGUAGE if p >= shelf.local_count else query.language,
                        p >= shelf.local_count,
                        score,
                    )
                    for p in shown[skipped:]
                ]
        return Result(hits, results.bit_count(), facets, suggestion, query.page)

    def _pool(self, scores: dict[float, int], matched: int, shelf) -> dict[float, int]:
        """The positions that answer the words, by score: translations, and untranslated
        Italian pages only while fewer than MIN_RESULTS translations match; less than
        RELEVANT_SHARE of the best score is a passing mention, left out."""
        translated = matched & shelf.translations
        pool = translated if translated.bit_count() >= MIN_RESULTS else matched
        kept = {score: bits & pool for score, bits in scores.items() if score > 0 and bits & pool}
        if not kept:
            return {}
        least = max(kept) * RELEVANT_SHARE
        return {score: bits for score, bits in kept.items() if score >= least}

    def _scores(self, query_text, shelf) -> tuple[dict[float, int], int, str]:
        """{score: the positions with it}, the positions matched, and a corrected query
        if a word was corrected. A service found through its Italian text counts for its
        translation (the position it leads to); each word counts once from the text and
        once from the taxonomy, the best of each."""
        enabled = [code for code, _ in settings.LANGUAGES]
        words = text.query_words(query_text, enabled)[:12]
        if not words:
            return {}, 0, ""
        variants = {w: text.variants(w, enabled) for w in words}
        match = _Match(list(set().union(*variants.values())), shelf)
        factor = dict.fromkeys(words, 1.0)
        corrected = {}
        for word in words:
            if not match.knows(variants[word]):
                better = correction(word, shelf)
                if better:
                    corrected[word] = better
                    variants[word] = text.variants(better, enabled)
                    factor[word] = CORRECTED
        if corrected:
            match = _Match(list(set().union(*variants.values())), shelf)
        # Positions grouped by score: each (weight, positions) piece a word finds moves
        # the positions it holds up by its weight; no position is visited one by one.
        scores = {0.0: shelf.everything}
        matched, every_word = 0, shelf.everything
        for word in words:
            hit = 0
            for pieces in (match.text_best(variants[word]), match.taxonomy_best(variants[word])):
                for weight, bits in pieces:
                    scores = _raise(scores, bits, weight * factor[word])
                    hit |= bits
            matched |= hit
            every_word &= hit
        if len(words) > 1:
            scores = _raise(scores, every_word, ALL_WORDS_BONUS)
        suggestion = ""
        if corrected:
            suggestion = " ".join(corrected.get(w, w) for w in text.words(query_text))
        return scores, matched, suggestion


def _raise(scores: dict[float, int], bits: int, value: float) -> dict[float, int]:
    """{score: positions} with the positions in `bits` moved up by `value`."""
    raised: dict[float, int] = {}
    for score, held in scores.items():
        inside, outside = held & bits, held & ~bits
        if inside:
            raised[score + value] = raised.get(score + value, 0) | inside
        if outside:
            raised[score] = raised.get(score, 0) | outside
    return raised


# TaxonomyTerm kinds -> the catalogue's facet masks.
KIND_MASK = {"needs": "need", "audiences": "audience", "help_languages": "lang"}


class _Match:
    """What a set of terms finds in a catalogue: the services' own words (postings in
    the reader's language and Italian), and the needs, audiences and languages of help
    whose names or synonyms, in any language, hold a term."""

    def __init__(self, terms, shelf):
        self.shelf = shelf
        self.text = {term: pieces for term, pieces in shelf.text(terms).items() if pieces}
        self.taxonomy = defaultdict(list)  # term -> [(kind, code, weight)]
        for term, kind, code, weight in TaxonomyTerm.objects.filter(term__in=terms).values_list(
            "term", "kind", "code", "weight"
        ):
            self.taxonomy[term].append((kind, code, weight))

    def knows(self, terms) -> bool:
        return any(t in self.text or t in self.taxonomy for t in terms)

    def text_best(self, terms) -> list[tuple[int, int]]:
        """The best weight of any of these terms in each service's own text, as
        (weight, positions) with no position twice."""
        return disjoint(piece for term in terms for piece in self.text.get(term, ()))

    def taxonomy_best(self, terms) -> list[tuple[float, int]]:
        """The best weight of any of these terms among the needs, audiences and
        languages each service carries, as (weight, positions) with no position twice;
        a need counts MAIN_NEED times for the services that are first of all its
        answer."""
        weights = {}
        for term in terms:
            for kind, code, weight in self.taxonomy.get(term, ()):
                weights[(kind, code)] = max(weights.get((kind, code), 0), weight)
        shelf, pieces = self.shelf, []
        for (kind, code), weight in weights.items():
            carriers = shelf.masks[KIND_MASK[kind]].get(code, 0)
            if kind == "needs":
                main = carriers & shelf.masks["main"].get(code, 0)
                pieces += [(weight * MAIN_NEED, main), (weight, carriers & ~main)]
            else:
                pieces.append((weight, carriers))
        return disjoint(pieces)
