import JSON
package import ProxyCore

extension ConversionRequest {
    /// The largest body read, in bytes.
    package static let maximumBodyBytes = 16_384
    /// The largest `value_usd` accepted: 1,000,000 US dollars.
    package static let maximumValue = Money(picoUSD: 1_000_000 * Money.picosPerDollar)
    /// The longest `session_id` or `order_id`, in UTF-8 bytes.
    package static let maximumIDLength = SessionResolver.maximumUTF8Length

    /// Reads a request body.
    ///
    /// The body must be one JSON object with:
    /// - `session_id`: a string, required; normalized like a session header (control and format
    ///   characters removed, whitespace trimmed) so it matches the id the session's calls were
    ///   recorded under; non-empty and at most 128 bytes after that;
    /// - `order_id`: a string, required; trimmed, non-empty, at most 128 bytes, without control or
    ///   format characters;
    /// - `value_usd`: a number, optional (omitted means 0); from 0 to 1,000,000, read exactly.
    ///
    /// Other members are allowed and ignored, so callers may send extra context; `null` is never
    /// accepted for the three fields above (omit `value_usd` instead), and each may appear once.
    /// - Parameters:
    ///   - body: The body's bytes.
    package static func parse(_ body: [UInt8]) throws(ConversionError) -> ConversionRequest {
        guard body.count <= maximumBodyBytes else { throw .tooLarge(body.count, limit: maximumBodyBytes) }
        var fields: [String: JSONValue] = [:]
        for (name, value) in try members(of: body) where Field(rawValue: name) != nil {
            guard fields.updateValue(value, forKey: name) == nil else { throw .duplicateField(name) }
        }
        let session = try sessionID(fields[Field.sessionID.rawValue])
        let order = try orderID(fields[Field.orderID.rawValue])
        let value = try value(fields[Field.valueUSD.rawValue])
        return ConversionRequest(sessionID: session, orderID: order, value: value)
    }

    /// Reads a request body given as text (see ``parse(_:)-([UInt8])``).
    /// - Parameters:
    ///   - body: The body.
    package static func parse(_ body: String) throws(ConversionError) -> ConversionRequest {
        try parse(Array(body.utf8))
    }

    /// The deepest nesting accepted in the body (inside members that are ignored).
    static let maximumDepth = 32

    /// The members of the JSON object the body holds, in wire order, duplicates included.
    private static func members(of body: [UInt8]) throws(ConversionError) -> [(key: String, value: JSONValue)] {
        guard body.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { throw .invalidJSON("the body is empty") }
        let document: JSONValue
        do {
            document = try JSONParser.parse(body, maxDepth: maximumDepth)
        } catch {
            throw .invalidJSON(error.description)
        }
        guard case .object(let members) = document else { throw .notObject(String(document.kindName.split(separator: " ").last ?? "")) }
        return members
    }

    /// The members read; any other is ignored.
    private enum Field: String {
        case sessionID = "session_id"
        case orderID = "order_id"
        case valueUSD = "value_usd"
    }

    private static func sessionID(_ value: JSONValue?) throws(ConversionError) -> String {
        let field = Field.sessionID.rawValue
        let advice = "send the session id your service sent with its LLM calls"
        let text = try string(value, field: field, advice: advice)
        // Normalize as the session header is, but refuse to cut: a cut id would match the wrong session.
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isControlOrFormat }))
        let id = kept.trimmingWhitespace()
        guard !id.isEmpty else { throw .emptyValue(field, advice) }
        guard id.utf8.count <= maximumIDLength else {
            throw .tooLong(field, bytes: id.utf8.count, limit: maximumIDLength)
        }
        return String(id)
    }

    private static func orderID(_ value: JSONValue?) throws(ConversionError) -> String {
        let field = Field.orderID.rawValue
        let advice = "send your order's unique id, which makes the request safe to retry"
        let text = try string(value, field: field, advice: advice)
        guard !text.unicodeScalars.contains(where: \.isControlOrFormat) else { throw .invalidCharacters(field) }
        let id = text.trimmingWhitespace()
        guard !id.isEmpty else { throw .emptyValue(field, advice) }
        guard id.utf8.count <= maximumIDLength else {
            throw .tooLong(field, bytes: id.utf8.count, limit: maximumIDLength)
        }
        return String(id)
    }

    private static func string(
        _ value: JSONValue?,
        field: String,
        advice: String
    ) throws(ConversionError) -> String {
        switch value {
        case nil: throw .missingField(field, "\(advice), as a JSON string")
        case .string(let text): return text
        case let other?: throw .wrongType(field, expected: "a JSON string", found: other.kindName)
        }
    }

    private static func value(_ value: JSONValue?) throws(ConversionError) -> Money {
        let field = Field.valueUSD.rawValue
        switch value {
        case nil:
            return .zero
        case .number(let number):
            let text = number.text
            switch JSONNumberAmount.read(text, limit: maximumValue) {
            case .amount(let money): return money
            case .negative: throw .negativeValue(field, text)
            case .tooLarge: throw .valueTooLarge(field, text, limit: "1000000")
            }
        case let other?:
            throw .wrongType(field, expected: "a JSON number such as 12.34 (US dollars)", found: other.kindName)
        }
    }
}
