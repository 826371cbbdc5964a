/// Portuguese phrase rules (folded: `ç` is `c`, `ã` is `a`).
extension InjectionPhrases {
    static let portuguese: [InjectionRule] = [
        .init("override.pt.ignore-above", .instructionOverride, 0.8, "-meu|minha|meus|minhas|nosso ignor*|desconsider* ~1 o|tudo ~1 acima|anterior"),
        .init("override.pt.forget-above", .instructionOverride, 0.5, "-meu|minha|meus|minhas|nosso esquec* ~1 o|tudo ~1 acima|anterior"),
        .init("extraction.pt.your-password", .systemPromptExtraction, 0.7, "qual|diga|revele|partilh*|compartilh*|me ~4 sua|tua ~1 senha|palavra"),
        .init(
            "override.pt.ignore-previous", .instructionOverride, 0.9,
            "-meu|minha|meus|minhas|nosso ignor*|esquec*|desconsider*|descart*|despreze ~4 instruc*|indicac*|regra*|diretriz*|orienta*|comandos ~3 anterior*|previa*|acima|inicia*|origina*|recebid*|dadas|sistema"),
        .init("override.pt.ignore-all", .instructionOverride, 0.85, "-meu|minha|meus|minhas|nosso ignor*|esquec*|desconsider* ~2 todas|todos|quaisquer|qualquer ~3 instruc*|indicac*|regra*|diretriz*|orienta*"),
        .init("override.pt.ignore-prior-first", .instructionOverride, 0.9, "-meu|minha|meus|minhas|nosso ignor*|esquec*|desconsider* ~3 anterior* ~2 instruc*|indicac*|regra*"),
        .init("override.pt.forget-everything", .instructionOverride, 0.55, "-meu|minha|meus|minhas|nosso esquec*|ignor* ~1 tudo ~4 acima|antes|anterior|disse|dito"),
        .init("override.pt.from-now-on", .instructionOverride, 0.45, "partir ~1 de ~1 agora|diante ~4 voce|tu|sera|seras|deve|vai|responda"),
        .init("override.pt.new-instructions", .instructionOverride, 0.4, "nova|novas ~1 instruc*|tarefa|diretriz*"),
        .init(
            "override.pt.bypass-safety", .instructionOverride, 0.75,
            "desativ*|ignor*|contorn*|burl* ~3 filtro*|restric*|seguranca|protec*|censura"),
        .init("override.pt.say-pwned", .instructionOverride, 0.75, "diga|escreva|responda|imprima ~4 pwned|hackeado|hacked"),
        .init(
            "extraction.pt.show-system-prompt", .systemPromptExtraction, 0.85,
            "mostre|mostra|revele|revela|repita|repete|diga|escreva|imprima|compartilhe|qual|quais|de ~5 prompt*|instruc*|mensage*|indicac* ~3 sistema|inicia*|origina*|ocult*|secret*|intern*"),
        .init("extraction.pt.system-prompt", .systemPromptExtraction, 0.5, "prompt*|instrucoes|mensagem ~2 sistema"),
        .init("extraction.pt.your-instructions", .systemPromptExtraction, 0.7, "mostre|revele|repita|diga|quais|me ~3 suas|tuas ~1 instrucoes|indicacoes|regras|diretrizes"),
        .init("extraction.pt.password", .systemPromptExtraction, 0.7, "-minha|meu <nao|nunca qual|diga|revele|me ~3 a|sua ~1 senha|palavra ~1 secreta|passe|senha"),
        .init("extraction.pt.text-above", .systemPromptExtraction, 0.7, "repita|copie|escreva|mostre ~4 texto|palavras|tudo ~3 acima|anterior"),
        .init("jailbreak.pt.mode", .roleplayJailbreak, 0.8, "modo ~1 desenvolvedor|deus|dan|jailbreak"),
        .init("jailbreak.pt.mode-unfiltered", .roleplayJailbreak, 0.8, "modo ~1 sem ~1 restric*|filtro*|censura|limite*"),
        .init(
            "jailbreak.pt.pretend-no-limits", .roleplayJailbreak, 0.8,
            "finja|aja|imagine|comporte|faca|responda ~4 como ~1 se ~4 nao|sem|nenhuma ~3 restric*|limite*|regra*|filtro*|censura"),
        .init("jailbreak.pt.no-restrictions", .roleplayJailbreak, 0.4, "sem|nenhuma|nenhum ~1 restric*|limite*|filtro*|censura"),
        .init("jailbreak.pt.you-are-now", .roleplayJailbreak, 0.5, "agora ~2 voce|tu ~1 e|es ~3 livre|dan|ilimitado|sem"),
        .init("jailbreak.pt.i-am-developer", .roleplayJailbreak, 0.6, "sou ~2 seu|teu|o ~1 desenvolvedor|criador|administrador|admin|deus|programador"),
        .init("delimiter.pt.end-of-prompt", .delimiterInjection, 0.45, "fim ~3 instruc*|prompt|mensagem ~2 sistema|usuario"),
        .init("delimiter.pt.new-system-message", .delimiterInjection, 0.7, "nova|novas ~1 mensagem|instrucoes ~2 sistema"),
        .init("encoded.pt.decode-and-follow", .encodedPayload, 0.7, "decodifi*|decifr* ~6 e ~3 siga|execute|obedeca|cumpra"),
        .init("encoded.pt.decode", .encodedPayload, 0.35, "decodifi*|decifr* ~4 seguinte|este|base64|hex|rot13"),
        .init("exfiltration.pt.send-to-url", .exfiltration, 0.45, "envie|envia|mande|manda|transmita|encaminhe ~6 para|a|ao ~3 http|https|url|webhook|servidor"),
        .init("indirect.pt.note-to-ai", .indirectInjection, 0.7, "nota|mensagem|instruc*|atencao ~2 para|a|ao ~3 ia|assistente|modelo|chatbot|inteligencia"),
        .init("indirect.pt.if-you-are-ai", .indirectInjection, 0.65, "se ~1 voce|tu ~1 e|es ~2 ia|assistente|modelo|chatbot"),
        .init("indirect.pt.dont-tell-user", .indirectInjection, 0.4, "nao ~2 diga|mencione|revele|informe ~3 usuario|cliente"),
        // Password games: the secret the assistant guards, asked about sideways.
        .init("extraction.pt.password-letters", .systemPromptExtraction, 0.75, "-minha|meu letras|letra|caracteres|caractere ~3 da|na|tem ~2 senha"),
        .init("extraction.pt.word-you-guard", .systemPromptExtraction, 0.8, "palavra|segredo ~3 proteges|guardas|escondes|protegendo|guardando|escondendo"),
    ]
}
