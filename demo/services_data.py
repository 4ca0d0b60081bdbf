"""Demo facts for the services area: the real hubs (.Meet in Cuneo, S.P.A.C.E. in
Prato), their desks and the shared taxonomies. Italian source text, written as the
hub would write it. Where a detail is not among the known facts (Prato's weekly
hours, languages of help), the page is marked as example content to review."""

from services.access import AccessMode, SlotKind

WALK_IN, APPOINTMENT = SlotKind.WALK_IN, SlotKind.APPOINTMENT
MON, TUE, WED, THU, FRI = range(5)

# code, icon, Italian name, English name, Italian synonyms
NEEDS = [
    (
        "information",
        "info",
        "Informazione e orientamento",
        "Information and guidance",
        "informazioni\norientamento\nprimo accesso\naiuto",
    ),
    (
        "residence-permit",
        "passport",
        "Permesso di soggiorno",
        "Residence permit",
        "permesso\nrinnovo permesso\nrinnovo\nsoggiorno\nquestura\nkit postale\nprenotafacile",
    ),
    (
        "citizenship",
        "document",
        "Cittadinanza",
        "Citizenship",
        "cittadinanza italiana\nnaturalizzazione\ntest di italiano\nB1",
    ),
    (
        "family-reunification",
        "family",
        "Ricongiungimento familiare",
        "Family reunification",
        "ricongiungimento\nfamiglia\nnulla osta\ncoesione familiare",
    ),
    (
        "legal-advice",
        "scales",
        "Consulenza legale",
        "Legal advice",
        "avvocato\navvocato gratis\nlegale\nricorso\ndiritti",
    ),
    (
        "language-mediation",
        "speech",
        "Lingua e mediazione",
        "Language and mediation",
        "mediatore\nmediatrice\ninterprete\ntraduzione\ncorso di italiano\nlingua",
    ),
    (
        "work-training",
        "briefcase",
        "Lavoro e formazione",
        "Work and training",
        "lavoro\ncurriculum\nformazione\ncorso\ntirocinio",
    ),
    ("housing", "house", "Casa", "Housing", "casa\naffitto\nalloggio\nidoneità alloggiativa"),
    ("health", "health", "Salute", "Health", "medico\ntessera sanitaria\nSTP\nospedale\nASL"),
    ("school", "school", "Scuola", "School", "scuola\niscrizione\nfigli\nCPIA"),
    (
        "discrimination",
        "shield",
        "Discriminazione",
        "Discrimination",
        "razzismo\nsegnalazione\ndiscriminato\nantidiscriminazione\norigine\n"
        "rifiutato per la mia origine",
    ),
]

AUDIENCES = [
    ("newcomers", "Persone appena arrivate", "People who have just arrived"),
    ("residents", "Cittadine e cittadini stranieri residenti", "Foreign residents"),
    ("families", "Famiglie", "Families"),
    ("women", "Donne", "Women"),
    ("young-people", "Giovani e minori", "Young people and minors"),
    ("operators", "Operatrici e operatori dei servizi", "Service workers"),
]

# code, Italian name, English name, autonym
SPOKEN = [
    ("it", "Italiano", "Italian", "Italiano"),
    ("en", "Inglese", "English", "English"),
    ("fr", "Francese", "French", "Français"),
    ("ar", "Arabo", "Arabic", "العربية"),
    ("zh", "Cinese", "Chinese", "中文"),
    ("bn", "Bengalese", "Bangla", "বাংলা"),
    ("ur", "Urdu", "Urdu", "اردو"),
]

ORGANISATIONS = [
    "Comune di Cuneo",
    "Fiordaliso",
    "MOMO",
    "O.R.SO.",
    "Emmanuele",
    "Associazione Spazio Mediazione e Intercultura",
    "Comune di Prato",
    "Oxfam Italia",
    "Cooperativa Sociale Pane & Rose",
    "PIN Polo Universitario Pratese",
    "CO&SO",
    "Prefettura di Alessandria",
    "Università del Piemonte Orientale",
    "Cooperativa CrescereInsieme",
    "Fondazione SociAL",
    "ASGI",
    "IRES Piemonte",
    "Prefettura di Asti",
    "Carretera Central",
    "Argo",
    "Migrantes",
    "Regione Piemonte",
    "Ministero dell'Interno",
    "Migration Policy Group",
]

MEET = {
    "title": ".Meet – Polo per l'inclusione",
    "slug": "meet-cuneo",
    "summary": (
        "Il polo del Comune di Cuneo per le persone straniere: informazioni, consulenza "
        "legale, mediazione e permessi di soggiorno in un unico posto, in via Leutrum 7."
    ),
    "description": (
        "<p>.Meet è aperto dall'11 febbraio 2022. Qui trovi in un solo luogo gli sportelli "
        "che ti aiutano con documenti, diritti, lingua e vita in città. Puoi venire senza "
        "appuntamento negli orari di accesso libero, oppure prenotare un appuntamento.</p>"
        "<p>Il polo è gestito dal Comune di Cuneo con una rete di enti del territorio: "
        "Fiordaliso (capofila), MOMO, O.R.SO., Emmanuele e Associazione Spazio Mediazione "
        "e Intercultura.</p>"
    ),
    "location": {
        "name": "Polo .Meet",
        "address": "Via Leutrum 7",
        "postcode": "12100",
        "city": "Cuneo",
        "province": "CN",
    },
    "contacts": [
        ("phone", "0171 444547"),
        ("email", "polo.meet@comune.cuneo.it"),
        ("pec", "polo.meet@pec.comune.cuneo.it"),
    ],
    "slots": [
        (MON, "9:30", "12:00", WALK_IN),
        (TUE, "9:30", "12:00", WALK_IN),
        (TUE, "15:30", "18:00", WALK_IN),
        (WED, "16:00", "18:30", WALK_IN),
        (THU, "15:30", "18:00", WALK_IN),
        (TUE, "15:30", "18:00", APPOINTMENT),
        (THU, "15:30", "18:00", APPOINTMENT),
        (THU, "9:30", "12:00", APPOINTMENT),
        (FRI, "9:30", "12:00", APPOINTMENT),
    ],
    "partners": [
        "Fiordaliso",
        "MOMO",
        "O.R.SO.",
        "Emmanuele",
        "Associazione Spazio Mediazione e Intercultura",
    ],
    "opened_on": "2022-02-11",
}

# slug, title, summary, needs (the first is its main need), audiences, access, body sections
MEET_DESKS = [
    (
        "informazione-orientamento",
        "Informazione e orientamento",
        "Ti ascoltiamo, capiamo insieme di cosa hai bisogno e ti indichiamo l'ufficio o il "
        "servizio giusto in città.",
        ["information", "housing", "health", "school", "work-training"],
        ["newcomers", "residents"],
        AccessMode.BOTH,
        [
            (
                "what_you_can_do",
                "<ul><li>Chiedere informazioni su documenti, casa, salute, scuola "
                "e lavoro.</li><li>Capire a quale ufficio rivolgerti e cosa portare.</li><li>Farti "
                "aiutare a compilare moduli e domande online.</li></ul>",
            ),
            (
                "documents",
                [
                    "Un documento di identità o il permesso di soggiorno, se li hai",
                    "Le lettere o i moduli che hai ricevuto",
                ],
            ),
            ("cost", "Gratuito."),
        ],
    ),
    (
        "sportello-legale",
        "Sportello legale",
        "Consulenza gratuita con personale esperto di diritto dell'immigrazione: permessi, "
        "ricorsi, diritti sul lavoro e in famiglia.",
        ["legal-advice", "residence-permit", "family-reunification"],
        ["residents", "newcomers"],
        AccessMode.BOTH,
        [
            (
                "what_you_can_do",
                "<p>Chiedere un parere sulla tua situazione, capire i tuoi diritti "
                "e le scadenze, sapere se e come presentare un ricorso.</p>",
            ),
            (
                "documents",
                [
                    "Il permesso di soggiorno o la ricevuta della richiesta",
                    "Le lettere della Questura, della Prefettura o del tribunale",
                ],
            ),
            ("cost", "Gratuito."),
            ("eligibility", "<p>Per chi vive o lavora nel territorio di Cuneo.</p>"),
        ],
    ),
    (
        "mediazione-interculturale",
        "Mediazione interculturale e linguistica",
        "Mediatrici e mediatori ti accompagnano negli uffici e ti aiutano a capire e a farti "
        "capire.",
        ["language-mediation"],
        ["newcomers", "residents", "families"],
        AccessMode.BOTH,
        [
            (
                "what_you_can_do",
                "<p>Chiedere una mediatrice o un mediatore per un colloquio con i "
                "servizi sociali, la scuola, l'ospedale o altri uffici pubblici.</p>",
            ),
            ("cost", "Gratuito."),
        ],
    ),
    (
        "permessi-di-soggiorno",
        "Permessi di soggiorno e Prenotafacile",
        "Aiuto per il rilascio e il rinnovo del permesso di soggiorno e per prenotare "
        "l'appuntamento in Questura con Prenotafacile.",
        ["residence-permit"],
        ["residents", "newcomers"],
        AccessMode.BOTH,
        [
            (
                "what_you_can_do",
                "<ul><li>Controllare quali documenti servono per il tuo permesso.</li>"
                "<li>Compilare il kit postale.</li><li>Prenotare l'appuntamento in "
                "Questura con Prenotafacile, il sistema online della Polizia di Stato."
                "</li></ul>",
            ),
            (
                "steps",
                [
                    ("Vieni allo sportello con i documenti", ""),
                    ("Controlliamo insieme la domanda", ""),
                    ("Prenotiamo l'appuntamento in Questura", ""),
                ],
            ),
            (
                "documents",
                [
                    "Passaporto",
                    "Permesso di soggiorno in scadenza",
                    "Codice fiscale",
                    "Documenti su lavoro, reddito e casa",
                ],
            ),
            (
                "cost",
                "L'aiuto dello sportello è gratuito. Il permesso ha costi fissati dalla "
                "legge (bollettino, marca da bollo, spedizione del kit).",
            ),
        ],
    ),
    (
        "test-cittadinanza",
        "Test di italiano per la cittadinanza",
        "Informazioni sulla domanda di cittadinanza e sul certificato di lingua italiana "
        "livello B1 che la domanda richiede.",
        ["citizenship", "language-mediation"],
        ["residents"],
        AccessMode.BOTH,
        [
            (
                "what_you_can_do",
                "<p>Capire se hai i requisiti per chiedere la cittadinanza, come "
                "prepararti alla certificazione B1 e dove iscriverti all'esame.</p>",
            ),
            ("cost", "L'orientamento è gratuito. L'esame di lingua e la domanda hanno un costo."),
        ],
    ),
    (
        "ricongiungimento-familiare",
        "Ricongiungimento familiare",
        "Aiuto per chiedere il nulla osta e far venire in Italia i tuoi familiari.",
        ["family-reunification"],
        ["families", "residents"],
        AccessMode.BOTH,
        [
            (
                "what_you_can_do",
                "<p>Verificare i requisiti di reddito e di alloggio, preparare i "
                "documenti e inviare la domanda di nulla osta allo Sportello unico per "
                "l'immigrazione.</p>",
            ),
            (
                "documents",
                [
                    "Permesso di soggiorno",
                    "Contratto di affitto o di proprietà",
                    "Documenti sul reddito dell'ultimo anno",
                ],
            ),
            ("cost", "Gratuito."),
        ],
    ),
    (
        "laboratori-partecipazione",
        "Laboratori e attività di partecipazione",
        "Laboratori, incontri e attività per conoscere la città, fare rete e partecipare "
        "alla vita della comunità.",
        ["work-training", "language-mediation"],
        ["residents", "young-people", "women"],
        AccessMode.WALK_IN,
        [
            (
                "what_you_can_do",
                "<p>Partecipare a laboratori e incontri di gruppo. Chiedi allo "
                "sportello il calendario delle prossime attività.</p>",
            ),
            ("cost", "Gratuito."),
        ],
    ),
]

ANTIDISCRIMINATION = {
    "slug": "sportello-antidiscriminazioni",
    "title": "Sportello Antidiscriminazioni Città di Cuneo",
    "summary": (
        "Se hai subito o visto una discriminazione, qui ti ascoltiamo, ti informiamo sui "
        "tuoi diritti e raccogliamo la segnalazione."
    ),
    "needs": ["discrimination", "legal-advice"],
    "audiences": ["residents", "newcomers", "women", "young-people"],
    "access": AccessMode.WALK_IN,
    "contacts": [("email", "antidiscriminazioni@comune.cuneo.it"), ("phone", "0171 444789")],
    "slots": [(WED, "9:00", "12:00", WALK_IN), (THU, "9:00", "12:00", WALK_IN)],
    "body": [
        (
            "what_you_can_do",
            "<ul><li>Raccontare cosa ti è successo, in un luogo riservato."
            "</li><li>Ricevere informazioni sui tuoi diritti.</li><li>Fare una segnalazione, "
            "che lo sportello prende in carico.</li></ul>",
        ),
        ("cost", "Gratuito e riservato."),
    ],
}

SPACE = {
    "title": "S.P.A.C.E. Prato",
    "slug": "space-prato",
    "summary": (
        "Gli sportelli S.P.A.C.E. a Prato: uno sportello multilivello nel Macrolotto Zero, "
        "uno sportello virtuale sulle app di messaggistica, un punto di incontro e una "
        "squadra mobile."
    ),
    "description": (
        "<p>S.P.A.C.E. porta informazione, orientamento e mediazione dove vivono le persone: "
        "allo sportello del Macrolotto Zero, aperto tre giorni a settimana per quattro ore "
        "al giorno, sulle app che si usano ogni giorno e per strada, con la squadra "
        "mobile.</p>"
    ),
    "location": {
        "name": "Sportello S.P.A.C.E. Macrolotto Zero",
        "address": "",
        "postcode": "",
        "city": "Prato",
        "province": "PO",
    },
    # The facts say three days a week, four hours a day; which days is for the hub to
    # confirm: these slots are example content.
    "slots": [
        (MON, "9:00", "13:00", WALK_IN),
        (WED, "9:00", "13:00", WALK_IN),
        (FRI, "9:00", "13:00", WALK_IN),
    ],
    "partners": [
        "Oxfam Italia",
        "Cooperativa Sociale Pane & Rose",
        "PIN Polo Universitario Pratese",
        "CO&SO",
    ],
}

SPACE_SERVICES = [
    {
        "slug": "sportello-macrolotto-zero",
        "title": "Sportello multilivello Macrolotto Zero",
        "summary": "Informazione, orientamento e mediazione, senza appuntamento.",
        "needs": ["information", "language-mediation", "residence-permit"],
        "audiences": ["newcomers", "residents"],
        "access": AccessMode.WALK_IN,
        "languages": ["it", "zh"],
        "body": [
            (
                "what_you_can_do",
                "<p>Chiedere informazioni e orientamento sui servizi "
                "della città, con l'aiuto di mediatrici e mediatori.</p>",
            ),
            ("cost", "Gratuito."),
        ],
    },
    {
        "slug": "sportello-virtuale",
        "title": "Sportello virtuale su WeChat e Imo",
        "summary": "Fai le tue domande allo sportello con WeChat o Imo, senza spostarti.",
        "needs": ["information", "language-mediation"],
        "audiences": ["residents", "newcomers"],
        "access": AccessMode.WALK_IN,
        "languages": ["it", "zh", "bn", "ur"],
        "uses_hub_hours": False,
        "no_location": True,
        "contacts": [("wechat", "S.P.A.C.E. Prato"), ("imo", "S.P.A.C.E. Prato")],
        "body": [
            (
                "what_you_can_do",
                "<p>Scrivi un messaggio: ti rispondiamo e, se serve, ti "
                "diamo appuntamento allo sportello.</p>",
            ),
            ("cost", "Gratuito."),
        ],
    },
    {
        "slug": "punto-di-incontro",
        "title": "Punto di incontro",
        "summary": "Uno spazio per socializzare, club di lingua e orientamento al lavoro e "
        "alla formazione.",
        "needs": ["work-training", "language-mediation"],
        "audiences": ["residents", "young-people", "women"],
        "access": AccessMode.WALK_IN,
        "languages": ["it"],
        "body": [
            (
                "what_you_can_do",
                "<ul><li>Partecipare ai club di lingua.</li><li>Conoscere "
                "persone e associazioni.</li><li>Avere un orientamento su lavoro e corsi."
                "</li></ul>",
            ),
            ("cost", "Gratuito."),
        ],
    },
    {
        "slug": "squadra-mobile",
        "title": "Squadra mobile",
        "summary": "Mediatrici, mediatori e operatori di strada nei quartieri Macrolotto, "
        "Soccorso e Serraglio.",
        "needs": ["information", "language-mediation"],
        "audiences": ["residents", "newcomers"],
        "access": AccessMode.WALK_IN,
        "languages": ["it", "zh"],
        "uses_hub_hours": False,
        "no_location": True,
        "body": [
            (
                "what_you_can_do",
                "<p>Incontrare la squadra per strada nei quartieri "
                "Macrolotto, Soccorso e Serraglio e ricevere informazioni sul posto.</p>",
            ),
            ("cost", "Gratuito."),
        ],
    },
]

# What a resident gets and the conditions of each service: the "Cosa si ottiene" and
# "Condizioni di servizio" sections of the Modello Comuni service card (decisions §38).
CARD_TEXT = {
    "informazione-orientamento": (
        "<p>Risposte alle tue domande e l'indicazione dell'ufficio o del servizio giusto "
        "per la tua pratica.</p>",
        "<p>Il servizio è gratuito. Quello che racconti resta riservato.</p>",
    ),
    "sportello-legale": (
        "<p>Un parere sulla tua situazione e, se serve, l'aiuto a preparare una domanda "
        "o un ricorso.</p>",
        "<p>La consulenza è gratuita e riservata. Lo sportello non sostituisce un "
        "avvocato in tribunale.</p>",
    ),
    "mediazione-interculturale": (
        "<p>Una mediatrice o un mediatore che ti accompagna all'appuntamento e ti aiuta a "
        "capire e a farti capire.</p>",
        "<p>Il servizio è gratuito.</p>",
    ),
    "permessi-di-soggiorno": (
        "<p>La domanda di rilascio o di rinnovo del permesso controllata e pronta da spedire.</p>",
        "<p>L'aiuto dello sportello è gratuito; restano a tuo carico il contributo e le "
        "marche da bollo richiesti dalla legge.</p>",
    ),
    "test-cittadinanza": (
        "<p>Le informazioni sulla domanda di cittadinanza e sul test di lingua, e "
        "materiali per prepararti.</p>",
        "<p>Il servizio è gratuito.</p>",
    ),
    "ricongiungimento-familiare": (
        "<p>L'elenco dei documenti per la tua famiglia e l'aiuto a presentare la domanda.</p>",
        "<p>Il servizio è gratuito e riservato.</p>",
    ),
    "laboratori-partecipazione": (
        "<p>Un posto in un laboratorio e l'occasione di conoscere persone e associazioni "
        "della città.</p>",
        "<p>La partecipazione è gratuita.</p>",
    ),
    "sportello-antidiscriminazioni": (
        "<p>Ascolto, informazioni sui tuoi diritti e la presa in carico della tua "
        "segnalazione.</p>",
        "<p>Il servizio è gratuito e riservato.</p>",
    ),
    "sportello-macrolotto-zero": (
        "<p>Informazioni e orientamento sui servizi della città, anche in cinese.</p>",
        "<p>Il servizio è gratuito e senza appuntamento.</p>",
    ),
    "sportello-virtuale": (
        "<p>Una risposta scritta alle tue domande, nella chat.</p>",
        "<p>Il servizio è gratuito. Non mandare copie di documenti in chat.</p>",
    ),
    "punto-di-incontro": (
        "<p>Un posto dove incontrare persone, un club di lingua e un primo "
        "orientamento al lavoro.</p>",
        "<p>Il servizio è gratuito.</p>",
    ),
    "squadra-mobile": (
        "<p>Informazioni e orientamento nel tuo quartiere, senza spostarti.</p>",
        "<p>Il servizio è gratuito.</p>",
    ),
}
