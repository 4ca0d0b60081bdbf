"""A text's readability in one language, from the readsight library (docs/decisions.md
§36): Gulpease for Italian, the best formula readsight has for the others, the scale
explained in the reader's (the editor's) language, long sentences marked.

Pure: no database. readsight has no basic-vocabulary list for any language, so hard
words are not marked (the result says so); sentences longer than LONG_SENTENCE words
are.
"""

import functools
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import regex
from django.conf import settings
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from readsight import ReadSight
from readsight.exceptions import EmptyTextException

from readability.text import as_text

LIBRARY = "readsight"
LONG_SENTENCE = 25  # words; plain-language guides for public services say 20 to 25
# Below this many words a page is not scored: a title alone gave Gulpease 184.
MIN_WORDS = 5


@dataclass(frozen=True)
class Formula:
    name: str  # readsight's name
    label: str  # how people call it
    higher_is_easier: bool
    # (lowest score of the band, what the band means), best band first for
    # higher_is_easier, else (highest score of the band, meaning), easiest first.
    bands: tuple
    # The scale's ends, where the formula has them: very short or very plain texts
    # can fall outside (Flesch above 100), and are shown at the end of the scale.
    bounds: tuple | None = None


GULPEASE = Formula(
    "gulpease",
    "Gulpease",
    True,
    bounds=(0, 100),
    bands=(
        (80, gettext_lazy("easy for readers with elementary schooling")),
        (60, gettext_lazy("hard for readers with elementary schooling, easy with middle school")),
        (40, gettext_lazy("hard for readers with middle school, easy with high school")),
        (None, gettext_lazy("hard even for readers with high school")),
    ),
)
FLESCH_BANDS = (
    (90, gettext_lazy("very easy")),
    (70, gettext_lazy("easy")),
    (60, gettext_lazy("plain language")),
    (50, gettext_lazy("fairly hard")),
    (30, gettext_lazy("hard")),
    (None, gettext_lazy("very hard, for university graduates")),
)
FLESCH = Formula("flesch_reading_ease", "Flesch Reading Ease", True, FLESCH_BANDS, (0, 100))
FERNANDEZ_HUERTA = Formula("fernandez_huerta", "Fernández Huerta", True, FLESCH_BANDS, (0, 100))
LIX = Formula(
    "lix",
    "LIX",
    False,
    (
        (30, gettext_lazy("very easy")),
        (40, gettext_lazy("easy")),
        (50, gettext_lazy("standard")),
        (60, gettext_lazy("hard")),
        (None, gettext_lazy("very hard")),
    ),
)

# Our language code: (readsight's language, the formula). Italian: Gulpease, made for
# Italian and counted in letters. English, French: Flesch with readsight's coefficients
# for the language (Kandel and Moles for French). Spanish: Fernández Huerta, Flesch
# adapted to Spanish. Arabic, Romanian, Ukrainian, Albanian: LIX, which counts letters
# and words only, so it does not depend on how well syllables are split. readsight has
# OSMAN, made for Arabic, but it counts syllables from the short vowels (harakat) that
# web Arabic leaves out: every unvocalised page scored 165 to 181 on a 0-100 scale.
LANGUAGES = {
    "it": ("it", GULPEASE),
    "en": ("en-gb", FLESCH),
    "fr": ("fr", FLESCH),
    "es": ("es", FERNANDEZ_HUERTA),
    "ar": ("ar", LIX),
    "ro": ("ro", LIX),
    "uk": ("uk", LIX),
    "sq": ("sq", LIX),
}


@dataclass
class Sentence:
    text: str
    words: int
    long: bool


@dataclass
class Result:
    language: str
    score: float | None = None
    formula: Formula | None = None
    reason: str = ""  # why there is no score
    words: int = 0
    sentences: int = 0
    letters: int = 0
    paragraphs: list = field(default_factory=list)  # of lists of Sentence

    @property
    def long_sentences(self) -> list:
        return [s for paragraph in self.paragraphs for s in paragraph if s.long]

    @property
    def band(self) -> str:
        """What the score means, in the active language."""
        if self.score is None:
            return ""
        for limit, meaning in self.formula.bands:
            if limit is None:
                return str(meaning)
            if self.formula.higher_is_easier and self.score >= limit:
                return str(meaning)
            if not self.formula.higher_is_easier and self.score < limit:
                return str(meaning)
        return ""

    @property
    def hardness(self) -> float:
        """Larger is harder, whatever the formula's direction (for sorting)."""
        if self.score is None:
            return float("-inf")
        return -self.score if self.formula.higher_is_easier else self.score

    @property
    def hard_words_note(self) -> str:
        return _("%(library)s has no basic-vocabulary list, so hard words are not marked.") % {
            "library": LIBRARY
        }


def language_name(code: str) -> str:
    return str(get_language_info(code)["name_translated"]) if code else code


def scale(formula: Formula) -> list[tuple[str, str]]:
    """The formula's scale as (range, meaning) rows, in the active language."""
    rows = []
    previous = None
    for limit, meaning in formula.bands:
        if formula.higher_is_easier:
            if limit is None:
                rows.append((_("below %(n)s") % {"n": previous}, str(meaning)))
            elif previous is None:
                rows.append((_("%(n)s or more") % {"n": limit}, str(meaning)))
            else:
                rows.append((f"{limit}–{previous}", str(meaning)))
        elif limit is None:
            rows.append((_("%(n)s or more") % {"n": previous}, str(meaning)))
        elif previous is None:
            rows.append((_("below %(n)s") % {"n": limit}, str(meaning)))
        else:
            rows.append((f"{previous}–{limit}", str(meaning)))
        previous = limit
    return rows


def explanation(formula: Formula) -> str:
    if formula.higher_is_easier:
        return _("%(formula)s: the higher the score, the easier the text.") % {
            "formula": formula.label
        }
    return _("%(formula)s: the lower the score, the easier the text.") % {"formula": formula.label}


@functools.cache
def engine(code: str) -> ReadSight:
    """One readsight engine per language: its hyphenation patterns load once. Its
    pattern cache goes to READABILITY_CACHE_DIR (by default the system's temporary
    directory), not the home directory, which a container may not have."""
    cache_dir = getattr(settings, "READABILITY_CACHE_DIR", None) or str(
        Path(tempfile.gettempdir()) / "readsight"
    )
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    return ReadSight(code, cache_dir=cache_dir)


def split_sentences(rs: ReadSight, text: str) -> list[Sentence]:
    """The text's sentences as readsight bounds them, with readsight's word counts."""
    boundary = regex.compile(f"(?<={rs.language.sentence_boundary_pattern})\\s+")
    found = []
    for piece in boundary.split(text.strip()):
        piece = piece.strip()
        if piece:
            words = rs.word_count(piece)
            found.append(Sentence(piece, words, words > LONG_SENTENCE))
    return found


def no_formula_reason(code: str) -> str:
    return _("No readability formula exists for %(language)s in %(library)s.") % {
        "language": language_name(code),
        "library": LIBRARY,
    }


def score(paragraphs: list[str], code: str) -> Result:
    """The readability of `paragraphs` (text.page_paragraphs) in language `code`."""
    result = Result(language=code)
    if code not in LANGUAGES:
        result.reason = no_formula_reason(code)
        return result
    library_code, formula = LANGUAGES[code]
    rs = engine(library_code)
    text = as_text(paragraphs)
    try:
        stats = rs.analyze(text)
    except EmptyTextException:
        result.reason = _("The page has no text to score yet.")
        return result
    if stats.word_count < MIN_WORDS:
        result.reason = _("Too short to score: a readability score needs at least %(n)s words.") % {
            "n": MIN_WORDS
        }
        return result
    result.formula = formula
    value = rs.formula_registry.calculate(formula.name, rs.language, stats).score
    if formula.bounds:
        value = min(max(value, formula.bounds[0]), formula.bounds[1])
    result.score = value
    result.words = stats.word_count
    result.sentences = stats.sentence_count
    result.letters = stats.letter_count
    result.paragraphs = [split_sentences(rs, as_text([p])) for p in paragraphs]
    return result


def supported(code: str) -> bool:
    return code in LANGUAGES
