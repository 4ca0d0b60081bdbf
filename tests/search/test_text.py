"""What the finder does to words before matching them, in each script."""

from search import text


def test_case_and_accents_fold_in_latin_and_cyrillic():
    assert text.words("Séjour RÉSIDENCE ciudadanía") == ["sejour", "residence", "ciudadania"]
    assert text.fold("ЇЖАК") == text.fold("їжак")


def test_arabic_letter_variants_and_diacritics_fold_together():
    # alef with hamza, ta marbuta, diacritics (tashkeel) and tatweel.
    assert text.fold("الإقامة") == text.fold("الاقامه")
    assert text.fold("تَصْرِيح") == text.fold("تصريح")
    assert text.fold("محـــامي") == text.fold("محامي")


def test_urdu_letters_match_their_arabic_forms():
    assert text.fold("وکیل") == text.fold("وكيل")  # keheh and kaf
    assert text.fold("یہ") == text.fold("يہ")  # farsi yeh and yeh


def test_chinese_is_cut_into_words():
    assert text.words("居留许可续签") == ["居留", "许可", "续签"]
    assert "律师" in text.words("免费律师")


def test_stems_join_singular_and_plural_where_a_stemmer_exists():
    assert text.stem("permessi", "it") == text.stem("permesso", "it")
    assert text.stem("médiateurs", "fr") == text.stem("médiateur", "fr")
    assert text.stem("lawyers", "en") == text.stem("lawyer", "en")
    # No Snowball stemmer for Ukrainian: the word is kept as written (folded).
    assert text.stem("адвокати", "uk") == "адвокати"


def test_stopwords_are_dropped_from_queries_but_never_everything():
    languages = ["it", "en", "fr"]
    assert text.query_words("someone who speaks Chinese", languages) == ["speaks", "chinese"]
    assert text.query_words("il di la", languages) == ["il", "di", "la"]
