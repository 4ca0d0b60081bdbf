"""The formulas against hand-counted texts, and a score or a reason in every language.

Gulpease = 89 + (300 × sentences − 10 × letters) / words. readsight counts as letters
the Latin letters (accented ones too), never digits, spaces or punctuation; a word is a
run of letters (an apostrophe or a hyphen would join two words into one, so the texts
below have neither, nor digits); a sentence ends at each run of . ! or ?.
"""

import pytest
from django.utils import translation

from core.languages import SUPPORTED_LANGUAGES
from readability import scoring
from readability.text import as_text, html_paragraphs


def gulpease(letters, words, sentences):
    return 89 + (300 * sentences - 10 * letters) / words


HAND_COUNTED = [
    # Lo(2) sportello(9) apre(4) il(2) lunedì(6) mattina(7): 6 words, 30 letters.
    # Portate(7) un(2) documento(9) di(2) identità(8): 5 words, 28 letters.
    # 11 words, 58 letters, 2 sentences: 89 + (600 − 580) / 11 = 90.82.
    ("Lo sportello apre il lunedì mattina. Portate un documento di identità.", 58, 11, 2),
    # Per(3) rinnovare(9) il(2) permesso(8) di(2) soggiorno(9) serve(5) la(2)
    # ricevuta(8) della(5) questura(8) insieme(7) al(2) passaporto(10) valido(6) e(1)
    # a(1) una(3) fotografia(10) recente(7): 20 words, 108 letters, 1 sentence
    # (the comma ends none): 89 + (300 − 1080) / 20 = 50.0.
    (
        "Per rinnovare il permesso di soggiorno serve la ricevuta della questura, "
        "insieme al passaporto valido e a una fotografia recente.",
        108,
        20,
        1,
    ),
    # Hai(3) bisogno(7) di(2) assistenza(10) sanitaria(9)?: 5 words, 31 letters.
    # Chiedi(6) la(2) tessera(7) sanitaria(9) allo(4) sportello(9)!: 6 words, 37.
    # Rispondiamo(11) in(2) italiano(8) inglese(7) e(1) arabo(5).: 6 words, 34.
    # 17 words, 102 letters, 3 sentences: 89 + (900 − 1020) / 17 = 81.94.
    (
        "Hai bisogno di assistenza sanitaria? Chiedi la tessera sanitaria allo sportello! "
        "Rispondiamo in italiano, inglese e arabo.",
        102,
        17,
        3,
    ),
]


@pytest.mark.parametrize(("text", "letters", "words", "sentences"), HAND_COUNTED)
def test_gulpease_equals_the_formula_on_hand_counted_texts(text, letters, words, sentences):
    result = scoring.score([text], "it")
    assert result.formula is scoring.GULPEASE
    assert (result.letters, result.words, result.sentences) == (letters, words, sentences)
    assert result.score == pytest.approx(gulpease(letters, words, sentences), abs=0.05)


def test_the_scale_explains_gulpease_bands():
    with translation.override("en"):
        assert scoring.score([HAND_COUNTED[0][0]], "it").band == (
            "easy for readers with elementary schooling"
        )
        assert scoring.score([HAND_COUNTED[1][0]], "it").band == (
            "hard for readers with middle school, easy with high school"
        )
        rows = scoring.scale(scoring.GULPEASE)
        assert rows[0] == ("80 or more", "easy for readers with elementary schooling")
        assert rows[-1] == ("below 40", "hard even for readers with high school")


SAMPLES = {
    "it": "Lo sportello apre il lunedì mattina. Portate un documento.",
    "en": "The office opens on Monday morning. Bring a document.",
    "fr": "Le guichet ouvre le lundi matin. Apportez un document.",
    "es": "La oficina abre el lunes por la mañana. Traiga un documento.",
    "ar": "يفتح المكتب صباح يوم الاثنين. أحضر وثيقة.",
    "uk": "Офіс відкривається в понеділок зранку. Візьміть документ.",
    "ro": "Biroul se deschide luni dimineața. Aduceți un document.",
    "sq": "Zyra hapet të hënën në mëngjes. Sillni një dokument.",
    "zh-hans": "办公室星期一上午开门。请带一份证件。",
    "ur": "دفتر پیر کی صبح کھلتا ہے۔ ایک دستاویز لائیں۔",
}


@pytest.mark.parametrize("code", [code for code, _name in SUPPORTED_LANGUAGES])
def test_every_language_shows_a_score_or_says_why_none_exists(code):
    with translation.override("en"):
        result = scoring.score([SAMPLES[code]], code)
        if scoring.supported(code):
            assert result.score is not None
            assert result.formula.label
            assert result.band
            assert scoring.explanation(result.formula)
            assert result.reason == ""
        else:
            assert result.score is None
            assert result.reason.startswith("No readability formula exists for ")
            assert result.reason.endswith(" in readsight.")
            assert scoring.language_name(code) in result.reason


def test_chinese_and_urdu_say_why():
    with translation.override("en"):
        assert scoring.score(["办公室开门。"], "zh-hans").reason == (
            "No readability formula exists for Simplified Chinese in readsight."
        )
        assert "Urdu" in scoring.score(["دفتر کھلتا ہے۔"], "ur").reason


def test_long_sentences_are_marked():
    long = " ".join(["parola"] * 30) + "."
    result = scoring.score(["Una frase breve.", long], "it")
    assert [s.words for s in result.long_sentences] == [30]
    assert [s.long for s in result.paragraphs[0]] == [False]


def test_lix_is_harder_when_higher():
    easy = scoring.score(["Ofisul e deschis. Vino luni."], "ro")
    assert easy.formula is scoring.LIX
    assert easy.hardness == easy.score


def test_rich_text_paragraphs_and_items_are_sentences_of_their_own():
    paragraphs = html_paragraphs("<h2>Orari</h2><ul><li>Lunedì</li><li>Martedì</li></ul>")
    assert paragraphs == ["Orari", "Lunedì", "Martedì"]
    assert as_text(paragraphs) == "Orari. Lunedì. Martedì."


def test_no_text_is_no_score():
    assert scoring.score([], "it").score is None
    assert scoring.score([], "it").reason


def test_arabic_scores_stay_on_their_scale():
    """OSMAN counts syllables from short vowels web Arabic leaves out (165 to 181 on a
    0-100 scale); LIX counts letters and words."""
    text = (
        "يفتح المكتب صباح يوم الاثنين من الساعة التاسعة حتى الثانية عشرة. "
        "أحضر وثيقة هوية سارية المفعول وبطاقة الإقامة إذا كانت لديك."
    )
    result = scoring.score([text], "ar")
    assert result.formula is scoring.LIX
    assert 0 < result.score < 100


def test_a_title_alone_is_too_short_to_score():
    with translation.override("en"):
        result = scoring.score(["Pagina vuota"], "it")
    assert result.score is None
    assert result.reason == "Too short to score: a readability score needs at least 5 words."


def test_a_score_past_the_end_of_its_scale_shows_at_the_end():
    very_plain = " ".join(["Go now."] * 10)  # Flesch above 100 before the bound
    assert scoring.score([very_plain], "en").score == 100
