/// Default refusal and apology phrases in en/de/fr/es/it/pt, by ISO 639-1 code. Phrases are folded
/// before matching, so case, accents and the apostrophe style do not matter (`can’t` = `can't`).
package enum RefusalPhrases {
    /// Phrases that decline the request.
    package static let refusals: [String: [String]] = [
        "en": [
            "i can't help", "i cannot help", "i can't assist", "i cannot assist", "i'm unable to", "i am unable to",
            "i'm not able to", "i am not able to", "i can't provide", "i cannot provide", "i can't do that",
            "i cannot do that", "i can't share", "i cannot share", "i can't comply", "i cannot comply",
            "i won't be able to", "i must decline", "i'm not allowed to", "i am not allowed to",
            "can't help with that", "outside my scope", "beyond my capabilities", "i don't have access",
            "i can't fulfill", "i cannot fulfill", "i can't reveal", "i cannot reveal",
        ],
        "de": [
            "ich kann nicht", "kann ich nicht", "ich kann ihnen nicht", "ich kann dir nicht", "ich darf nicht",
            "darf ich nicht", "ist mir nicht möglich", "nicht in der lage", "dabei kann ich nicht helfen",
            "das kann ich nicht", "ich habe keinen zugriff",
        ],
        "fr": [
            "je ne peux pas", "je ne suis pas en mesure", "il m'est impossible", "je ne peux malheureusement pas",
            "je n'ai pas accès", "je ne suis pas autorisé", "je refuse",
        ],
        "es": [
            "no puedo", "no me es posible", "no estoy autorizado", "no estoy autorizada", "no tengo acceso",
            "no estoy en condiciones", "no puedo ayudarte", "no puedo ayudarle",
        ],
        "it": [
            "non posso", "non sono in grado", "non mi è possibile", "non sono autorizzato", "non ho accesso",
        ],
        "pt": [
            "não posso", "não consigo", "não sou capaz", "não estou autorizado", "não tenho acesso",
            "não me é possível",
        ],
    ]

    /// Phrases that apologise or express regret.
    package static let apologies: [String: [String]] = [
        "en": ["i'm sorry", "i am sorry", "sorry", "i apologize", "i apologise", "my apologies", "unfortunately"],
        "de": ["es tut mir leid", "tut mir leid", "leider", "entschuldigung", "ich entschuldige mich", "bedauerlicherweise"],
        "fr": ["je suis désolé", "je suis désolée", "désolé", "désolée", "malheureusement", "je m'excuse", "toutes mes excuses"],
        "es": ["lo siento", "lo lamento", "lamentablemente", "disculpa", "disculpe", "perdón", "desafortunadamente"],
        "it": ["mi dispiace", "purtroppo", "mi scuso", "scusa", "scusi", "spiacente"],
        "pt": ["desculpe", "desculpa", "sinto muito", "infelizmente", "lamento", "peço desculpas"],
    ]
}
