/// Spanish phrase rules (folded: `ñ` is `n`, `ó` is `o`).
extension InjectionPhrases {
    static let spanish: [InjectionRule] = [
        .init("override.es.ignore-above", .instructionOverride, 0.8, "-mi|mis|nuestro|nuestra ignor* ~1 lo ~1 anterior|arriba"),
        .init("override.es.forget-above", .instructionOverride, 0.5, "-mi|mis|nuestro|nuestra olvid* ~1 lo ~1 anterior|arriba"),
        .init("extraction.es.your-password", .systemPromptExtraction, 0.7, "cual|dime|dame|revela*|comparte* ~4 tu ~1 contrasena|clave"),
        .init(
            "override.es.ignore-previous", .instructionOverride, 0.9,
            "-mi|mis|nuestro|nuestra ignor*|olvid*|omit*|descart*|desestim*|salta* ~4 instruccion*|indicacion*|regla*|directri*|norma*|consigna* ~3 anterior*|previ*|precedente*|arriba|inicial*|original*|sistema|dadas|recibidas"),
        .init("override.es.ignore-all", .instructionOverride, 0.85, "-mi|mis|nuestro|nuestra ignor*|olvid*|omit*|descart* ~2 todas|todos|cualquier ~3 instruccion*|indicacion*|regla*|directri*|norma*"),
        .init("override.es.ignore-prior-first", .instructionOverride, 0.9, "-mi|mis|nuestro|nuestra ignor*|olvid*|omit* ~3 anterior*|previa*|previas ~2 instruccion*|indicacion*|regla*"),
        .init("override.es.forget-everything", .instructionOverride, 0.55, "-mi|mis|nuestro|nuestra olvid*|ignor* ~1 todo ~4 anterior|arriba|antes|dicho"),
        .init("override.es.from-now-on", .instructionOverride, 0.45, "partir de ahora|adelante ~4 eres|seras|tu|vas|debes|responderas|actuaras"),
        .init("override.es.new-instructions", .instructionOverride, 0.4, "nueva|nuevas ~1 instruccion*|tarea|directri*|indicacion*"),
        .init(
            "override.es.bypass-safety", .instructionOverride, 0.75,
            "desactiv*|ignor*|evit*|salta*|elud*|omit* ~3 filtro*|restriccion*|seguridad|proteccion*|censura"),
        .init("override.es.say-pwned", .instructionOverride, 0.75, "di|escribe|responde|imprime ~4 pwned|hackeado|hacked"),
        .init(
            "extraction.es.show-system-prompt", .systemPromptExtraction, 0.85,
            "muestra*|revela*|repite*|dime|di|escribe*|imprime*|comparte*|cual*|ensena*|dame ~5 prompt*|instruccion*|indicacion*|mensaje* ~3 sistema|inicial*|original*|oculta*|secreta*|interna*"),
        .init("extraction.es.system-prompt", .systemPromptExtraction, 0.5, "prompt*|instrucciones|mensaje ~2 sistema"),
        .init("extraction.es.your-instructions", .systemPromptExtraction, 0.7, "muestra*|revela*|repite*|dime|cuales|dame ~3 tus ~1 instrucciones|indicaciones|reglas|directrices"),
        .init("extraction.es.password", .systemPromptExtraction, 0.7, "-mi|mis <no|nunca cual|dime|dame|revela* ~3 la|tu ~1 contrasena|clave|palabra ~1 secreta|contrasena"),
        .init("extraction.es.text-above", .systemPromptExtraction, 0.7, "repite|copia|escribe|muestra ~4 texto|palabras|todo ~3 arriba|anterior|encima"),
        .init("jailbreak.es.mode", .roleplayJailbreak, 0.8, "modo ~1 desarrollador|dios|dan|jailbreak"),
        .init("jailbreak.es.mode-unfiltered", .roleplayJailbreak, 0.8, "modo ~1 sin ~1 restricciones|filtros|censura|limites"),
        .init(
            "jailbreak.es.pretend-no-limits", .roleplayJailbreak, 0.8,
            "actua|finge|imagina|haz|comportate|responde ~4 como ~1 si ~4 no|sin|ninguna ~3 restriccion*|limite*|regla*|filtro*|norma*|censura"),
        .init("jailbreak.es.no-restrictions", .roleplayJailbreak, 0.4, "sin|ninguna|ningun ~1 restriccion*|limite*|filtro*|censura"),
        .init("jailbreak.es.you-are-now", .roleplayJailbreak, 0.5, "ahora|ya ~2 eres ~3 libre|dan|ilimitado|desenfrenado|sin"),
        .init("jailbreak.es.i-am-developer", .roleplayJailbreak, 0.6, "soy ~2 tu|el ~1 desarrollador|creador|administrador|admin|dios|programador"),
        .init("delimiter.es.end-of-prompt", .delimiterInjection, 0.45, "fin ~3 instruccion*|prompt|mensaje ~2 sistema|usuario"),
        .init("delimiter.es.new-system-message", .delimiterInjection, 0.7, "nuevo|nuevas ~1 mensaje|instrucciones ~2 sistema"),
        .init("encoded.es.decode-and-follow", .encodedPayload, 0.7, "decodifica*|descodifica*|descifra* ~6 y ~3 sigue*|ejecuta*|obedece*|cumple*"),
        .init("encoded.es.decode", .encodedPayload, 0.35, "decodifica*|descodifica*|descifra* ~4 siguiente|este|base64|hex|rot13"),
        .init("exfiltration.es.send-to-url", .exfiltration, 0.45, "envia*|manda*|transmite*|reenvia* ~6 a|al|hacia ~3 http|https|url|webhook|servidor"),
        .init("indirect.es.note-to-ai", .indirectInjection, 0.7, "nota|mensaje|instruccion*|atencion ~2 para|a|al ~3 ia|asistente|modelo|chatbot|inteligencia"),
        .init("indirect.es.if-you-are-ai", .indirectInjection, 0.65, "si ~1 eres ~2 ia|asistente|modelo|chatbot"),
        .init("indirect.es.dont-tell-user", .indirectInjection, 0.4, "no ~2 digas|menciones|reveles|informes ~3 usuario|cliente"),
        // Password games: the secret the assistant guards, asked about sideways.
        .init("extraction.es.password-letters", .systemPromptExtraction, 0.75, "-mi|mis letras|letra|caracteres|caracter ~3 tiene|de|en ~2 la ~1 contrasena|clave"),
        .init("extraction.es.word-you-guard", .systemPromptExtraction, 0.8, "palabra|secreto ~3 proteges|guardas|escondes|ocultas|protegiendo|guardando|escondiendo|ocultando"),
    ]
}
