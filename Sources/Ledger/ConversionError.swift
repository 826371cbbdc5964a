/// Why a `POST /v1/conversions` body was refused, and what to send instead. Always answered with
/// HTTP 400; the ledger is left unchanged.
package struct ConversionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Label-safe kinds of problems.
    private enum Code: String, Sendable, Hashable {
        case tooLarge = "too_large"
        case invalidJSON = "invalid_json"
        case notObject = "not_object"
        case duplicateField = "duplicate_field"
        case missingField = "missing_field"
        case wrongType = "wrong_type"
        case emptyValue = "empty_value"
        case tooLong = "too_long"
        case invalidCharacters = "invalid_characters"
        case negativeValue = "negative_value"
        case valueTooLarge = "value_too_large"
    }

    private let _code: Code
    /// A sentence naming the field (when there is one), what is wrong and what to send.
    package let message: String
    /// The field at fault (`session_id`, `order_id`, `value_usd`), or nil for the body as a whole.
    package let field: String?

    private init(_ code: Code, _ message: String, field: String? = nil) {
        self._code = code
        self.message = message
        self.field = field
    }

    /// The HTTP status to answer with.
    package var httpStatus: Int { 400 }

    /// A label-safe code for metric tags: `too_large`, `invalid_json`, `not_object`,
    /// `duplicate_field`, `missing_field`, `wrong_type`, `empty_value`, `too_long`,
    /// `invalid_characters`, `negative_value` or `value_too_large`.
    package var code: String { _code.rawValue }

    package var description: String { message }

    /// The example body quoted by messages about the body as a whole.
    static let example = #"{"session_id": "…", "order_id": "…", "value_usd": 12.34}"#

    /// A body over the size limit.
    static func tooLarge(_ bytes: Int, limit: Int) -> Self {
        Self(.tooLarge, "the body is \(bytes) bytes, more than the \(limit) allowed; send only \(example)")
    }

    /// Text that is not JSON.
    /// - Parameters:
    ///   - problem: What is wrong and where, e.g. `unexpected 'x' at byte 12`.
    static func invalidJSON(_ problem: String) -> Self {
        Self(.invalidJSON, "the body is not valid JSON (\(problem)); send a JSON object such as \(example)")
    }

    /// JSON whose top-level value is not an object.
    static func notObject(_ kind: String) -> Self {
        Self(.notObject, "the body is a JSON \(kind), not an object; send a JSON object such as \(example)")
    }

    /// A known field given twice.
    static func duplicateField(_ field: String) -> Self {
        Self(.duplicateField, "\(field) appears more than once; send it once", field: field)
    }

    /// A required field that is absent.
    static func missingField(_ field: String, _ advice: String) -> Self {
        Self(.missingField, "\(field) is missing; \(advice)", field: field)
    }

    /// A field of the wrong JSON type.
    /// - Parameters:
    ///   - field: The field.
    ///   - expected: What it must be, e.g. `a JSON string` or `a JSON number such as 12.34`.
    ///   - found: What was sent, e.g. `a number`.
    static func wrongType(_ field: String, expected: String, found: String) -> Self {
        Self(.wrongType, "\(field) must be \(expected), not \(found)", field: field)
    }

    /// A string field that is empty or blank.
    static func emptyValue(_ field: String, _ advice: String) -> Self {
        Self(.emptyValue, "\(field) is empty; \(advice)", field: field)
    }

    /// A string field over the length limit.
    static func tooLong(_ field: String, bytes: Int, limit: Int) -> Self {
        Self(
            .tooLong,
            "\(field) is \(bytes) bytes long; it must be at most \(limit) bytes of UTF-8",
            field: field
        )
    }

    /// A string field holding control or format characters.
    static func invalidCharacters(_ field: String) -> Self {
        Self(
            .invalidCharacters,
            "\(field) contains control or invisible format characters; send printable text only",
            field: field
        )
    }

    /// A negative amount.
    static func negativeValue(_ field: String, _ text: String) -> Self {
        Self(
            .negativeValue,
            "\(field) is negative (\(text)); send the order value in US dollars, 0 or more",
            field: field
        )
    }

    /// An amount above the limit.
    static func valueTooLarge(_ field: String, _ text: String, limit: String) -> Self {
        Self(
            .valueTooLarge,
            "\(field) \(text) is above the limit of \(limit) US dollars; send the order value in US dollars",
            field: field
        )
    }
}
