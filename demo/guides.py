"""Three demo guides in plain Italian. They are example content: the hub reviews the
steps and has each answer validated by the competent office before real use."""

from datetime import date

VALIDATED = date(2026, 10, 15)


def step(spec, services_by_slug):
    return {
        "title": spec["title"],
        "text": spec["text"],
        "prepare": spec.get("prepare", []),
        "where": spec.get("where", ""),
        "services": [
            services_by_slug[s] for s in spec.get("services", []) if s in services_by_slug
        ],
    }


def qa(question, answer, office):
    return {
        "question": question,
        "answer": answer,
        "validated_by": office,
        "validated_on": VALIDATED,
    }


GUIDES = [
    {
        "slug": "rinnovo-permesso-di-soggiorno",
        "title": "Rinnovare il permesso di soggiorno",
        "summary": "Cosa fare, e quando, per rinnovare il permesso di soggiorno: dal kit "
        "postale all'appuntamento in Questura con Prenotafacile.",
        "needs": ["residence-permit"],
        "steps": [
            {
                "title": "Controlla la scadenza",
                "text": "<p>Chiedi il rinnovo prima che il permesso scada. Non aspettare "
                "l'ultimo giorno: la pratica richiede tempo.</p>",
                "services": ["permessi-di-soggiorno"],
            },
            {
                "title": "Prepara i documenti",
                "text": "<p>Servono documenti diversi per ogni tipo di permesso. Allo sportello "
                "controlliamo insieme la lista.</p>",
                "prepare": [
                    "Passaporto valido",
                    "Permesso di soggiorno in scadenza",
                    "Codice fiscale",
                    "Documenti su lavoro e reddito",
                    "Marca da bollo",
                ],
                "where": "Polo .Meet, via Leutrum 7, Cuneo",
                "services": ["permessi-di-soggiorno", "informazione-orientamento"],
            },
            {
                "title": "Spedisci la domanda o prenota con Prenotafacile",
                "text": "<p>Per molti permessi la domanda si spedisce con il kit postale dagli "
                "uffici di Poste Italiane. Per altri la Questura chiede di prenotare "
                "l'appuntamento online con Prenotafacile.</p>",
                "where": "Ufficio postale abilitato o sito Prenotafacile della Polizia di Stato",
                "services": ["permessi-di-soggiorno"],
            },
            {
                "title": "Vai all'appuntamento in Questura",
                "text": "<p>Porta gli originali dei documenti e la ricevuta. In Questura ti "
                "prendono le impronte digitali.</p>",
                "where": "Questura, Ufficio immigrazione",
            },
            {
                "title": "Ritira il nuovo permesso",
                "text": "<p>Quando il permesso è pronto, lo ritiri in Questura. Tieni sempre "
                "con te la ricevuta fino al ritiro.</p>",
                "where": "Questura, Ufficio immigrazione",
            },
        ],
        "questions": [
            qa(
                "Posso lavorare mentre aspetto il rinnovo?",
                "<p>Sì, se hai chiesto il rinnovo nei tempi previsti, con la ricevuta puoi "
                "continuare a lavorare.</p>",
                "Questura di Cuneo – Ufficio immigrazione",
            ),
            qa(
                "Ho perso la ricevuta del kit postale. Cosa faccio?",
                "<p>Vai all'ufficio postale dove hai spedito la domanda e chiedi una copia; "
                "poi rivolgiti allo sportello per controllare lo stato della pratica.</p>",
                "Questura di Cuneo – Ufficio immigrazione",
            ),
        ],
    },
    {
        "slug": "ricongiungimento-familiare",
        "title": "Ricongiungimento familiare",
        "summary": "Come chiedere il nulla osta per far venire in Italia il coniuge, i figli "
        "o i genitori.",
        "needs": ["family-reunification"],
        "steps": [
            {
                "title": "Verifica i requisiti",
                "text": "<p>Servono un permesso di soggiorno valido, un reddito minimo che "
                "dipende dal numero di familiari e un alloggio adatto.</p>",
                "services": ["ricongiungimento-familiare", "sportello-legale"],
            },
            {
                "title": "Chiedi il certificato di idoneità alloggiativa",
                "text": "<p>Il Comune dove abiti certifica che la casa è adatta al numero di "
                "persone.</p>",
                "prepare": ["Contratto di affitto o atto di proprietà", "Planimetria della casa"],
                "where": "Comune di residenza",
            },
            {
                "title": "Invia la domanda di nulla osta",
                "text": "<p>La domanda si invia online allo Sportello unico per l'immigrazione "
                "della Prefettura.</p>",
                "where": "Prefettura – Sportello unico per l'immigrazione",
                "services": ["ricongiungimento-familiare"],
            },
            {
                "title": "Il familiare chiede il visto",
                "text": "<p>Con il nulla osta, il familiare chiede il visto all'ambasciata o al "
                "consolato italiano del suo Paese.</p>",
            },
        ],
        "questions": [
            qa(
                "Posso chiedere il ricongiungimento per i miei genitori?",
                "<p>Sì, in alcuni casi previsti dalla legge, per esempio se non hanno altri "
                "figli che possono mantenerli nel Paese di origine.</p>",
                "Prefettura di Cuneo – Sportello unico per l'immigrazione",
            ),
        ],
    },
    {
        "slug": "cittadinanza",
        "title": "Chiedere la cittadinanza italiana",
        "summary": "Chi può chiedere la cittadinanza per residenza, il certificato di lingua "
        "B1 e come si presenta la domanda.",
        "needs": ["citizenship"],
        "steps": [
            {
                "title": "Controlla gli anni di residenza",
                "text": "<p>Per la cittadinanza per residenza servono anni di residenza legale "
                "in Italia, in numero diverso secondo la tua situazione.</p>",
                "services": ["test-cittadinanza", "sportello-legale"],
            },
            {
                "title": "Ottieni il certificato di italiano B1",
                "text": "<p>La domanda richiede un certificato di conoscenza della lingua "
                "italiana di livello B1, rilasciato da un ente riconosciuto.</p>",
                "where": "Enti certificatori riconosciuti",
                "services": ["test-cittadinanza"],
            },
            {
                "title": "Prepara i documenti",
                "text": "<p>Servono tra gli altri l'atto di nascita e il certificato penale del "
                "Paese di origine, tradotti e legalizzati.</p>",
                "prepare": [
                    "Atto di nascita tradotto e legalizzato",
                    "Certificato penale del Paese di origine",
                    "Certificato di lingua B1",
                    "Ricevuta del contributo",
                ],
            },
            {
                "title": "Presenta la domanda online",
                "text": "<p>La domanda si presenta online sul portale del Ministero dell'Interno."
                "</p>",
                "where": "Portale del Ministero dell'Interno",
            },
        ],
        "questions": [
            qa(
                "Il certificato di lingua serve a tutti?",
                "<p>Ci sono eccezioni, per esempio per chi ha un titolo di studio italiano. "
                "Chiedi allo sportello se rientri in un'eccezione.</p>",
                "Prefettura di Cuneo – Area cittadinanza",
            ),
        ],
    },
]
