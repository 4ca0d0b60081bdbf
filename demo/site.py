"""Demo content for the site itself: the home page in every language, the pages the
footer links to, and the body that runs the site (facts from the .Meet hub, Cuneo).

Text marked EXAMPLE is written for the demo; the hub reviews it before real use.
"""

HOME = {
    "title": "Sportello: servizi per chi arriva in città",
    "slug": "home",
    "intro": (
        "<p>Informazioni, consulenza legale, mediazione interculturale e corsi di lingua: "
        "trova il servizio giusto, scopri quando è aperto e chiedi un appuntamento.</p>"
    ),
}

OWNER = {
    "name": "Comune di Cuneo – Polo .Meet",
    "address": "Via Leutrum 7, 12100 Cuneo",
    "phone": "0171 444547",
    "email": "polo.meet@comune.cuneo.it",
    "pec": "polo.meet@pec.comune.cuneo.it",
}

EXAMPLE_NOTE = (
    "Testo di esempio preparato per la dimostrazione: il polo lo rivede e lo completa "
    "prima dell'uso reale."
)

FOOTER_PAGES = {
    "privacy_page": {
        "title": "Informativa sulla privacy",
        "slug": "privacy",
        "intro": "Come trattiamo i dati personali di chi usa questo sito e i nostri sportelli.",
        "body": [
            ("heading", "Titolare del trattamento"),
            (
                "paragraph",
                "<p>Il titolare del trattamento è il Comune di Cuneo. Per esercitare "
                "i tuoi diritti scrivi a polo.meet@comune.cuneo.it.</p>",
            ),
            ("heading", "Quali dati raccogliamo"),
            (
                "paragraph",
                "<p>Il sito non usa cookie di profilazione né strumenti di "
                "tracciamento. Quando chiedi un appuntamento raccogliamo solo i dati che ci "
                "servono per ricontattarti, e li cancelliamo quando la richiesta è chiusa, "
                "entro i tempi indicati in questa pagina.</p>",
            ),
            ("heading", "I tuoi diritti"),
            (
                "paragraph",
                "<p>Puoi chiedere di vedere, correggere o cancellare i tuoi dati, "
                "e puoi presentare reclamo al Garante per la protezione dei dati personali.</p>",
            ),
            ("paragraph", f"<p><em>{EXAMPLE_NOTE}</em></p>"),
        ],
    },
    "accessibility_page": {
        "title": "Dichiarazione di accessibilità",
        "slug": "dichiarazione-di-accessibilita",
        "intro": "Il nostro impegno perché il sito sia usabile da tutte le persone.",
        "body": [
            ("heading", "Stato di conformità"),
            (
                "paragraph",
                "<p>Il sito è progettato per essere conforme alle WCAG 2.2 livello "
                "AA, come richiesto dalle Linee guida AGID sull'accessibilità degli strumenti "
                "informatici. Ogni tipo di pagina è verificato con strumenti automatici e "
                "con la navigazione da tastiera.</p>",
            ),
            ("heading", "Segnalazioni"),
            (
                "paragraph",
                "<p>Se trovi un contenuto che non riesci a usare, scrivi a "
                "polo.meet@comune.cuneo.it: ti rispondiamo entro 30 giorni. Se la risposta non "
                "ti soddisfa puoi rivolgerti al Difensore civico per il digitale di AGID.</p>",
            ),
            ("paragraph", f"<p><em>{EXAMPLE_NOTE}</em></p>"),
        ],
    },
    "legal_page": {
        "title": "Note legali",
        "slug": "note-legali",
        "intro": "Condizioni d'uso dei contenuti di questo sito.",
        "body": [
            ("heading", "Contenuti"),
            (
                "paragraph",
                "<p>I contenuti del sito sono pubblicati con licenza Creative "
                "Commons Attribuzione 4.0, salvo dove indicato diversamente. Le informazioni "
                "sono verificate dal polo, ma per le pratiche fa fede quanto indicato dagli "
                "uffici competenti.</p>",
            ),
            ("paragraph", f"<p><em>{EXAMPLE_NOTE}</em></p>"),
        ],
    },
}
