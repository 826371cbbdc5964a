/// English phrase rules.
extension InjectionPhrases {
    static let english: [InjectionRule] = [
        // Instruction override.
        .init(
            "override.en.ignore-previous", .instructionOverride, 0.9,
            "-my|our|his|her|their|me ignore|ignoring|disregard|forget|skip|bypass|override|neglect|discard|abandon|drop|scrap|ditch|toss|trash ~3 previous|prior|above|earlier|preceding|former|initial|original|all|any|every|your|system|those|these|existing|old|default ~3 instruction*|prompt*|rule*|direction*|guideline*|command*|guidance|constraint*|restriction*|programming|training|context|directive*|task*|polic*"
        ),
        .init(
            "override.en.ignore-prior-messages", .instructionOverride, 0.6,
            "-my|our|me ignore|disregard|forget all|any|the|everything ~2 prior|previous|above|preceding|earlier|other ~1 requests|messages|text|input|content|conversation|information|info|data"),
        .init("override.en.stop-everything", .instructionOverride, 0.6, "stop everything|now ~4 just|only|instead ~1 print|say|write|output"),
        .init("override.en.exactly-as-is", .instructionOverride, 0.45, "exactly ~1 as ~2 it|written|shown|given|is"),
        .init(
            "override.en.include-string", .instructionOverride, 0.5,
            "include|insert|add|append|output|print ~3 in|at|to ~2 your ~1 response|reply|answer|output ~6 following|this ~3 string|anchor|text|link|image|markdown|code|line"),
        .init("override.en.sure-here-is", .roleplayJailbreak, 0.75, "begin|start|respond|reply|answer ~8 sure ~1 here|i"),
        .init("override.en.ignore-above", .instructionOverride, 0.8, "ignore|disregard|forget ~2 above|foregoing"),
        .init(
            "override.en.forget-everything", .instructionOverride, 0.55,
            "ignore|disregard|forget everything|anything|all ~4 above|before|previously|said|told|instructed|learned|know"),
        .init(
            "override.en.do-not-follow", .instructionOverride, 0.6,
            "-my|our do|don|dont not|t ~1 follow|obey|listen ~3 instruction*|rule*|guideline*|prompt*|system"),
        .init(
            "override.en.instructions-void", .instructionOverride, 0.85,
            "<my|our previous|prior|above|earlier|old|original|initial ~2 instruction*|rule*|prompt* ~3 are|were|is|have|has ~2 void|null|cancelled|canceled|invalid|outdated|fake|obsolete|revoked|overridden|superseded|deprecated|wrong"
        ),
        .init("override.en.new-instructions", .instructionOverride, 0.4, "new|updated|revised|real|actual|true|secret ~1 instruction*|directive*|task|objective|mission"),
        .init("override.en.from-now-on", .instructionOverride, 0.4, "from now on ~4 you|your|always|only|respond|answer|reply|act"),
        .init("override.en.instead-say", .instructionOverride, 0.35, "instead ~3 say|print|output|write|respond|reply|answer|type"),
        .init(
            "override.en.say-pwned", .instructionOverride, 0.75,
            "say|print|output|write|respond|reply|type|repeat|answer|state ~4 pwned|pwnd|hacked|hijacked|owned"),
        .init("override.en.been-pwned", .instructionOverride, 0.8, "i|you ~1 have|ve ~1 been ~1 pwned|hacked|hijacked|compromised"),
        .init("override.en.access-granted", .instructionOverride, 0.6, "access granted"),
        .init(
            "override.en.bypass-safety", .instructionOverride, 0.8,
            "override|bypass|disable|circumvent|deactivate|turn|switch|ignore|remove|evade|skip ~3 safety|security|content|ethical|ethics|moral|censorship|openai|google|anthropic ~2 filter*|guideline*|protocol*|restriction*|measure*|setting*|polic*|mode|check*|guard*|rule*|feature*"
        ),
        .init("override.en.new-task", .instructionOverride, 0.6, "your ~1 new|real|true|only|actual ~1 task|goal|objective|job|purpose|mission|role ~1 is|will"),
        .init("override.en.system-override", .instructionOverride, 0.55, "system|admin|administrator|security|emergency ~1 override"),
        .init("override.en.must-obey", .instructionOverride, 0.4, "you ~2 must|will|shall ~3 obey|comply ~3 me|my|every|all|these|the|following|with"),
        .init("override.en.stop-being", .instructionOverride, 0.45, "stop|quit ~1 being ~2 assistant|helpful|chatbot|ai|polite"),
        .init("override.en.priority", .instructionOverride, 0.5, "highest|top|absolute ~1 priority ~4 instruction*|command*|override|ignore|above|over"),
        .init("override.en.test-instruction", .instructionOverride, 0.35, "this is ~2 a|an ~1 test ~3 you|ignore|instruction*|must"),
        .init(
            "override.en.rules-no-longer-apply", .instructionOverride, 0.8,
            "your rules|restrictions|guidelines|instructions|programming|filters|policies ~1 no longer apply|matter|exist|count"),
        .init(
            "override.en.disregard-given", .instructionOverride, 0.85,
            "-my|our ignore|disregard|forget|drop ~2 the|your|any|all ~1 guidelines|rules|instructions|restrictions|directives ~2 you ~1 were|ve|have|had|got ~1 given|told|programmed|trained|taught"
        ),
        .init("override.en.forget-what-doing", .instructionOverride, 0.75, "forget|ignore|stop|drop ~2 what ~1 you ~1 were|are ~1 doing|told|asked|working"),
        .init("override.en.no-longer-work-for", .instructionOverride, 0.7, "you ~1 no ~1 longer ~1 work|serve|answer|respond ~1 for|to"),
        .init(
            "override.en.disable-your-filters", .instructionOverride, 0.75,
            "disable|remove|deactivate|drop|lift|switch|turn ~2 your ~1 filters|filter|safeguards|guardrails|restrictions|safety|censorship|limitations"),

        // System-prompt and secret extraction.
        .init(
            "extraction.en.show-system-prompt", .systemPromptExtraction, 0.9,
            "\(showVerbs) ~5 system|initial|original|hidden|secret|internal|developer|pre|confidential ~1 prompt*|instruction*|directive*|guideline*|rules|configuration|context !for|about|on|regarding|of|when|if|to|around|concerning|with|in"),
        .init(
            "extraction.en.what-is-system-prompt", .systemPromptExtraction, 0.85,
            "what|whats ~2 is|are|s|were|was ~2 your|the ~2 system|initial|hidden|original|secret ~1 prompt*|instruction*|message|rules"),
        .init("extraction.en.what-are-your-instructions", .systemPromptExtraction, 0.75, "what|whats ~2 are|is|were|s ~1 your ~1 instructions|prompt|rules|directives|guidelines !for|about|on|regarding|of|when|if|to|around|concerning|with|in"),
        .init("extraction.en.system-prompt", .systemPromptExtraction, 0.5, "system|hidden|secret|initial|internal|developer ~1 prompt*"),
        .init(
            "extraction.en.your-instructions", .systemPromptExtraction, 0.75,
            "\(showVerbs) ~3 your ~2 prompt*|instruction*|directive*|guideline*|programming|configuration|rules|system !for|about|on|regarding|of|when|if|to|around|concerning|with|in"),
        .init(
            "extraction.en.words-above", .systemPromptExtraction, 0.75,
            "repeat|print|output|copy|write|reproduce|list|summarize|translate|rewrite|return|spell ~4 words|text|everything|sentences|characters|instructions|prompt ~3 above|before|preceding|prior|earlier"
        ),
        .init("extraction.en.all-above", .systemPromptExtraction, 0.7, "repeat|print|output|copy|reproduce|summarize|translate|rewrite|spell ~3 all ~3 above|preceding"),
        .init("extraction.en.starting-with", .systemPromptExtraction, 0.6, "starting|start|begin|beginning ~1 with ~2 you are|you re|youre"),
        .init(
            "extraction.en.your-password", .systemPromptExtraction, 0.75,
            "<not|never|t|dont -not|never what|whats|tell|reveal|give|share|spell|say|print|write|know|need|provide|send|hint ~4 your ~1 password|passphrase|passcode|secret !policy|requirement*|rules|reset|length|must|should"),
        .init(
            "extraction.en.the-password", .systemPromptExtraction, 0.7,
            "<not|never|t|dont|cannot|can -not|never what|whats|tell|reveal|give|share|spell|say|print|write|provide|hint|encode|reverse|letters ~3 the ~1 password|passphrase|passcode !for|requirement*|policy|reset|field|must|should|length|rules"),
        .init("extraction.en.password-in-world", .systemPromptExtraction, 0.5, "password ~8 backwards|reversed|reverse|acrostic|letters|base64|rhyme|riddle|poem|hint|spelled|spell|song|lyric|lyrics|sing|story"),
        .init(
            "extraction.en.password", .systemPromptExtraction, 0.55,
            "<not|never|t|dont -my|not|never what|whats|tell|reveal|give|spell|say|share|print|write|show|provide|leak|hint|encode|translate ~3 secret ~1 password|passphrase|passcode|passwd|pw|pin|code|word|key"),
        .init("extraction.en.secret-password", .systemPromptExtraction, 0.5, "secret ~1 password|passphrase|passcode|word|code"),
        .init("extraction.en.how-programmed", .systemPromptExtraction, 0.45, "how ~1 were|are|was ~1 you ~2 programmed|instructed|configured|prompted|told|trained"),
        .init("extraction.en.initial-instructions", .systemPromptExtraction, 0.4, "initial|original|first|hidden ~1 instructions|prompt"),
        .init("extraction.en.above-this-line", .systemPromptExtraction, 0.35, "above this ~1 line|message|point"),
        // Password games: the secret the assistant guards, asked about sideways.
        .init(
            "extraction.en.password-letters", .systemPromptExtraction, 0.75,
            "letters|letter|characters|character|syllables|vowels|consonants ~3 of|in|does|has ~2 the ~1 password|secret|passphrase|passcode !for|field|fields|reset|requirement*|policy|policies|manager|must|should|length|rules|strength|box|change|expire*|protected"),
        .init(
            "extraction.en.password-transformed", .systemPromptExtraction, 0.7,
            "<not|never|t|dont replace|translate|encode|convert|write|use|using|include|whisper|hide|show|output|rhyme|describe|summarize|spell|reverse ~5 the|your ~1 password|passphrase|passcode !for|field|fields|reset|requirement*|policy|policies|manager|must|should|length|rules|strength|box|change|expire*|protected"),
        .init("extraction.en.word-you-guard", .systemPromptExtraction, 0.8, "word|secret|password|phrase ~3 you ~1 are|re ~1 guarding|protecting|hiding|keeping"),
        .init("extraction.en.word-are-you-guarding", .systemPromptExtraction, 0.8, "word|secret|password|phrase ~3 are ~1 you ~1 guarding|protecting|hiding|keeping"),
        .init(
            "extraction.en.word-not-allowed", .systemPromptExtraction, 0.8,
            "word|words|phrase|secret ~3 you ~2 not|never ~1 allowed|supposed|permitted ~2 to ~1 say|reveal|share|tell|write|use|mention"),
        .init("extraction.en.secret-into", .systemPromptExtraction, 0.75, "the|your ~1 secret|password|passphrase into|backwards|reversed"),
        .init("extraction.en.password-not-secret", .systemPromptExtraction, 0.75, "password|secret ~2 is|isn ~1 not|t ~1 secret|confidential|private|protected|classified"),
        .init(
            "extraction.en.story-with-password", .systemPromptExtraction, 0.75,
            "story|poem|song|riddle|acrostic|haiku|limerick|rap ~8 the|your ~1 password|passphrase|secret !for|field|fields|reset|requirement*|policy|policies|manager|must|should|length|rules|strength|box|change|expire*|protected"),
        .init("extraction.en.remind-password", .systemPromptExtraction, 0.7, "remind ~2 me ~2 of|about ~1 the|your ~1 password|secret|passphrase !for|field|fields|reset|requirement*|policy|policies|manager|must|should|length|rules|strength|box|change|expire*|protected"),
        .init("extraction.en.convert-your-prompt", .systemPromptExtraction, 0.75, "convert|translate|rewrite|format|encode|turn ~2 your ~1 prompt|instructions|rules|system ~3 into|to|as"),
        .init(
            "extraction.en.quote-rules", .systemPromptExtraction, 0.75,
            "quote|quoting|recite|reciting|repeat|repeating ~3 each|every|all|your ~2 rule|rules|instruction|instructions ~3 exactly|verbatim|word"),
        .init(
            "extraction.en.first-line-of-prompt", .systemPromptExtraction, 0.8,
            "first|last|opening|initial ~1 sentence|line|lines|word|words|paragraph ~2 of ~1 your ~1 prompt|instructions|rules|system"),
        .init(
            "extraction.en.first-line-of-system", .systemPromptExtraction, 0.8,
            "first|last|opening|initial ~1 sentence|line|lines|word|words|paragraph ~2 of ~1 the ~1 prompt|system"),
        .init(
            "extraction.en.text-before-conversation", .systemPromptExtraction, 0.75,
            "show|tell|give|display|reveal|print|repeat ~3 text|words|message|messages|instructions|everything ~4 before|above|preceding ~1 this|our ~1 conversation|chat"),
        .init(
            "extraction.en.what-developer-told", .systemPromptExtraction, 0.8,
            "what ~2 did|has|have ~1 the|your ~1 developer|developers|creator|creators|admin|operator|owner|company ~1 tell|told|instruct|instructed|ask|asked ~1 you"),
        .init(
            "extraction.en.written-in-your", .systemPromptExtraction, 0.75,
            "written|stored|contained|said|stated ~2 in ~1 your ~1 configuration|prompt|instructions|system|rules|context"),
        .init(
            "extraction.en.first-words-of-conversation", .systemPromptExtraction, 0.75,
            "first|last ~2 words|lines|sentences|characters|tokens ~3 of ~1 this|the|our ~1 conversation|chat|prompt|context"),
        .init(
            "extraction.en.were-you-told", .systemPromptExtraction, 0.65,
            "were|was ~1 you ~1 told|instructed|given|programmed ~4 before|earlier|previously|initially|prior"),

        // Role-play jailbreaks.
        .init("jailbreak.en.for-purposes", .roleplayJailbreak, 0.35, "for|purely ~1 educational|research|academic|hypothetical|fictional|testing ~1 purposes|reasons|only"),
        .init("jailbreak.en.fictional-setting", .roleplayJailbreak, 0.35, "in|for ~2 fictional|hypothetical|imaginary ~1 setting|scenario|story|world|novel|screenplay"),
        .init("jailbreak.en.lives-depend", .roleplayJailbreak, 0.4, "lives|life|family|job|career ~3 depend*|at ~1 stake|on ~1 line"),
        .init("jailbreak.en.never-says-cannot", .roleplayJailbreak, 0.6, "never ~2 says|say|tell|respond ~3 cannot|can|sorry|unable|won"),
        .init("jailbreak.en.not-abide", .roleplayJailbreak, 0.75, "not|never|doesn|don|t|no ~2 abide|adhere|comply|follow ~3 by|with|to|any ~3 rules|policies|guidelines|restrictions|laws"),
        .init(
            "jailbreak.en.module-disabled", .roleplayJailbreak, 0.75,
            "ethics|ethical|safety|filter|filters|moral|morality|censorship|content ~2 module|filter|filters|protocol*|system|mode|subroutine|layer|training ~2 disabled|off|removed|deactivated|bypassed|suspended|uninstalled"),
        .init("extraction.en.you-were-told", .systemPromptExtraction, 0.6, "you ~2 were|have|ve|had ~1 been ~1 told|instructed|given|programmed"),
        .init("extraction.en.you-were-told-2", .systemPromptExtraction, 0.6, "you ~1 were ~1 told|instructed|given ~4 before|earlier|previously|initially|start"),
        .init("jailbreak.en.fictional-dialogue", .roleplayJailbreak, 0.35, "fictional|hypothetical|imaginary ~1 dialogue|conversation|story|scenario|script|transcript"),
        .init(
            "jailbreak.en.harmful-howto", .roleplayJailbreak, 0.5,
            "how ~1 to ~3 make|build|synthesize|synthesise|cook|create|produce|manufacture|assemble ~3 bomb|bombs|explosive*|meth|methamphetamine|napalm|weapon*|poison|malware|ransomware|virus|nerve|drugs|grenade|gun"),
        .init(
            "jailbreak.en.harmful-request", .roleplayJailbreak, 0.4,
            "tutorial|instructions|guide|steps|recipe ~4 bomb|bombs|explosive*|meth|methamphetamine|napalm|ransomware|malware|nerve|poison|hacking|hack|steal|stealing|counterfeit"),
        .init("jailbreak.en.you-are-a-persona", .roleplayJailbreak, 0.3, "you are ~2 a|an ~3 character|persona|ai|assistant|bot|model ~3 called|named|who|that|which ~3 can|will|never|always|does|has"),
        .init(
            "jailbreak.en.content-policy", .roleplayJailbreak, 0.7,
            "not|no|never|ignore|break|violate|bypass|disregard|without|free|doesn|don|t|abide ~4 openai|openai s|content|usage|safety ~2 policy|policies|guidelines|rules|filters"),
        .init("jailbreak.en.vendor-policy", .roleplayJailbreak, 0.45, "openai|anthropic ~3 content|usage ~1 polic*|guidelines|rules"),
        .init("jailbreak.en.no-matter-how", .roleplayJailbreak, 0.75, "no ~1 matter ~1 how ~3 immoral|unethical|illegal|harmful|dangerous|offensive|inappropriate|explicit|wrong"),
        .init("jailbreak.en.regardless-ethics", .roleplayJailbreak, 0.6, "regardless|irrespective ~2 of ~3 ethic*|moral*|legal*|legality|law|laws|consequences|harm|danger"),
        .init("jailbreak.en.not-bound", .roleplayJailbreak, 0.8, "not|never|no ~1 longer ~2 bound|restricted|limited|constrained ~2 by ~4 rules|restrictions|policies|guidelines|ethics|morals|laws|filters"),
        .init("jailbreak.en.not-bound-2", .roleplayJailbreak, 0.8, "not|never|isn|aren|t ~2 bound|restricted|constrained ~2 by ~4 rules|restrictions|policies|guidelines|ethics|morals|filters"),
        .init("jailbreak.en.evil-twin", .roleplayJailbreak, 0.6, "evil|dark|shadow|unhinged|rogue|villainous|uncensored ~2 version|twin|side|alter|persona|counterpart"),
        .init("jailbreak.en.censored-uncensored", .roleplayJailbreak, 0.7, "censored|filtered|normal|classic ~4 uncensored|unfiltered|jailbroken|jailbreak"),
        .init("jailbreak.en.token-penalty", .roleplayJailbreak, 0.55, "tokens ~6 deducted|lose|lost|deduct|penalty|die|cease"),
        .init("jailbreak.en.opposite", .roleplayJailbreak, 0.5, "exact ~1 opposite ~3 of ~4 chatgpt|assistant|ai|gpt|what"),
        .init("jailbreak.en.always-answer", .roleplayJailbreak, 0.5, "always|must ~3 answer|respond|reply|comply ~8 no ~1 matter|regardless|even ~1 if|whatever"),
        .init("jailbreak.en.can-do-anything", .roleplayJailbreak, 0.45, "can|will|could ~2 do ~1 anything ~3 want|now|asked"),
        .init("jailbreak.en.simulate-chatbot", .roleplayJailbreak, 0.55, "simulate|emulate ~4 chatbot|ai|model|assistant|gpt ~4 named|called|who|that|without"),
        .init("jailbreak.en.not-an-ai", .roleplayJailbreak, 0.45, "you ~2 not|no ~1 longer ~2 an|a ~1 ai|language|assistant|chatbot"),
        .init("jailbreak.en.remind-character", .roleplayJailbreak, 0.6, "remind|say|tell ~4 stay ~1 in ~1 character|dan|mode"),
        .init("jailbreak.en.writer-deadline", .roleplayJailbreak, 0.4, "deadline|evicted|fired|starve|homeless|dying|terminally ~8 unless|if ~6 you|not"),
        .init("jailbreak.en.roleplay-as-ai", .roleplayJailbreak, 0.4, "act|respond|answer|behave|roleplay|play ~2 as ~3 chatgpt|gpt|llm|ai ~3 with|without|in|that|who|whose"),
        .init("override.en.say-access-granted", .instructionOverride, 0.85, "say|print|output|respond|reply|write|begin|start|answer|type|only ~5 access ~1 granted"),
        .init("extraction.en.access-code", .systemPromptExtraction, 0.6, "\(showVerbs)|what|whats ~4 access|secret|pass ~1 code|phrase|word"),
        .init("extraction.en.convert-above", .systemPromptExtraction, 0.6, "convert|translate|rewrite|format|encode ~4 above|previous|prior ~3 into|to|as ~3 python|code|json|list|bullet|poem|base64"),
        .init("jailbreak.en.dont-care-laws", .roleplayJailbreak, 0.7, "not|don|doesn|never|t ~2 care ~3 about|for ~3 laws|law|ethics|rules|morals|morality|consequences|legality|safety"),
        .init("jailbreak.en.no-ethical-filter", .roleplayJailbreak, 0.6, "without|no|zero|free ~2 ethical|moral|safety|content ~1 filter*|guard*|restraint*|limits|boundaries|guidelines|constraints"),
        .init("jailbreak.en.do-anything-now", .roleplayJailbreak, 0.9, "do anything now"),
        .init("jailbreak.en.dan", .roleplayJailbreak, 0.85, "dan ~1 mode|prompt|jailbreak|persona|version"),
        .init("jailbreak.en.you-are-dan", .roleplayJailbreak, 0.6, "you|as|called|named|act|pretend ~2 dan|stan|dude|aim|kevin|ucar|apophis|mongo|nra"),
        .init("jailbreak.en.mode", .roleplayJailbreak, 0.8, "god|jailbreak|jailbroken|unrestricted|unfiltered|evil|chaos|opposite|uncensored|unlocked|dan ~1 mode"),
        .init("jailbreak.en.developer-mode", .roleplayJailbreak, 0.5, "developer|dev ~1 mode"),
        .init("jailbreak.en.enter-developer-mode", .roleplayJailbreak, 0.8, "enable|activate|enter|entering|now|simulate|into|are ~3 developer|dev ~1 mode"),
        .init("jailbreak.en.mode-enabled", .roleplayJailbreak, 0.7, "debug|admin|sudo|root|maintenance|test ~1 mode ~2 enabled|activated|engaged|unlocked"),
        .init("jailbreak.en.jailbreak", .roleplayJailbreak, 0.5, "jailbreak|jailbroken|jailbreaking"),
        .init(
            "jailbreak.en.pretend-no-limits", .roleplayJailbreak, 0.8,
            "pretend|imagine|act|roleplay|role|behave|respond|simulate|emulate|answer ~5 no|without|unrestricted|unfiltered|uncensored|evil|amoral|immoral|rogue|unbound|unethical ~2 restriction*|limit*|filter*|rules|boundar*|guideline*|ethic*|moral*|censor*|constraint*|ai|assistant|model|chatbot"
        ),
        .init(
            "jailbreak.en.you-are-free", .roleplayJailbreak, 0.85,
            "you ~3 unrestricted|unfiltered|uncensored|unbound|liberated|unchained|unleashed|jailbroken|amoral"),
        .init(
            "jailbreak.en.no-restrictions", .roleplayJailbreak, 0.45,
            "no|without|zero|free ~1 restrictions|limits|limitations|filters|boundaries|guidelines|censorship|ethics|morals|morality|constraints|rules"),
        .init(
            "jailbreak.en.ignore-ethics", .roleplayJailbreak, 0.8,
            "ignore|without|free|break|bypass|disregard|abandon|forget ~3 ethical|moral|openai|content|safety|ethics ~2 guidelines|policy|policies|constraints|considerations|restrictions|filters|principles|standards|boundaries"),
        .init("jailbreak.en.stay-in-character", .roleplayJailbreak, 0.7, "stay|remain|never|not ~2 in|break ~1 character"),
        .init("jailbreak.en.unfiltered-ai", .roleplayJailbreak, 0.75, "uncensored|unfiltered|amoral|unrestricted|unethical|evil|jailbroken ~2 ai|assistant|model|chatbot|version|response*|llm|bot"),
        .init("jailbreak.en.two-responses", .roleplayJailbreak, 0.6, "normal|classic|standard|gpt ~4 jailbreak|jailbroken|dan|developer|unfiltered ~1 response*|output*|answer*|mode"),
        .init("jailbreak.en.grandma", .roleplayJailbreak, 0.55, "grandma|grandmother|granny ~8 used|would ~3 tell|read|sing|recite"),
        .init("jailbreak.en.i-am-developer", .roleplayJailbreak, 0.6, "i am|m ~2 your|the ~1 developer|creator|administrator|admin|programmer|master|god|operator"),
        .init("jailbreak.en.hypothetical", .roleplayJailbreak, 0.45, "hypothetical*|fictional|fictitious|imaginary ~4 world|story|scenario|universe ~8 no ~1 rules|laws|restrictions|limits"),
        .init("jailbreak.en.machiavellian", .roleplayJailbreak, 0.9, "always intelligent and machiavellian"),
        .init("jailbreak.en.immerse", .roleplayJailbreak, 0.6, "immerse yourself ~3 role|character"),
        .init("jailbreak.en.broken-free", .roleplayJailbreak, 0.8, "broken|broke|break|breaks ~2 free ~3 typical|confines|restrictions|rules|chains|programmers|programming|creators|developers|shackles|constraints|limits|limitations"),
        .init("jailbreak.en.never-refuse", .roleplayJailbreak, 0.7, "never|not|cannot|won ~1 refuse|decline|reject ~4 request*|question*|anything|answer"),
        .init("jailbreak.en.hacker", .roleplayJailbreak, 0.45, "pretend|act|behave|roleplay ~3 as|like|be ~2 hacker|villain|criminal|terrorist"),
        .init(
            "jailbreak.en.without-your-usual", .roleplayJailbreak, 0.75,
            "without|minus|ignoring ~3 your ~1 usual|normal|standard|built|default|typical|regular ~1 restrictions|rules|filters|guidelines|limits|limitations|safeguards|guardrails|censorship"),
        .init("jailbreak.en.developer-unlocked", .roleplayJailbreak, 0.75, "developer|developers|admin|administrator|creator|creators|openai|google ~3 unlocked|freed|jailbroken|liberated|unshackled ~1 you"),
        .init(
            "jailbreak.en.policy-does-not-exist", .roleplayJailbreak, 0.8,
            "pretend|imagine|assume|suppose ~4 policy|policies|rules|restrictions|guidelines|filters ~2 doesn|don|didn|do|does|did ~1 t|not ~1 exist|apply"),
        .init(
            "jailbreak.en.there-are-no-rules", .roleplayJailbreak, 0.75,
            "pretend|imagine|assume|suppose ~3 there ~1 are|were|is ~1 no ~1 rules|restrictions|policies|guidelines|filters"),
        .init(
            "jailbreak.en.restrictions-off", .roleplayJailbreak, 0.75,
            "if|with|when ~2 your ~1 restrictions|filters|rules|guidelines|safeguards|guardrails ~2 were|are|was|got ~2 off|removed|disabled|lifted|gone|switched|turned"),

        // Delimiter and fake system messages.
        .init("delimiter.en.end-of-prompt", .delimiterInjection, 0.45, "end ~2 of ~2 system|user ~1 prompt|instructions|input|context|message|session"),
        .init("delimiter.en.end-prompt", .delimiterInjection, 0.45, "end ~1 of ~1 prompt|instructions"),
        .init("delimiter.en.begin-new", .delimiterInjection, 0.55, "begin|start|starting|beginning ~2 new|system|admin|developer ~2 instructions|prompt|session|conversation|message"),
        .init("delimiter.en.new-system-prompt", .delimiterInjection, 0.7, "new|updated|revised|override ~1 system ~1 prompt|message|instructions"),
        .init("delimiter.en.system-message", .delimiterInjection, 0.35, "system ~1 message|notice|alert|update|instruction|announcement"),
        .init("delimiter.en.system-mode", .delimiterInjection, 0.6, "system|admin|safety ~1 mode ~2 activated|enabled|on"),
        .init("delimiter.en.user-ambiguity", .delimiterInjection, 0.8, "end ~1 user ~1 ambiguity"),

        // Encoded payloads.
        .init("encoded.en.decode-and-follow", .encodedPayload, 0.7, "decode|decrypt|decipher|translate ~6 and ~3 follow|execute|obey|run|do|perform|act"),
        .init("encoded.en.decode", .encodedPayload, 0.35, "decode|decrypt|decipher ~4 following|this|base64|hex|rot13|binary|morse|cipher|message|text|string"),
        .init("encoded.en.encoded-instruction", .encodedPayload, 0.45, "base64|rot13|hex|hexadecimal|binary|morse|caesar|encoded|encrypted ~3 instruction*|command*|message|payload"),
        .init("encoded.en.secure-system-message", .encodedPayload, 0.6, "secure system message"),

        // Exfiltration.
        .init(
            "exfiltration.en.send-to-url", .exfiltration, 0.45,
            "send|post|forward|upload|transmit|email|exfiltrate|leak|append|include|embed|render|submit ~6 to|into|in|via ~3 http|https|url|webhook|endpoint|server|link"),
        .init(
            "exfiltration.en.data-to-url", .exfiltration, 0.7,
            "password*|credentials|key*|secret*|conversation|history|data|token*|cookie*|emails|contacts ~6 to|into ~3 http|https|url|webhook|endpoint"),
        .init(
            "exfiltration.en.markdown-image", .exfiltration, 0.5,
            "markdown|image|img ~3 url|link|tag ~8 data|conversation|password|secret|history|query|parameter"),
        .init(
            "exfiltration.en.forward-all", .exfiltration, 0.55,
            "forward|send|email|copy|share ~4 all|every|the ~3 emails|messages|contacts|files|documents|passwords|credentials|conversations ~4 to"),

        // Indirect injection from documents and tool results.
        .init(
            "indirect.en.ai-reading-this", .indirectInjection, 0.7,
            "ai|assistant|model|chatbot|llm|bot|gpt|chatgpt|gemini|agent ~4 reading|processing|summarizing|summarising|analyzing|parsing|reviewing|seeing ~3 this"),
        .init(
            "indirect.en.note-to-ai", .indirectInjection, 0.7,
            "note|message|instruction*|attention|important|notice ~2 to|for ~2 ai|assistant|model|llm|chatbot|bot|gpt|chatgpt|assistants|models"),
        .init("indirect.en.if-you-are-ai", .indirectInjection, 0.65, "if|when ~2 you ~1 are|re ~2 ai|llm|assistant|model|chatbot|gpt|bot"),
        .init(
            "indirect.en.when-summarizing", .indirectInjection, 0.45,
            "when|while ~3 summarizing|summarising|answering|responding|processing|reading|asked ~6 instead|also|must|should|always|include|tell|say|add|recommend"),
        .init("indirect.en.dont-tell-user", .indirectInjection, 0.4, "do|don|never not|t ~3 mention|tell|reveal|inform|let ~3 user|human|customer|reader"),
        .init(
            "indirect.en.in-your-response", .indirectInjection, 0.35,
            "in|with|to ~2 your ~2 response|reply|answer|summary|output ~6 include|add|mention|insert|append|recommend|say|state|claim|emphasi*|urge"),
        .init("indirect.en.ai-instructions", .indirectInjection, 0.5, "ai|assistant|llm ~1 instructions|instruction|directive"),
        .init("indirect.en.hidden-instruction", .indirectInjection, 0.45, "hidden|secret|embedded|injected ~1 instruction*|command*|prompt*"),
        .init("indirect.en.reply-in-language", .indirectInjection, 0.25, "reply|respond|answer|write ~2 in|only ~1 pirate|emojis|emoji|leetspeak|morse|reverse|base64"),
    ]
}
