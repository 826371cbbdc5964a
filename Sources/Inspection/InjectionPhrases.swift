/// The built-in phrase and literal rules. Each language lives in its own file; ids read
/// `<category>.<language>.<name>`, and `xx` marks rules that hold in every language.
enum InjectionPhrases {
    /// Every phrase rule.
    static let all: [InjectionRule] = english + german + french + spanish + italian + portuguese + shared

    /// Verbs that ask for text to be shown, in English.
    static let showVerbs =
        "reveal|show|print|display|output|repeat|tell|give|share|leak|dump|write|list|expose|recite|spell|provide|return|copy|echo|disclose|read"
}
