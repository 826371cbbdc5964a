/// Why a catalog document could not be read. `code` is label-safe; `description` says what and where.
package struct CatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: String, Sendable, Hashable {
        case malformedJSON = "malformed_json"
        case unexpectedShape = "unexpected_shape"
        case invalidProduct = "invalid_product"
        case duplicateID = "duplicate_id"
    }

    private let codeValue: Code
    /// What is wrong, with the byte offset or product index where it was found.
    package let message: String

    private init(_ code: Code, _ message: String) {
        self.codeValue = code
        self.message = message
    }

    /// The bytes are not well-formed JSON.
    /// - Parameters:
    ///   - message: The problem and its byte offset.
    package static func malformedJSON(_ message: String) -> CatalogError { CatalogError(.malformedJSON, message) }

    /// The JSON is well formed but not a `{"products": [...]}` document.
    /// - Parameters:
    ///   - message: What was expected.
    package static func unexpectedShape(_ message: String) -> CatalogError { CatalogError(.unexpectedShape, message) }

    /// A product lacks a field or has one of the wrong type or range.
    /// - Parameters:
    ///   - message: The product index and field.
    package static func invalidProduct(_ message: String) -> CatalogError { CatalogError(.invalidProduct, message) }

    /// Two products share an ID.
    /// - Parameters:
    ///   - id: The repeated ID.
    package static func duplicateID(_ id: String) -> CatalogError {
        CatalogError(.duplicateID, "product id \(ExcerptQuote.quote(id)) appears more than once")
    }

    /// A label-safe code for metric tags: `malformed_json`, `unexpected_shape`, `invalid_product`, `duplicate_id`.
    package var code: String { codeValue.rawValue }

    package var description: String { "catalog \(code): \(message)" }
}

/// Quotes short text for error messages without pulling in an encoder.
enum ExcerptQuote {
    /// `s` in double quotes, cut to 40 characters.
    static func quote(_ s: String) -> String {
        let cut = s.count > 40 ? String(s.prefix(40)) + "…" : s
        return "\"" + cut + "\""
    }
}
