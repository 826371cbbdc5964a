/// Outrigger's one JSON writer: appends a document to bytes, members in the order they are
/// written (so equal inputs give equal bytes), with no `Codable` and no intermediate values.
///
///     var json = JSONWriter()
///     json.object { json in
///         json.field("status", "recorded")
///         json.key("spans"); json.array { json in json.number(1) }
///     }
///     json.text  // {"status":"recorded","spans":[1]}
///
/// ``quoted(_:)`` and ``number(_:)`` write a single value for callers that splice one into text.
package struct JSONWriter {
    /// The document so far, UTF-8.
    package private(set) var bytes: [UInt8]
    /// Whether the next member or element needs a comma before it.
    private var needsComma = false

    package init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The document as a string.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Structure

    /// `{…}`; `body` writes the members with ``key(_:)`` and a value, or the `field` shorthands.
    package mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// `[…]`; `body` writes the elements.
    package mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// A member name; the next value written is its value.
    package mutating func key(_ name: some StringProtocol) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    // MARK: Values

    package mutating func string(_ value: some StringProtocol) {
        separate()
        appendQuoted(value)
        needsComma = true
    }

    /// A number; whole values within ±2^53 print without a fraction, non-finite ones as `null`.
    package mutating func number(_ value: Double) { raw(Self.number(value)) }

    package mutating func number(_ value: Int) { raw(String(value)) }

    package mutating func number(_ value: Int64) { raw(String(value)) }

    package mutating func number(_ value: UInt64) { raw(String(value)) }

    package mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    package mutating func null() { raw("null") }

    /// Text that already is one JSON value (a parsed document's ``JSONValue/compactText``, tool-call arguments).
    package mutating func raw(_ json: some StringProtocol) {
        separate()
        bytes.append(contentsOf: json.utf8)
        needsComma = true
    }

    /// A parsed value, numbers as they were on the wire.
    package mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let number): raw(number.text)
        case .string(let text): string(text)
        case .array(let elements): array { json in for element in elements { json.value(element) } }
        case .object(let members):
            object { json in
                for member in members {
                    json.key(member.key)
                    json.value(member.value)
                }
            }
        }
    }

    // MARK: Members

    package mutating func field(_ name: some StringProtocol, _ value: some StringProtocol) {
        key(name)
        string(value)
    }

    package mutating func field(_ name: some StringProtocol, _ value: Double) {
        key(name)
        number(value)
    }

    package mutating func field(_ name: some StringProtocol, _ value: Int) {
        key(name)
        number(value)
    }

    package mutating func field(_ name: some StringProtocol, _ value: Bool) {
        key(name)
        bool(value)
    }

    // MARK: Bytes

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func appendQuoted(_ s: some StringProtocol) {
        bytes.append(UInt8(ascii: "\""))
        Self.appendEscaped(s.utf8, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }
}

// MARK: Single values

extension JSONWriter {
    /// `s` as a quoted, escaped JSON string (RFC 8259 §7).
    package static func quoted(_ s: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(s.utf8, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the escaped body of a JSON string (no quotes) to `out`. Works on UTF-8 bytes: only
    /// ASCII bytes are ever escaped, and multi-byte sequences pass through unchanged. Runs of bytes
    /// that need no escape are copied at once (most text has none to escape).
    package static func appendEscaped(_ utf8: some Sequence<UInt8>, to out: inout [UInt8]) {
        let done: Void? = utf8.withContiguousStorageIfAvailable { appendEscaped(buffer: $0, to: &out) }
        guard done == nil else { return }
        let bytes = Array(utf8)
        bytes.withUnsafeBufferPointer { appendEscaped(buffer: $0, to: &out) }
    }

    private static func appendEscaped(buffer: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        for i in 0..<buffer.count {
            let byte = buffer[i]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i])) }
            runStart = i + 1
            out.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
            case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
            default:
                out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte & 0xF))
            }
        }
        if runStart < buffer.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count])) }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    /// A JSON number. Whole values within ±2^53 print without a fraction (`3`, not `3.0`);
    /// non-finite values, which JSON cannot carry, become `null`.
    package static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) <= 9_007_199_254_740_992 { return String(Int64(value)) }
        return String(value)
    }
}
