import Inspection

/// A finding as the text it covers, for compact expectations.
struct Hit: Hashable, CustomStringConvertible {
    var kind: PIIKind
    var text: String

    init(_ kind: PIIKind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    var description: String { "\(kind.rawValue)(\(text))" }

    /// The findings in `text`, as the substrings they cover.
    static func all(in text: String, kinds: Set<PIIKind> = Set(PIIKind.allCases)) -> [Hit] {
        PIIDetector(kinds: kinds).findings(in: text).map { Hit($0.kind, String(text[$0.range(in: text)])) }
    }
}
