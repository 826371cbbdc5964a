/// A parsed JSON document, as produced by ``JSONParser``.
///
/// Objects keep their members in wire order (duplicates included) instead of a dictionary: response and
/// request objects have few keys, a linear scan is cheaper than hashing every key, and it lets
/// ``subscript(_:)-(String)`` match both spellings of a proto3 field name.
///
/// Not `indirect`: the recursion goes through `Array` storage, so a box per scalar would only cost allocations.
package enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// A number, with its wire text (``JSONNumber/text``).
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    /// Members in the order they appear on the wire.
    case object([(key: String, value: JSONValue)])
}

// MARK: - Accessors

extension JSONValue {
    /// The member whose key matches `key` under proto3 JSON naming, or `nil`.
    ///
    /// Proto3 JSON accepts both the lowerCamel JSON name and the original snake_case field name
    /// (<https://protobuf.dev/programming-guides/json/>: "Parsers accept both the lowerCamelCase name
    /// … and the original proto field name"), so `j["usageMetadata"]` also finds `"usage_metadata"`,
    /// and `j["usage_metadata"]` finds `"usageMetadata"`. The first matching member wins.
    /// - Parameters:
    ///   - key: A field name in either spelling.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for member in members where member.key == key {
            return member.value
        }
        for member in members where Self.protoKeysMatch(member.key, key) {
            return member.value
        }
        return nil
    }

    /// The array element at `index`, or `nil` when this is not an array or the index is out of range.
    /// - Parameters:
    ///   - index: A zero-based element index.
    package subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The string payload, or `nil` for any other kind.
    package var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The boolean payload, or `nil` for any other kind.
    package var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// The elements of an array, or `nil` for any other kind.
    package var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members of an object in wire order, or `nil` for any other kind.
    package var objectValue: [(key: String, value: JSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// A number's text exactly as written on the wire, or `nil` for any other kind.
    package var numberText: String? {
        if case .number(let number) = self { return number.text }
        return nil
    }

    /// The kind with its article, for messages: `a string`, `a number`, `a boolean`, `null`,
    /// `an object`, `an array`.
    package var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// Whether this is JSON `null`.
    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// An integer from a whole JSON number or from a decimal string.
    ///
    /// Proto3 JSON writes `int64`/`uint64` as strings ("int64, fixed64, uint64: JSON value will be a
    /// decimal string. Either numbers or strings are accepted."), so both forms are read here.
    /// Fractional or out-of-range numbers give `nil`.
    package var intValue: Int? {
        switch self {
        case .number(let wire):
            let number = wire.double
            guard number.rounded(.towardZero) == number,
                  number >= -9_223_372_036_854_775_808.0, number < 9_223_372_036_854_775_808.0
            else { return nil }
            return Int(number)
        case .string(let text):
            return Int(text)
        default:
            return nil
        }
    }

    /// A floating-point value from a JSON number or a numeric string.
    package var doubleValue: Double? {
        switch self {
        case .number(let number): return number.double
        case .string(let text): return Double(text)
        default: return nil
        }
    }
}

// MARK: - Proto3 key matching

extension JSONValue {
    /// Whether two keys name the same proto3 field, comparing both after the protoc JSON-name mapping
    /// (drop each `_` and upper-case the ASCII letter after it). Allocation-free.
    /// - Parameters:
    ///   - lhs: A key as written on the wire.
    ///   - rhs: A key in either spelling.
    static func protoKeysMatch(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                var leftIndex = 0
                var rightIndex = 0
                while true {
                    let leftByte = nextJSONNameByte(left, &leftIndex)
                    guard leftByte == nextJSONNameByte(right, &rightIndex) else { return false }
                    if leftByte < 0 { return true }
                }
            }
        }
    }

    /// The next byte of a key under the JSON-name mapping (`_x` reads as `X`), or -1 at the end.
    private static func nextJSONNameByte(_ key: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int {
        guard index < key.count else { return -1 }
        let byte = key[index]
        index += 1
        guard byte == UInt8(ascii: "_") else { return Int(byte) }
        guard index < key.count else { return -1 }
        let next = key[index]
        index += 1
        return Int((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next) ? next - 32 : next)
    }
}

// MARK: - Hashable

extension JSONValue: Hashable {
    /// Structural equality; objects compare member by member in wire order.
    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let left), .bool(let right)): return left == right
        case (.number(let left), .number(let right)): return left == right
        case (.string(let left), .string(let right)): return left == right
        case (.array(let left), .array(let right)): return left == right
        case (.object(let left), .object(let right)):
            return left.count == right.count
                && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    package func hash(into hasher: inout Hasher) {
        switch self {
        case .null:
            hasher.combine(0)
        case .bool(let flag):
            hasher.combine(1)
            hasher.combine(flag)
        case .number(let number):
            hasher.combine(2)
            hasher.combine(number)
        case .string(let text):
            hasher.combine(3)
            hasher.combine(text)
        case .array(let elements):
            hasher.combine(4)
            hasher.combine(elements)
        case .object(let members):
            hasher.combine(5)
            hasher.combine(members.count)
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        }
    }
}
