import GeminiWire
import JSON

/// Masks personal data in the user's text parts of a request before it is forwarded
/// (`guards.redact_prompts`). System instructions, model turns and tool data are left alone.
enum PromptRedaction {
    static func redactUserText(_ request: JSONValue, redact: (String) -> String) -> JSONValue {
        guard case .object(let members) = request else { return request }
        return .object(members.map { member in
            guard member.key == "contents", case .array(let contents) = member.value else { return member }
            return (member.key, .array(contents.map { content in
                let role = content["role"]?.stringValue ?? "user"
                guard role == "user", case .object(let fields) = content else { return content }
                return .object(fields.map { field in
                    guard field.key == "parts", case .array(let parts) = field.value else { return field }
                    return (field.key, .array(parts.map { part in
                        guard case .object(let partFields) = part else { return part }
                        return .object(partFields.map { ($0.key, $0.key == "text" ? $0.value.mappingStrings(redact) : $0.value) })
                    }))
                })
            }))
        })
    }
}
