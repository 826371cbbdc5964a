/// Default stopwords for language detection, by ISO 639-1 code: frequent words that are rare in
/// the other five languages (words shared by several, such as `que`, `la`, `de`, are left out).
package enum LanguageStopwords {
    package static let lists: [String: [String]] = [
        "en": [
            "the", "and", "is", "are", "you", "your", "what", "which", "with", "for", "this", "that", "have",
            "has", "it", "of", "to", "do", "can", "my", "be", "will", "would", "an", "on", "not", "or",
            "please", "there", "these", "those", "some", "how", "should", "does", "looking", "here", "our",
        ],
        "de": [
            "der", "die", "das", "und", "ist", "ich", "du", "sie", "nicht", "mit", "für", "ein", "eine",
            "einen", "dem", "den", "zu", "auf", "wie", "mir", "mich", "kann", "können", "bitte", "haben",
            "habe", "sind", "auch", "oder", "aber", "leider", "welche", "gibt", "nach", "von", "ihnen", "dir",
        ],
        "fr": [
            "le", "les", "et", "est", "je", "vous", "une", "des", "pour", "avec", "pas", "ne", "qui", "dans",
            "sur", "ce", "cette", "mon", "mes", "votre", "vos", "suis", "sont", "peux", "pouvez", "très",
            "mais", "elle", "nous", "quel", "quelle", "aux", "ai", "moi", "cherche",
        ],
        "es": [
            "el", "los", "las", "y", "es", "del", "muy", "pero", "yo", "estoy", "hay", "puedo", "puede",
            "cuál", "dónde", "tengo", "quiero", "al", "su", "sus", "usted", "gracias", "también", "porque",
            "algo", "ustedes", "necesito", "busco",
        ],
        "it": [
            "gli", "della", "delle", "di", "che", "per", "sono", "questo", "questa", "ho", "hai", "vorrei",
            "grazie", "anche", "più", "nel", "dei", "sei", "cosa", "puoi", "il", "degli", "alla", "cerco",
        ],
        "pt": [
            "o", "os", "um", "do", "da", "dos", "das", "em", "na", "não", "você", "eu", "muito", "meu",
            "minha", "isso", "esse", "essa", "quero", "obrigado", "obrigada", "também", "vocês", "são", "ao",
            "procuro",
        ],
    ]
}
