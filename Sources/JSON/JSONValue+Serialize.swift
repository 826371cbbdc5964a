extension JSONValue {
    /// Compact JSON text for this value, numbers as they were written on the wire (``JSONWriter/value(_:)``).
    package var compactText: String {
        var json = JSONWriter()
        json.value(self)
        return json.text
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
