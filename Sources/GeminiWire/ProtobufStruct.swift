import JSON
import ProtoWire

/// `google.protobuf.Struct`, `Value` and `ListValue` (google/protobuf/struct.proto) to and from ``JSONValue``:
/// the `args` of a function call and the `response` of a function response.
///
/// `message Struct { map<string, Value> fields = 1; }` (a map entry is key=1, value=2);
/// `message Value { oneof kind { NullValue null_value = 1; double number_value = 2; string string_value = 3;
/// bool bool_value = 4; Struct struct_value = 5; ListValue list_value = 6; } }`;
/// `message ListValue { repeated Value values = 1; }`. Entries keep their wire order, as JSON objects do here.
enum ProtobufStruct {
    /// Nesting allowed, the same as the JSON parser's, so hostile input cannot overflow the stack.
    static let maxDepth = JSONParser.defaultMaxDepth

    /// A `Struct` as a JSON object.
    static func object(_ reader: ProtoReader, depth: Int = 1) throws(ProtoError) -> JSONValue {
        guard depth <= maxDepth else { throw .nestingTooDeep(limit: maxDepth) }
        var reader = reader
        var members: [(key: String, value: JSONValue)] = []
        while let (field, value) = try reader.next() {
            guard field == 1, var entry = value.message else { continue }
            var key = ""
            var member = JSONValue.null
            while let (entryField, entryValue) = try entry.next() {
                switch (entryField, entryValue) {
                case (1, .bytes(let text)): key = text.string
                case (2, .bytes(let inner)): member = try self.value(inner, depth: depth)
                default: break
                }
            }
            members.append((key, member))
        }
        return .object(members)
    }

    /// A `Value` as JSON; one whose kind is unset is `null`.
    static func value(_ reader: ProtoReader, depth: Int) throws(ProtoError) -> JSONValue {
        var reader = reader
        var result = JSONValue.null
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (1, .varint): result = .null
            case (2, .fixed64(let bits)): result = .number(JSONNumber(Double(bitPattern: bits)))
            case (3, .bytes(let text)): result = .string(text.string)
            case (4, .varint(let flag)): result = .bool(flag != 0)
            case (5, .bytes(let inner)): result = try object(inner, depth: depth + 1)
            case (6, .bytes(let inner)): result = try list(inner, depth: depth + 1)
            default: break
            }
        }
        return result
    }

    private static func list(_ reader: ProtoReader, depth: Int) throws(ProtoError) -> JSONValue {
        guard depth <= maxDepth else { throw .nestingTooDeep(limit: maxDepth) }
        var reader = reader
        var elements: [JSONValue] = []
        while let (field, value) = try reader.next() {
            if field == 1, let inner = value.message { elements.append(try self.value(inner, depth: depth)) }
        }
        return .array(elements)
    }

    /// The `Struct` for a JSON object; members of anything else are none, so it encodes as `{}`.
    static func encode(object: JSONValue) -> [UInt8] {
        var writer = ProtoWriter()
        guard case .object(let members) = object else { return [] }
        for member in members {
            writer.message(1) { entry in
                entry.message(1, Array(member.key.utf8))
                entry.message(2, encode(value: member.value))
            }
        }
        return writer.bytes
    }

    /// The `Value` for any JSON value. Every kind is written even when zero: oneof members have presence.
    static func encode(value: JSONValue) -> [UInt8] {
        var writer = ProtoWriter()
        switch value {
        case .null:
            writer.tag(1, .varint)
            writer.varint(0)
        case .number(let number):
            writer.double(2, number.double)
        case .string(let text):
            writer.message(3, Array(text.utf8))
        case .bool(let flag):
            writer.tag(4, .varint)
            writer.varint(flag ? 1 : 0)
        case .object:
            writer.message(5, encode(object: value))
        case .array(let elements):
            writer.message(6) { list in
                for element in elements { list.message(1, encode(value: element)) }
            }
        }
        return writer.bytes
    }
}
