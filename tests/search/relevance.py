"""The relevance table: what residents type, and the service it must return in the top 3.

Used by the embedded finder's test on SQLite and PostgreSQL and by the live
Elasticsearch test. Each row: (language of the site, query, slug of the service).
FIRST: queries whose answer must come first, ahead of services that only share a
broad need with it. ONLY: queries whose results must be no more than the services
about them (a page of everything is no answer).
"""

TABLE = [
    # Italian: plain, plural and inflected forms, cross-language, one typo.
    ("it", "rinnovo permesso", "permessi-di-soggiorno"),
    ("it", "permesso di soggiorno", "permessi-di-soggiorno"),
    ("it", "rinnovare i permessi", "permessi-di-soggiorno"),
    ("it", "Prenotafacile", "permessi-di-soggiorno"),
    ("it", "avvocato gratis", "sportello-legale"),
    ("it", "avvocati", "sportello-legale"),
    ("it", "ricorso", "sportello-legale"),
    ("it", "mediatore culturale", "mediazione-interculturale"),
    ("it", "discriminazione", "sportello-antidiscriminazioni"),
    ("it", "ricongiungimento familiare", "ricongiungimento-familiare"),
    ("it", "cittadinanza", "test-cittadinanza"),
    ("it", "esame di italiano", "test-cittadinanza"),
    ("it", "wechat", "sportello-virtuale"),
    ("it", "club di lingua", "punto-di-incontro"),
    ("it", "titre de séjour", "permessi-di-soggiorno"),
    ("it", "residence permit", "permessi-di-soggiorno"),
    ("it", "avvocatto", "sportello-legale"),
    ("it", "permesso di soggiorrno", "permessi-di-soggiorno"),
    # English
    ("en", "residence permit renewal", "permessi-di-soggiorno"),
    ("en", "renewing my permits", "permessi-di-soggiorno"),
    ("en", "lawyer", "sportello-legale"),
    ("en", "free legal advice", "sportello-legale"),
    ("en", "family reunification", "ricongiungimento-familiare"),
    ("en", "citizenship test", "test-cittadinanza"),
    ("en", "discrimination", "sportello-antidiscriminazioni"),
    ("en", "someone who speaks Chinese", "sportello-virtuale"),
    ("en", "lawyr", "sportello-legale"),
    ("en", "citizenhip", "test-cittadinanza"),
    # French
    ("fr", "titre de séjour", "permessi-di-soggiorno"),
    ("fr", "renouvellement titre de sejour", "permessi-di-soggiorno"),
    ("fr", "avocat gratuit", "sportello-legale"),
    ("fr", "regroupement familial", "ricongiungimento-familiare"),
    ("fr", "nationalité", "test-cittadinanza"),
    ("fr", "médiateurs", "mediazione-interculturale"),
    ("fr", "discriminations", "sportello-antidiscriminazioni"),
    ("fr", "avocta", "sportello-legale"),
    # Arabic
    ("ar", "تجديد الإقامة", "permessi-di-soggiorno"),
    ("ar", "تصريح الاقامة", "permessi-di-soggiorno"),
    ("ar", "محامي", "sportello-legale"),
    ("ar", "لم الشمل", "ricongiungimento-familiare"),
    ("ar", "الجنسية", "test-cittadinanza"),
    ("ar", "تمييز", "sportello-antidiscriminazioni"),
    # Spanish
    ("es", "permiso de residencia", "permessi-di-soggiorno"),
    ("es", "abogado gratis", "sportello-legale"),
    ("es", "reagrupación familiar", "ricongiungimento-familiare"),
    ("es", "ciudadanía", "test-cittadinanza"),
    ("es", "discriminación", "sportello-antidiscriminazioni"),
    ("es", "mediadores", "mediazione-interculturale"),
    # Chinese
    ("zh-hans", "居留许可", "permessi-di-soggiorno"),
    ("zh-hans", "续签居留", "permessi-di-soggiorno"),
    ("zh-hans", "律师", "sportello-legale"),
    ("zh-hans", "家庭团聚", "ricongiungimento-familiare"),
    ("zh-hans", "入籍", "test-cittadinanza"),
    ("zh-hans", "微信", "sportello-virtuale"),
    ("zh-hans", "歧视", "sportello-antidiscriminazioni"),
    ("zh-hans", "口译", "mediazione-interculturale"),
    # Ukrainian, Romanian, Albanian, Urdu
    ("uk", "посвідка на проживання", "permessi-di-soggiorno"),
    ("uk", "адвокат", "sportello-legale"),
    ("uk", "тлумач", "mediazione-interculturale"),
    ("uk", "дискримінація", "sportello-antidiscriminazioni"),
    ("uk", "громадянство", "test-cittadinanza"),
    ("ro", "permis de ședere", "permessi-di-soggiorno"),
    ("ro", "avocat", "sportello-legale"),
    ("ro", "reîntregirea familiei", "ricongiungimento-familiare"),
    ("ro", "cetățenie", "test-cittadinanza"),
    ("ro", "discriminare", "sportello-antidiscriminazioni"),
    ("sq", "leje qëndrimi", "permessi-di-soggiorno"),
    ("sq", "avokat", "sportello-legale"),
    ("sq", "bashkim familjar", "ricongiungimento-familiare"),
    ("sq", "diskriminim", "sportello-antidiscriminazioni"),
    ("ur", "رہائشی اجازت نامہ", "permessi-di-soggiorno"),
    ("ur", "وکیل", "sportello-legale"),
    ("ur", "مترجم", "mediazione-interculturale"),
    ("ur", "امتیازی سلوک", "sportello-antidiscriminazioni"),
    # Natural questions, as people type them
    ("en", "how can I bring my children here", "ricongiungimento-familiare"),
    ("it", "dove si fa il test di italiano", "test-cittadinanza"),
    ("fr", "on m'a refusé un logement à cause de mon origine", "sportello-antidiscriminazioni"),
    ("it", "interprete", "mediazione-interculturale"),
    ("ar", "ترجمة", "mediazione-interculturale"),
    ("fr", "traducteur", "mediazione-interculturale"),
    ("es", "necesito un abogado", "sportello-legale"),
    ("en", "my permit is expiring", "permessi-di-soggiorno"),
]

FIRST = [
    ("it", "interprete", "mediazione-interculturale"),
    ("ar", "ترجمة", "mediazione-interculturale"),
    ("zh-hans", "口译", "mediazione-interculturale"),
    ("fr", "traducteur", "mediazione-interculturale"),
    ("uk", "тлумач", "mediazione-interculturale"),
    ("it", "cittadinanza", "test-cittadinanza"),
    ("en", "residence permit", "permessi-di-soggiorno"),
    ("fr", "on m'a refusé un logement à cause de mon origine", "sportello-antidiscriminazioni"),
]

ONLY = [
    # Citizenship: not every service whose text mentions "cittadini" (citizens).
    ("it", "cittadinanza", {"test-cittadinanza"}),
    # Residence permits: the permits desk, the legal desk and Prato's desk that handles
    # permits; not every service for "residents".
    (
        "en",
        "residence permit",
        {"permessi-di-soggiorno", "sportello-legale", "sportello-macrolotto-zero"},
    ),
]
