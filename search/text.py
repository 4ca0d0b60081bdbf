"""Language-aware text for the embedded service finder: fold, split, stem.

The same functions turn page text into index terms and a resident's query into search
terms, so both sides always agree:

- folding: Unicode NFKC, case-folding, accents removed from Latin, Cyrillic and Greek
  letters ("séjour" = "sejour"), Arabic-script diacritics and tatweel removed and
  letter variants unified (أ إ آ → ا, ى → ي, ة → ه; Urdu ک ی → ك ي);
- splitting: runs of letters and digits; Chinese (and any Han run) is segmented into
  words with jieba, since it has no spaces;
- stemming: Snowball stemmers for the languages that have one (Italian, English,
  French, Arabic, Spanish, Romanian); Ukrainian, Albanian, Urdu and Chinese are folded
  but not stemmed (no Snowball stemmer exists for them).
"""

import re
import unicodedata
from functools import cache, lru_cache

import snowballstemmer

STEMMERS = {
    "it": "italian",
    "en": "english",
    "fr": "french",
    "ar": "arabic",
    "es": "spanish",
    "ro": "romanian",
}

# Words that carry no meaning for finding a service, per language (folded forms).
STOPWORDS = {
    "it": "a ad al alla alle ai agli da dal dalla dei degli del della delle di e ed il in la "
    "le lo gli i per con su un una uno mio mia miei mie il come dove che chi cosa",
    "en": "a an and the of for to in on at my me i is are with how where what who "
    "someone somebody need want help",
    "fr": "a au aux de des du d l la le les un une et en pour mon ma mes je j ai avec "
    "comment ou quelqu qui",
    "es": "a al de del el la las los un una y en para mi mis con como donde que quien",
    "ro": "a al ale si in la de pe cu un o pentru meu mea",
    "ar": "في من الى على عن مع و ان",
    "uk": "i й в у на з із до для мій моя мені",
    "sq": "e i te të në per për me nje një",
    "ur": "کا کی کے میں سے کو اور",
    "zh-hans": "的 了 和 在 我 要",
}

_LATIN_LIKE = re.compile(r"[\u0300-\u036f]")  # combining accents
_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ۃ": "ه"}
)
_TOKEN = re.compile(r"\w+", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _LATIN_LIKE.sub("", decomposed))


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba


def words(text: str) -> list[str]:
    """Folded words, with Han runs segmented into words."""
    result = []
    for token in _TOKEN.findall(fold(text).replace("_", " ")):
        if _HAN.search(token):
            for part in _HAN.split(token):
                if part:
                    result.append(part)
            for run in _HAN.findall(token):
                result.extend(w for w in _jieba().cut_for_search(run) if w.strip())
        else:
            result.append(token)
    return result


@cache
def _stemmer(language: str):
    name = STEMMERS.get(language)
    return snowballstemmer.stemmer(name) if name else None


@cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(fold(STOPWORDS.get(language, "")).split())


@lru_cache(maxsize=50_000)
def stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def indexed(text: str, language: str) -> list[tuple[str, bool]]:
    """Index terms of a text written in `language`: each word folded (True: a word a
    person writes), and its stem where that differs (False: never offered as a word)."""
    stop = _stopwords(language)
    result = []
    for word in words(text):
        if word in stop:
            continue
        result.append((word, True))
        stemmed = stem(word, language)
        if stemmed != word and len(stemmed) > 1:
            result.append((stemmed, False))
    return result


def terms(text: str, language: str) -> list[str]:
    """Index terms of a text written in `language`: each word folded, and its stem."""
    return [term for term, _word in indexed(text, language)]


def query_words(text: str, languages) -> list[str]:
    """The meaningful words of a query, whatever language it is written in."""
    stop = set().union(*(_stopwords(code) for code in languages))
    found = [w for w in words(text) if w not in stop]
    return found or words(text)


def variants(word: str, languages) -> set[str]:
    """A query word and its stem in each language: the index terms it may match."""
    return {word} | {s for s in (stem(word, code) for code in languages) if len(s) > 1}
