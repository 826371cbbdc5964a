/// Default cue lists for recommendation intent in en/de/fr/es/it/pt. Entries are folded before
/// matching (case and diacritics do not matter); `word*` matches any word starting with `word`.
package enum RecommendationCues {
    /// Cues that the answer is recommending products.
    package static let answer: [String] = [
        // English
        "recommend*", "suggest*", "you might like", "you may like", "you might also like", "you'll love",
        "you will love", "great choice", "perfect for you", "i'd go with", "top pick*",
        // German
        "empfehl*", "empfiehl*", "vorschlag*", "schlage ich", "könnte dir gefallen", "könnte ihnen gefallen",
        // French
        "recommand*", "conseill*", "je vous propose", "je te propose", "pourrait vous plaire", "suggère",
        "suggérer",
        // Spanish
        "recomend*", "recomiend*", "sugiero", "sugerir", "sugerencia*", "te podría gustar", "te puede gustar",
        "le podría gustar",
        // Italian
        "consigli*", "raccomand*", "suggerisc*", "suggerire", "ti potrebbe piacere", "potrebbe piacerti",
        // Portuguese
        "sugiro", "sugestão", "sugestões", "você pode gostar", "voce pode gostar",
    ]

    /// Cues that the question asks for products.
    package static let question: [String] = answer + [
        // English
        "looking for", "what should i buy", "which one should", "gift for", "gift idea*", "something for",
        // German
        "ich suche", "geschenk*", "was soll ich kaufen",
        // French
        "je cherche", "cadeau*", "que dois-je acheter",
        // Spanish
        "busco", "estoy buscando", "regalo*", "qué debería comprar",
        // Italian
        "cerco", "sto cercando", "regal*", "cosa dovrei comprare",
        // Portuguese
        "procuro", "estou procurando", "presente para", "o que devo comprar",
    ]
}
