/// How a mock answer lays out its product lines: the shapes real models produce.
///
/// Every layout keeps the name, the ID and the price of a line together and the description after
/// them, so the ground truth (which ID carries a swapped name or a wrong price) holds for each.
package enum MockAnswerLayout: String, Sendable, CaseIterable {
    /// `1. **Mug** [6E92ZMYYFZ] - $8.99: A simple mug…`
    case boldList = "bold_list"
    /// `- Mug (6E92ZMYYFZ) — $8.99: a simple mug…`
    case nameParenID = "name_paren_id"
    /// `- 6E92ZMYYFZ: Mug, $8.99 — A simple mug…`
    case idFirst = "id_first"
    /// `| Mug | 6E92ZMYYFZ | $8.99 | A simple mug… |` under a header row.
    case table
    /// `- [Mug](https://shop.example.com/product/6E92ZMYYFZ) for $8.99: A simple mug…`
    case link
    /// `The Mug (ID 6E92ZMYYFZ) at $8.99: a simple mug…`, the products in one paragraph.
    case prose

    /// Lines before the first product line.
    var header: [String] {
        self == .table ? ["| Product | ID | Price | Details |", "|---|---|---|---|"] : []
    }

    /// Whether product lines are joined into one paragraph instead of one line each.
    var isParagraph: Bool { self == .prose }

    /// One product line.
    /// - Parameters:
    ///   - index: The line's position, from 0.
    ///   - name: The name the line gives the product (another product's name when swapped).
    ///   - id: The ID (an invented one when hallucinated).
    ///   - price: The price text, e.g. `$8.99`.
    ///   - description: The catalog description.
    func line(index: Int, name: String, id: String, price: String, description: String) -> String {
        switch self {
        case .boldList: "\(index + 1). **\(name)** [\(id)] - \(price): \(description)"
        case .nameParenID: "- \(name) (\(id)) — \(price): \(Self.lowercasingFirst(description))"
        case .idFirst: "- \(id): \(name), \(price) — \(description)"
        case .table: "| \(name) | \(id) | \(price) | \(description) |"
        case .link:
            index % 2 == 0
                ? "- [\(name)](https://shop.example.com/product/\(id)) for \(price): \(description)"
                : "- [\(name)](/product/\(id)) for \(price): \(description)"
        case .prose:
            (index == 0 ? "I'd suggest the " : index % 2 == 0 ? "There is also the " : "The ")
                + "\(name) (ID \(id)) at \(price): \(Self.lowercasingFirst(description))"
        }
    }

    /// `A simple mug…` → `a simple mug…`, to run on after a colon.
    private static func lowercasingFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
