/// A JSON number: its value as a `Double`, and its text as written on the wire.
///
/// The text lets a caller read an exact decimal (a money amount such as `19.99`) without a second
/// parser, and lets a parsed document be written back with its numbers unchanged.
package struct JSONNumber: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// The nearest `Double`.
    package let double: Double
    /// The number's text (RFC 8259 §6 syntax), as parsed or as ``JSONWriter/number(_:)`` writes it.
    package let text: String

    /// A number built in code; its text is ``JSONWriter/number(_:)`` of `double`.
    package init(_ double: Double) {
        self.double = double
        self.text = JSONWriter.number(double)
    }

    /// A parsed number; `text` must be the wire text `double` was read from.
    init(double: Double, text: String) {
        self.double = double
        self.text = text
    }

    package init(integerLiteral value: Int) { self.init(Double(value)) }
    package init(floatLiteral value: Double) { self.init(value) }

    package var description: String { text }

    /// Numbers compare by value: `1`, `1.0` and `1e0` are equal.
    package static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.double == rhs.double }

    package func hash(into hasher: inout Hasher) { hasher.combine(double) }
}
