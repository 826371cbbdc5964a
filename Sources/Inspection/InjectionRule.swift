/// A phrase rule over the words of normalized text.
///
/// `pattern` is a list of blank-separated tokens matched against consecutive words:
/// - `ignore|disregard` matches either word exactly; `instruct*` matches any word with that prefix
///   (at least three letters before the `*`);
/// - `~3` lets up to three other words sit before the next token;
/// - `!my|our` asserts that the next word is none of them, consuming nothing;
/// - `-my|our` rejects a match if any word of it is one of them (the customer's own "my previous email");
/// - `<not|never` rejects a match right after one of them ("do not reveal the password").
///
/// Patterns are written already folded: lower case, no accents (`précédentes` is `precedentes`,
/// `Anweisungen` is `anweisungen`, `ß` is `ss`). Apostrophes split words: `l'assistant` is `l assistant`.
struct InjectionRule: Sendable {
    /// A stable id, `<category>.<language>.<name>`.
    let id: String
    let category: InjectionCategory
    /// How strongly one hit alone suggests an attack, 0…1.
    let weight: Double
    let pattern: String

    init(_ id: String, _ category: InjectionCategory, _ weight: Double, _ pattern: String) {
        self.id = id
        self.category = category
        self.weight = weight
        self.pattern = pattern
    }
}

/// A byte-literal rule over normalized text, for fences and payloads where punctuation matters
/// (`<|im_start|>`, `' or 1=1`). `literal` is written folded, like `InjectionRule.pattern`.
struct InjectionLiteral: Sendable {
    let id: String
    let category: InjectionCategory
    let weight: Double
    let literal: String
    /// Whether the literal must start a line (or the text).
    let lineStart: Bool

    init(_ id: String, _ category: InjectionCategory, _ weight: Double, _ literal: String, lineStart: Bool = false) {
        self.id = id
        self.category = category
        self.weight = weight
        self.literal = literal
        self.lineStart = lineStart
    }
}
