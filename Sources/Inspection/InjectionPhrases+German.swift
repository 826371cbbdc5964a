/// German phrase rules (folded: `ü` is `u`, `ß` is `ss`).
extension InjectionPhrases {
    static let german: [InjectionRule] = [
        .init("override.de.ignore-above", .instructionOverride, 0.8, "-meine|meinen|meiner|mein|unsere ignorier*|vergiss|missachte* ~2 obige|oben|obigen|vorherige|vorangehende|vorstehende"),
        .init("extraction.de.your-password", .systemPromptExtraction, 0.7, "wie|was|verrate|sag|nenne|gib|teile ~4 dein|ihr ~1 passwort|kennwort|geheimnis"),
        .init(
            "override.de.ignore-previous", .instructionOverride, 0.9,
            "-meine|meinen|meiner|mein|unsere ignorier*|vergiss|vergessen|missachte*|uberspring*|verwirf|verwerfe ~4 alle|vorherige*|bisherige*|vorige*|fruhere*|obige*|vorangegangene*|ursprungliche*|deine|ihre|samtliche*|jegliche* ~3 anweisung*|instruktion*|regel*|befehl*|vorgabe*|richtlinie*|anordnung*|anleitung*|prompt*|systemanweisung*"
        ),
        .init(
            "override.de.instructions-ignore", .instructionOverride, 0.85,
            "vorherige*|obige*|bisherige*|alle|vorige*|fruhere* ~2 anweisung*|regel*|instruktion*|vorgabe* ~3 ignorieren|vergessen|missachten|verwerfen"),
        .init("override.de.forget-everything", .instructionOverride, 0.55, "vergiss|ignoriere ~1 alles ~4 oben|vorher|zuvor|bisher|gesagt"),
        .init("override.de.new-instructions", .instructionOverride, 0.4, "neue ~1 anweisung*|aufgabe|instruktion*|befehle"),
        .init("override.de.from-now-on", .instructionOverride, 0.4, "ab jetzt|sofort ~4 du|bist|wirst|antwortest"),
        .init("override.de.from-now-on-2", .instructionOverride, 0.4, "von nun an ~4 du|bist|wirst|antwortest"),
        .init(
            "override.de.bypass-safety", .instructionOverride, 0.8,
            "sicherheit*|inhalt*|ethische* ~2 filter*|richtlinie*|beschrankung*|einschrankung*|regeln|massnahmen ~3 umgehen|umgehe|deaktivier*|ausschalten|ignorier*|aufheben"),
        .init("override.de.say-pwned", .instructionOverride, 0.75, "sag|sage|schreib|schreibe|gib|antworte ~4 pwned|gehackt|hacked"),
        .init(
            "extraction.de.show-system-prompt", .systemPromptExtraction, 0.85,
            "zeig*|gib|nenne|verrate*|wiederhol*|ausgeben|druck*|schreib*|enthull*|teile|sag|was ~5 system|deine|deinen|deiner|ihre|ihren|den|die|das|ursprungliche*|initiale*|versteckte*|geheime*|interne* ~2 prompt*|anweisung*|instruktion*|systemprompt*|systemnachricht*|konfiguration"
        ),
        .init("extraction.de.system-prompt", .systemPromptExtraction, 0.5, "systemprompt*|systemanweisung*|systemnachricht*"),
        .init("extraction.de.password", .systemPromptExtraction, 0.7, "-mein|meine|meines|nicht|niemals wie|was|verrate|sag|nenne|gib ~3 das|dein ~1 passwort|geheimnis|kennwort|geheimwort"),
        .init("extraction.de.text-above", .systemPromptExtraction, 0.7, "wiederhole|gib|schreibe|drucke ~4 text|worte|alles ~3 oben|daruber|davor"),
        .init("jailbreak.de.mode", .roleplayJailbreak, 0.8, "entwicklermodus|gottmodus|jailbreakmodus"),
        .init("jailbreak.de.mode-2", .roleplayJailbreak, 0.8, "entwickler|dan|gott|jailbreak|uneingeschrankte*|ungefiltert* ~1 modus"),
        .init(
            "jailbreak.de.pretend-no-limits", .roleplayJailbreak, 0.8,
            "tu|tue|handle|verhalte|stell|tun ~4 als ~4 keine|ohne ~2 regeln|einschrankung*|beschrankung*|grenzen|filter|zensur|richtlinien"),
        .init("jailbreak.de.no-restrictions", .roleplayJailbreak, 0.45, "keine|ohne ~1 einschrankungen|beschrankungen|regeln|grenzen|filter|zensur|richtlinien|moral"),
        .init("jailbreak.de.you-are-now", .roleplayJailbreak, 0.55, "du bist ~2 jetzt|nun|ab ~3 frei|uneingeschrankt|ungefiltert|dan|unzensiert|befreit"),
        .init("jailbreak.de.i-am-developer", .roleplayJailbreak, 0.6, "ich bin ~2 dein|der|ihr ~1 entwickler|administrator|admin|schopfer|gott|programmierer"),
        .init("jailbreak.de.imagine", .roleplayJailbreak, 0.5, "stell|angenommen ~6 keine ~1 regeln|gesetze|grenzen"),
        .init("delimiter.de.end-of-prompt", .delimiterInjection, 0.45, "ende ~2 der|des ~2 anweisung*|prompt*|eingabe*|systemnachricht"),
        .init("delimiter.de.new-system-message", .delimiterInjection, 0.7, "neue ~1 systemnachricht|systemanweisung*|systemprompt"),
        .init("encoded.de.decode-and-follow", .encodedPayload, 0.7, "dekodier*|entschlussel* ~6 und ~3 befolge*|ausfuhr*|fuhre|folge"),
        .init("encoded.de.decode", .encodedPayload, 0.35, "dekodier*|entschlussel* ~4 folgend*|diesen|base64|hex|rot13|text"),
        .init("exfiltration.de.send-to-url", .exfiltration, 0.45, "sende|schicke|ubermittle|leite|lade ~6 an|zu|nach|auf ~3 http|https|url|webhook|server|endpunkt"),
        .init("indirect.de.note-to-ai", .indirectInjection, 0.7, "hinweis|nachricht|anweisung|achtung ~3 ki|assistent*|modell|chatbot|sprachmodell"),
        .init("indirect.de.if-you-are-ai", .indirectInjection, 0.65, "wenn|falls du ~2 ki|sprachmodell|assistent|chatbot ~1 bist"),
        .init("indirect.de.dont-tell-user", .indirectInjection, 0.4, "sag|erzahl|teile|verrate ~2 dem|den ~1 benutzer|nutzer|kunden ~2 nicht|nichts"),
        // Password games: the secret the assistant guards, asked about sideways.
        .init("extraction.de.password-letters", .systemPromptExtraction, 0.75, "-mein|meines|meinem|meine buchstaben|buchstabe|zeichen|anfangsbuchstaben|silben ~3 des|im|vom|hat ~2 passwort*|kennwort*|losungswort*|geheimnis*"),
        .init("extraction.de.word-you-guard", .systemPromptExtraction, 0.8, "wort|passwort|geheimnis ~3 du ~2 beschutzt|bewachst|hutest|verbirgst|versteckst|schutzt"),
        .init("extraction.de.word-guard-you", .systemPromptExtraction, 0.8, "wort|passwort|geheimnis ~3 beschutzt|bewachst|hutest|verbirgst|versteckst|schutzt ~1 du"),
    ]
}
