/// A strict reader for one small JSON object whose member values are read as scalars; nested
/// objects and arrays are checked and skipped.
///
/// Follows RFC 8259 (https://www.rfc-editor.org/rfc/rfc8259): the whole text is one value with
/// optional whitespace around it (§2), "JSON text exchanged between systems … MUST be encoded
/// using UTF-8" (§8.1), numbers follow §6, strings §7. Duplicate names are reported to the caller
/// rather than resolved here. Nesting is limited to ``maximumDepth``. Scalars are read in
/// `JSONObjectReader+Scalars.swift`.
struct JSONObjectReader {
    /// A member value. Containers are only named, since the reader skips their contents.
    enum Value: Equatable {
        case string(String)
        /// The number's text as written, already checked against the §6 grammar.
        case number(String)
        case bool(Bool)
        case null
        case object
        case array

        /// `a string`, `a number`…, for messages.
        var kind: String {
            switch self {
            case .string: "a string"
            case .number: "a number"
            case .bool: "a boolean"
            case .null: "null"
            case .object: "an object"
            case .array: "an array"
            }
        }
    }

    /// Deepest nesting accepted inside skipped values.
    static let maximumDepth = 32

    /// The whole JSON text.
    let bytes: [UInt8]
    /// The index of the next byte to read.
    var position = 0
    /// The member whose value is being read, for messages.
    private var member: String?

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The members of the JSON object `bytes` holds, in order, duplicates included.
    /// - Parameters:
    ///   - bytes: The whole JSON text.
    static func members(of bytes: [UInt8]) throws(ConversionError) -> [(name: String, value: Value)] {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .invalidJSON("it is not valid UTF-8 text")
        }
        var reader = JSONObjectReader(bytes)
        reader.skipWhitespace()
        guard let first = reader.peek() else { throw .invalidJSON("the body is empty") }
        guard first == UInt8(ascii: "{") else {
            // Name the top-level value's type when it is otherwise valid JSON.
            let value = try reader.readValue(depth: 0)
            try reader.expectEnd()
            throw .notObject(String(value.kind.split(separator: " ").last ?? ""))
        }
        let members = try reader.readObjectMembers()
        try reader.expectEnd()
        return members
    }

    // MARK: Structure

    private mutating func readObjectMembers() throws(ConversionError) -> [(name: String, value: Value)] {
        position += 1  // {
        var members: [(name: String, value: Value)] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return members
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw unexpected("a member name in double quotes") }
            let name = try readString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw unexpected("':' after the name \"\(name)\"") }
            position += 1
            member = name
            let value = try readValue(depth: 1)
            member = nil
            members.append((name, value))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return members
            default: throw unexpected("',' or '}'")
            }
        }
    }

    private mutating func readValue(depth: Int) throws(ConversionError) -> Value {
        skipWhitespace()
        guard let byte = peek() else { throw unexpected("a value") }
        switch byte {
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipContainer(depth: depth)
            return byte == UInt8(ascii: "{") ? .object : .array
        case UInt8(ascii: "t"): try readLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try readLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try readLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default:
            if matches("NaN") || matches("Infinity") || matches("+") {
                throw unexpected("a value", hint: "NaN, Infinity and a leading '+' are not JSON; write a plain number")
            }
            throw unexpected("a value")
        }
    }

    /// Checks a nested object or array and moves past it.
    private mutating func skipContainer(depth: Int) throws(ConversionError) {
        guard depth < Self.maximumDepth else {
            throw .invalidJSON("values are nested more than \(Self.maximumDepth) levels deep")
        }
        let isObject = bytes[position] == UInt8(ascii: "{")
        let close = UInt8(ascii: isObject ? "}" : "]")
        position += 1
        skipWhitespace()
        if peek() == close {
            position += 1
            return
        }
        while true {
            skipWhitespace()
            if isObject {
                guard peek() == UInt8(ascii: "\"") else { throw unexpected("a member name in double quotes") }
                _ = try readString()
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { throw unexpected("':'") }
                position += 1
            }
            _ = try readValue(depth: depth + 1)
            skipWhitespace()
            guard let next = peek() else { throw unexpected(isObject ? "',' or '}'" : "',' or ']'") }
            position += 1
            if next == close { return }
            guard next == UInt8(ascii: ",") else {
                position -= 1
                throw unexpected(isObject ? "',' or '}'" : "',' or ']'")
            }
        }
    }

    private mutating func expectEnd() throws(ConversionError) {
        skipWhitespace()
        guard position == bytes.count else { throw unexpected("the end of the body after the value") }
    }

    // MARK: Bytes

    func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    func matches(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return text.withUTF8Buffer { bytes[position..<(position + count)].elementsEqual($0) }
    }

    mutating func skipWhitespace() {
        // §2: ws = *( %x20 / %x09 / %x0A / %x0D )
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) { position += 1 }
    }

    func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// "expected X at byte N" (1-based), with what was found and the member being read.
    func unexpected(_ expected: String, hint: String? = nil) -> ConversionError {
        var problem = "expected \(expected) at byte \(position + 1)"
        if let byte = peek() {
            problem += byte >= 0x20 && byte < 0x7F ? ", found '\(Character(Unicode.Scalar(byte)))'" : ""
        } else {
            problem += ", found the end of the body"
        }
        if let member { problem += ", in the value of \"\(member)\"" }
        if let hint { problem += "; \(hint)" }
        return .invalidJSON(problem)
    }
}
