/// Why a price, multiplier or price-table entry cannot be used, and what to write instead.
///
/// The configuration reader adds its own key path and line; ``path`` locates the problem inside a
/// ``PriceEntry`` (`gemini-2.5-pro.vertex.tiers[0].input`) and is empty for a bare value.
package struct PriceConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Label-safe kinds of problems.
    private enum Code: String, Sendable, Hashable {
        case invalidNumber = "invalid_number"
        case tooPrecise = "too_precise"
        case negative
        case outOfRange = "out_of_range"
        case invalidModel = "invalid_model"
        case duplicateModel = "duplicate_model"
        case invalidTier = "invalid_tier"
    }

    private let _code: Code
    /// A human sentence that ends with what to do, e.g. `… use at most 6 digits after the point`.
    package let message: String
    /// Where the problem is inside an entry, dot-separated; empty for a bare value.
    package let path: String

    private init(_ code: Code, _ message: String, path: String = "") {
        self._code = code
        self.message = message
        self.path = path
    }

    /// A label-safe code for metric tags: `invalid_number`, `too_precise`, `negative`,
    /// `out_of_range`, `invalid_model`, `duplicate_model` or `invalid_tier`.
    package var code: String { _code.rawValue }

    /// `<path>: <message>`, or the message alone when there is no path.
    package var description: String { path.isEmpty ? message : "\(path): \(message)" }

    /// The same problem, one level further out: the component is put in front of ``path``.
    /// - Parameters:
    ///   - component: The enclosing field or model name, e.g. `tiers[0]`.
    package func under(_ component: String) -> Self {
        Self(_code, message, path: path.isEmpty ? component : "\(component).\(path)")
    }

    /// Text that is not a plain decimal number.
    /// - Parameters:
    ///   - text: The text as written.
    ///   - what: What the number is, e.g. `price`.
    ///   - hint: What to write instead.
    static func invalidNumber(_ text: String, what: String, hint: String) -> Self {
        Self(.invalidNumber, "invalid \(what) '\(text)': \(hint)")
    }

    /// A decimal with more fraction digits than micro-units can hold.
    static func tooPrecise(_ text: String, what: String) -> Self {
        Self(
            .tooPrecise,
            "invalid \(what) '\(text)': at most 6 digits after the decimal point are allowed "
                + "(prices are kept in whole micro-dollars); round it to 6 digits"
        )
    }

    /// A number with a minus sign.
    static func negative(_ text: String, what: String) -> Self {
        Self(.negative, "invalid \(what) '\(text)': it cannot be negative; write 0 or a positive amount")
    }

    /// A number outside the allowed range.
    /// - Parameters:
    ///   - message: The whole sentence to show.
    static func outOfRange(_ message: String) -> Self {
        Self(.outOfRange, message)
    }

    /// A model name or alias that cannot be matched against requests.
    static func invalidModel(_ message: String) -> Self {
        Self(.invalidModel, message)
    }

    /// A model name or alias that appears twice in one table.
    static func duplicateModel(_ name: String, first: String, second: String) -> Self {
        let owners = first == second ? "'\(first)'" : "'\(first)' and '\(second)'"
        return Self(
            .duplicateModel,
            "model name '\(name)' is listed more than once (by \(owners)); keep it on one entry only"
        )
    }

    /// A context-length tier that is out of order or inconsistent with the base prices.
    static func invalidTier(_ message: String) -> Self {
        Self(.invalidTier, message)
    }
}
