extension JSONValue {
    /// Compact JSON text for this value (numbers as they were written on the wire).
    package var compactText: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += value.text
        case .string(let text): out += JSONText.quoted(text)
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                element.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                out += JSONText.quoted(member.key)
                out += ":"
                member.value.write(into: &out)
            }
            out += "}"
        }
    }
}

extension JSONValue {
    /// The same document with `transform` applied to every string value (keys untouched).
    package func mappingStrings(_ transform: (String) -> String) -> JSONValue {
        switch self {
        case .string(let text): .string(transform(text))
        case .array(let elements): .array(elements.map { $0.mappingStrings(transform) })
        case .object(let members): .object(members.map { ($0.key, $0.value.mappingStrings(transform)) })
        default: self
        }
    }
}
