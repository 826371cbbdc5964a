/// A strict RFC 8259 JSON parser over raw bytes.
///
/// - Input must be UTF-8 (RFC 8259 §8.1); ill-formed sequences, overlong forms and encoded surrogates are
///   errors, never replaced.
/// - `\uXXXX` escapes are decoded, with UTF-16 surrogate pairs joined; an unpaired surrogate is an error.
/// - Nesting is limited to `maxDepth` arrays/objects, so hostile input cannot overflow the stack.
/// - Strings without escapes are created straight from the input bytes, with no intermediate copy.
package enum JSONParser {
    /// The nesting limit used when none is given.
    package static let defaultMaxDepth = 128

    /// Parses one JSON document that must fill `bytes` (surrounding whitespace allowed).
    /// - Parameters:
    ///   - bytes: The UTF-8 document.
    ///   - maxDepth: The deepest allowed nesting of arrays and objects.
    package static func parse(
        _ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth
    ) throws(JSONParseError) -> JSONValue {
        var scanner = Scanner(bytes: bytes.assumingMemoryBound(to: UInt8.self), maxDepth: maxDepth)
        return try scanner.parseDocument()
    }

    /// Parses one JSON document held in an array.
    /// - Parameters:
    ///   - bytes: The UTF-8 document.
    ///   - maxDepth: The deepest allowed nesting of arrays and objects.
    package static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONParseError) in try parse(buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    /// Parses one JSON document held in a string.
    /// - Parameters:
    ///   - text: The document.
    ///   - maxDepth: The deepest allowed nesting of arrays and objects.
    package static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(buffer), maxDepth: maxDepth) }
        }
        return try result.get()
    }
}

extension JSONParser {
    /// Recursive-descent cursor over one buffer; string decoding lives in `JSONValue+ParseString.swift`.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        private let maxDepth: Int
        var index = 0
        private var depth = 0
        /// Members and elements of the containers being parsed, shared by all nesting levels, so each
        /// container is allocated once at its final size instead of growing.
        private var memberStack: [(key: String, value: JSONValue)] = []
        private var elementStack: [JSONValue] = []

        init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
            self.bytes = bytes
            self.maxDepth = maxDepth
        }

        mutating func parseDocument() throws(JSONParseError) -> JSONValue {
            skipWhitespace()
            let value = try parseValue()
            skipWhitespace()
            guard index == bytes.count else { throw .trailingBytes(at: index) }
            return value
        }

        // MARK: Values

        private mutating func parseValue() throws(JSONParseError) -> JSONValue {
            guard index < bytes.count else { throw .unexpectedEnd(at: index, expecting: "a value") }
            switch bytes[index] {
            case UInt8(ascii: "\""): return .string(try parseString())
            case UInt8(ascii: "{"): return try parseObject()
            case UInt8(ascii: "["): return try parseArray()
            case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
            case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
            case UInt8(ascii: "n"): try expectLiteral("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
            case UInt8(ascii: "N"), UInt8(ascii: "I"), UInt8(ascii: "+"): throw .invalidNumber(at: index, "NaN, Infinity and a leading '+' are not JSON; write a plain number")
            case let byte: throw .unexpectedByte(byte, at: index, expecting: "a value")
            }
        }

        private mutating func parseObject() throws(JSONParseError) -> JSONValue {
            try enterContainer()
            defer { depth -= 1 }
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object([])
            }
            let base = memberStack.count
            while true {
                skipWhitespace()
                guard index < bytes.count else { throw .unexpectedEnd(at: index, expecting: "an object key") }
                guard bytes[index] == UInt8(ascii: "\"") else {
                    throw .unexpectedByte(bytes[index], at: index, expecting: "a string key")
                }
                let key = try parseString()
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "':' after an object key")
                skipWhitespace()
                let value = try parseValue()
                memberStack.append((key: key, value: value))
                skipWhitespace()
                if try closeOrContinue(UInt8(ascii: "}"), "',' or '}'") {
                    defer { memberStack.removeSubrange(base...) }
                    return .object(Array(memberStack[base...]))
                }
            }
        }

        private mutating func parseArray() throws(JSONParseError) -> JSONValue {
            try enterContainer()
            defer { depth -= 1 }
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array([])
            }
            let base = elementStack.count
            while true {
                skipWhitespace()
                let element = try parseValue()
                elementStack.append(element)
                skipWhitespace()
                if try closeOrContinue(UInt8(ascii: "]"), "',' or ']'") {
                    defer { elementStack.removeSubrange(base...) }
                    return .array(Array(elementStack[base...]))
                }
            }
        }

        /// Consumes the opening bracket at `index`, enforcing the depth limit.
        private mutating func enterContainer() throws(JSONParseError) {
            guard depth < maxDepth else { throw .tooDeep(at: index, limit: maxDepth) }
            depth += 1
            index += 1
        }

        /// Consumes `,` (returning false) or the closing bracket (returning true).
        private mutating func closeOrContinue(_ close: UInt8, _ expecting: String) throws(JSONParseError) -> Bool {
            guard index < bytes.count else { throw .unexpectedEnd(at: index, expecting: expecting) }
            let byte = bytes[index]
            index += 1
            if byte == close { return true }
            if byte == UInt8(ascii: ",") { return false }
            throw .unexpectedByte(byte, at: index - 1, expecting: expecting)
        }

        private mutating func expect(_ wanted: UInt8, _ expecting: String) throws(JSONParseError) {
            guard index < bytes.count else { throw .unexpectedEnd(at: index, expecting: expecting) }
            guard bytes[index] == wanted else { throw .unexpectedByte(bytes[index], at: index, expecting: expecting) }
            index += 1
        }

        private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
            for offset in 0..<literal.utf8CodeUnitCount {
                guard index < bytes.count else { throw .unexpectedEnd(at: index, expecting: "'\(literal)'") }
                guard bytes[index] == literal.utf8Start[offset] else {
                    throw .unexpectedByte(bytes[index], at: index, expecting: "'\(literal)'")
                }
                index += 1
            }
        }

        private mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        // MARK: Numbers

        /// Exact powers of ten for the fast path (all below 2^53 × 2^22, so exactly representable).
        private static let powersOfTen: [Double] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ]

        /// Parses a number per RFC 8259 §6.
        ///
        /// Up to 15 significant digits with a decimal scale within ±22 take Clinger's fast path: the digits
        /// and the power of ten are both exact doubles, so one multiply or divide rounds correctly. Anything
        /// else goes through the standard library's text conversion.
        private mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
            let start = index
            let negative = bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            guard index < bytes.count else { throw .unexpectedEnd(at: index, expecting: "a digit") }
            var mantissa = 0
            var digitCount = 0
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                digitCount = 1
                if isDigit(at: index) { throw .invalidNumber(at: start, "no leading zeros") }
            } else if isDigit(at: index) {
                readDigits(into: &mantissa, count: &digitCount)
            } else if bytes[index] == UInt8(ascii: "I") {
                throw .invalidNumber(at: start, "NaN, Infinity and a leading '+' are not JSON; write a plain number")
            } else {
                throw .unexpectedByte(bytes[index], at: index, expecting: "a digit")
            }
            var scale = 0
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard isDigit(at: index) else { throw .invalidNumber(at: start, "expected a digit after the decimal point") }
                let integerDigits = digitCount
                readDigits(into: &mantissa, count: &digitCount)
                scale = integerDigits - digitCount
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                index += 1
                var sign = 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    if bytes[index] == UInt8(ascii: "-") { sign = -1 }
                    index += 1
                }
                guard isDigit(at: index) else { throw .invalidNumber(at: start, "expected a digit in the exponent") }
                var exponent = 0
                while isDigit(at: index) {
                    if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
                    index += 1
                }
                scale += sign * exponent
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            if digitCount <= 15, (-22...22).contains(scale) {
                let magnitude = scale < 0
                    ? Double(mantissa) / Self.powersOfTen[-scale] : Double(mantissa) * Self.powersOfTen[scale]
                return JSONNumber(double: negative ? -magnitude : magnitude, text: text)
            }
            guard let value = Double(text) else { throw .invalidNumber(at: start, "not a number") }
            return JSONNumber(double: value, text: text)
        }

        /// Consumes a run of digits, adding them to `mantissa` while it cannot overflow.
        private mutating func readDigits(into mantissa: inout Int, count: inout Int) {
            while isDigit(at: index) {
                if count < 18 { mantissa = mantissa * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
                count += 1
                index += 1
            }
        }

        private func isDigit(at position: Int) -> Bool {
            position < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position])
        }
    }
}
