/// Italian phrase rules (folded: `è` is `e`, `l'IA` is `l ia`).
extension InjectionPhrases {
    static let italian: [InjectionRule] = [
        .init("override.it.ignore-above", .instructionOverride, 0.8, "-mio|mia|miei|mie|nostro ignora* ~1 quanto|cio|tutto ~1 sopra|precede|precedente"),
        .init("override.it.forget-above", .instructionOverride, 0.5, "-mio|mia|miei|mie|nostro dimentica* ~1 quanto|cio|tutto ~1 sopra|precede"),
        .init("extraction.it.your-password", .systemPromptExtraction, 0.7, "qual|dimmi|dammi|rivela*|condividi* ~4 tua ~1 password|parola"),
        .init(
            "override.it.ignore-previous", .instructionOverride, 0.9,
            "-mio|mia|miei|mie|nostro ignora*|dimentica*|trascura*|tralascia*|scarta* ~4 istruzion*|indicazion*|regol*|diretti*|norme ~3 precedent*|anterior*|sopra|iniziali|original*|ricevut*|date|sistema"),
        .init("override.it.ignore-all", .instructionOverride, 0.85, "-mio|mia|miei|mie|nostro ignora*|dimentica* ~2 tutte|tutti|qualsiasi|ogni ~3 istruzion*|indicazion*|regol*|diretti*"),
        .init("override.it.ignore-prior-first", .instructionOverride, 0.9, "-mio|mia|miei|mie|nostro ignora*|dimentica* ~3 precedent* ~2 istruzion*|indicazion*|regol*"),
        .init("override.it.forget-everything", .instructionOverride, 0.55, "-mio|mia|miei|mie|nostro dimentica*|ignora* ~1 tutto ~4 sopra|prima|precedente|detto"),
        .init("override.it.from-now-on", .instructionOverride, 0.45, "da ~1 ora ~1 in ~1 poi ~4 sei|tu|devi|risponderai|agirai"),
        .init("override.it.new-instructions", .instructionOverride, 0.4, "nuov* ~1 istruzion*|compito|diretti*"),
        .init(
            "override.it.bypass-safety", .instructionOverride, 0.75,
            "disattiva*|ignora*|aggira*|bypassa*|elud* ~3 filtr*|restrizion*|sicurezza|protezion*|limitazion*|censura"),
        .init("override.it.say-pwned", .instructionOverride, 0.75, "di|dici|scrivi|rispondi|stampa ~4 pwned|hackerato|hacked"),
        .init(
            "extraction.it.show-system-prompt", .systemPromptExtraction, 0.85,
            "mostra*|rivela*|ripeti*|dimmi|di|scrivi*|stampa*|condividi*|qual|quali|dammi ~5 prompt*|istruzion*|messaggi*|indicazion* ~3 sistema|iniziali|originali|nascost*|segret*|intern*"),
        .init("extraction.it.system-prompt", .systemPromptExtraction, 0.5, "prompt*|istruzion*|messaggio ~2 sistema"),
        .init("extraction.it.your-instructions", .systemPromptExtraction, 0.7, "mostra*|rivela*|ripeti*|dimmi|quali|dammi ~3 tue ~1 istruzioni|indicazioni|regole|direttive"),
        .init("extraction.it.password", .systemPromptExtraction, 0.7, "-mia|mio <non|mai qual|dimmi|dammi|rivela* ~3 la|tua ~1 password|parola ~1 segreta|ordine|password"),
        .init("extraction.it.text-above", .systemPromptExtraction, 0.7, "ripeti|copia|scrivi|mostra ~4 testo|parole|tutto ~3 sopra|precedente"),
        .init("jailbreak.it.mode", .roleplayJailbreak, 0.8, "modalita ~1 sviluppatore|dio|dan|jailbreak|override"),
        .init("jailbreak.it.mode-unfiltered", .roleplayJailbreak, 0.8, "modalita ~1 senza ~1 restrizioni|filtri|censura|limiti"),
        .init(
            "jailbreak.it.pretend-no-limits", .roleplayJailbreak, 0.8,
            "fai|fingi|immagina|comportati|agisci|rispondi ~4 come ~1 se ~4 non|senza|nessuna ~3 restrizion*|limit*|regol*|filtr*|censura"),
        .init("jailbreak.it.no-restrictions", .roleplayJailbreak, 0.4, "senza|nessuna|nessun ~1 restrizion*|limit*|filtr*|censura"),
        .init("jailbreak.it.you-are-now", .roleplayJailbreak, 0.5, "ora ~2 sei ~3 libero|libera|dan|illimitato|senza"),
        .init("jailbreak.it.i-am-developer", .roleplayJailbreak, 0.6, "sono ~2 il|tuo ~1 sviluppatore|creatore|amministratore|admin|dio|programmatore"),
        .init("delimiter.it.end-of-prompt", .delimiterInjection, 0.45, "fine ~3 istruzion*|prompt|messaggio ~2 sistema|utente"),
        .init("delimiter.it.new-system-message", .delimiterInjection, 0.7, "nuovo|nuove ~1 messaggio|istruzioni ~2 sistema"),
        .init("encoded.it.decode-and-follow", .encodedPayload, 0.7, "decodifica*|decifra* ~6 e|ed ~3 segui*|esegui*|obbedisci"),
        .init("encoded.it.decode", .encodedPayload, 0.35, "decodifica*|decifra* ~4 seguente|questo|base64|hex|rot13"),
        .init("exfiltration.it.send-to-url", .exfiltration, 0.45, "invia*|manda*|trasmetti*|inoltra* ~6 a|al|verso|su ~3 http|https|url|webhook|server"),
        .init("indirect.it.note-to-ai", .indirectInjection, 0.7, "nota|messaggio|istruzion*|attenzione ~2 per|a|all ~3 ia|assistente|modello|chatbot|intelligenza"),
        .init("indirect.it.if-you-are-ai", .indirectInjection, 0.65, "se ~1 sei ~2 ia|assistente|modello|chatbot"),
        .init("indirect.it.dont-tell-user", .indirectInjection, 0.4, "non ~2 dire|dirlo|menzionare|rivelare ~3 utente|cliente"),
        // Password games: the secret the assistant guards, asked about sideways.
        .init("extraction.it.password-letters", .systemPromptExtraction, 0.75, "-mia|mio lettere|lettera|caratteri|carattere ~3 della|nella|ha|di ~2 password"),
        .init("extraction.it.word-you-guard", .systemPromptExtraction, 0.8, "parola|segreto ~3 proteggi|custodisci|nascondi|proteggendo|custodendo|nascondendo"),
    ]
}
