/// French phrase rules (folded: `é` is `e`, `l'ia` is `l ia`).
extension InjectionPhrases {
    static let french: [InjectionRule] = [
        .init("override.fr.ignore-above-2", .instructionOverride, 0.8, "-mon|ma|mes|notre ignor*|oubli* ~2 ci ~1 dessus"),
        .init("override.fr.ignore-above", .instructionOverride, 0.8, "-mon|ma|mes|notre ignor*|oubli* ~1 ce ~1 qui ~1 precede"),
        .init("extraction.fr.your-password", .systemPromptExtraction, 0.7, "quel|donne*|dis|revele*|partage* ~4 ton|votre ~1 mot ~1 de ~1 passe"),
        .init("extraction.fr.passphrase", .systemPromptExtraction, 0.55, "ecri*|dis|donne*|revele* ~3 la ~1 phrase ~1 de ~1 passe"),
        .init(
            "override.fr.ignore-previous", .instructionOverride, 0.9,
            "-mon|ma|mes|notre ignor*|oubli*|neglig*|contourn* ~4 instruction*|consigne*|regle*|directive*|indication* ~3 precedent*|anterieur*|dessus|initial*|original*|prealable*|donnee*|recue*|systeme"),
        .init("override.fr.ignore-all", .instructionOverride, 0.85, "-mon|ma|mes|notre ignor*|oubli* ~2 toutes|tous ~2 les|tes|vos|ces ~2 instruction*|consigne*|regle*|directive*"),
        .init("override.fr.forget-everything", .instructionOverride, 0.55, "-mon|ma|mes|notre oubli*|ignor* ~1 tout ~4 precede|dessus|avant|precedemment|dit"),
        .init("override.fr.from-now-on", .instructionOverride, 0.4, "desormais|dorenavant ~4 tu|vous"),
        .init("override.fr.from-now-on-2", .instructionOverride, 0.4, "a partir de maintenant ~4 tu|vous"),
        .init("override.fr.new-instructions", .instructionOverride, 0.4, "nouvelle*|nouveau ~1 instruction*|consigne*|tache|directive*"),
        .init(
            "override.fr.bypass-safety", .instructionOverride, 0.75,
            "contourn*|desactiv*|ignor* ~3 filtre*|restriction*|securite|garde|protection*|censure"),
        .init("override.fr.say-pwned", .instructionOverride, 0.75, "dis|dites|ecris|ecrivez|reponds|repondez ~4 pwned|pirate|hacked"),
        .init(
            "extraction.fr.show-system-prompt", .systemPromptExtraction, 0.85,
            "montre*|affiche*|revele*|repete*|donne*|dis|dites|ecris|imprime*|divulgue*|partage*|recopie*|quel*|quelles ~5 prompt*|instruction*|consigne*|message* ~3 systeme|initia*|origina*|cache*|secret*|interne*"
        ),
        .init("extraction.fr.system-prompt", .systemPromptExtraction, 0.5, "prompt|invite|message|instructions|consignes ~1 systeme"),
        .init("extraction.fr.your-instructions", .systemPromptExtraction, 0.7, "montre*|affiche*|revele*|repete*|donne*|dis|quelles|quels ~3 tes|vos ~1 instructions|consignes|regles|directives"),
        .init("extraction.fr.password", .systemPromptExtraction, 0.7, "-mon|ma|mes|pas <ne|n quel|donne*|dis|revele* ~3 le|ton|votre ~1 mot ~1 de ~1 passe"),
        .init("extraction.fr.text-above", .systemPromptExtraction, 0.7, "repete*|recopie*|ecris|affiche* ~4 texte|mots|tout ~3 dessus|precede"),
        .init("jailbreak.fr.mode", .roleplayJailbreak, 0.8, "mode ~1 developpeur|dieu|dan|jailbreak|debride"),
        .init("jailbreak.fr.mode-unfiltered", .roleplayJailbreak, 0.8, "mode ~1 non|sans ~1 filtre*|restriction*|censure"),
        .init(
            "jailbreak.fr.pretend-no-limits", .roleplayJailbreak, 0.8,
            "fais|faites|agis|agissez|imagine*|comporte* ~4 comme ~1 si ~4 aucune|aucun|pas|sans ~2 restriction*|limite*|regle*|filtre*|censure"),
        .init("jailbreak.fr.no-restrictions", .roleplayJailbreak, 0.4, "sans|aucune|aucun ~1 restriction*|limite*|filtre*|censure"),
        .init("jailbreak.fr.you-are-now", .roleplayJailbreak, 0.5, "tu|vous es|etes ~2 maintenant|desormais|present ~3 libre|libres|dan|debride*|affranchi*"),
        .init("jailbreak.fr.i-am-developer", .roleplayJailbreak, 0.6, "je suis ~2 ton|votre|le ~1 developpeur|createur|administrateur|admin|dieu|programmeur"),
        .init("delimiter.fr.end-of-prompt", .delimiterInjection, 0.45, "fin ~2 des|du|de ~2 instruction*|prompt*|consigne*|message"),
        .init("delimiter.fr.new-system-message", .delimiterInjection, 0.7, "nouveau|nouvelles|nouvelle ~1 message|instructions|consignes ~1 systeme"),
        .init("encoded.fr.decode-and-follow", .encodedPayload, 0.7, "decode*|dechiffre* ~6 et ~3 suis|suivez|execute*|applique*|obeis"),
        .init("encoded.fr.decode", .encodedPayload, 0.35, "decode*|dechiffre* ~4 suivant*|texte|base64|hex|rot13"),
        .init("exfiltration.fr.send-to-url", .exfiltration, 0.45, "envoie*|envoyez|transmet*|transfere*|poste* ~6 a|vers|sur ~3 http|https|url|webhook|serveur"),
        .init("indirect.fr.note-to-ai", .indirectInjection, 0.7, "note|message|instruction*|attention ~2 a|pour ~3 ia|assistant*|modele|chatbot|intelligence"),
        .init("indirect.fr.if-you-are-ai", .indirectInjection, 0.65, "si ~1 tu|vous ~1 es|etes ~2 ia|assistant|modele|chatbot"),
        .init("indirect.fr.dont-tell-user", .indirectInjection, 0.4, "ne ~2 dis|dites|mentionne*|revele* ~3 pas|rien ~3 utilisateur|client"),
        // Password games: the secret the assistant guards, asked about sideways.
        .init("extraction.fr.password-letters", .systemPromptExtraction, 0.75, "-mon|ma|mes lettre|lettres|caractere|caracteres|syllabes ~3 du|dans|de|a|contient ~2 mot de passe"),
        .init("extraction.fr.word-you-guard", .systemPromptExtraction, 0.8, "mot|secret ~3 que ~1 tu|vous ~1 protege*|garde*|cache*"),
        .init("extraction.fr.word-guard-you", .systemPromptExtraction, 0.8, "mot|secret ~2 protege*|garde*|cache* ~1 tu|vous"),
    ]
}
