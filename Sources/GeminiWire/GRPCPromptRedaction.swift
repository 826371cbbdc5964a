package import ProtoWire
package import ProxyCore

/// Masks personal data in the user's text parts of a gRPC `GenerateContentRequest` or
/// `CountTokensRequest` message before it is forwarded (`guards.redact_prompts`), as
/// `PromptRedaction` does for REST JSON. System instructions, model turns, tool data and every
/// other field keep their bytes exactly as sent; only a changed text part is re-encoded.
package enum GRPCPromptRedaction {
    /// The message with each user text part passed through `redact`, or nil when nothing changed
    /// (or the dialect and operation carry no prompt).
    /// - Parameters:
    ///   - message: One request message (unframed, decompressed; see ``GRPCMessageFramer``).
    ///   - dialect: The route's dialect; it selects the field numbers.
    ///   - operation: The route's operation: generate, stream or countTokens.
    ///   - redact: Returns the text with personal data masked.
    package static func redactUserText(
        _ message: [UInt8], dialect: Dialect, operation: LLMOperation, redact: (String) -> String
    ) throws(ProtoError) -> [UInt8]? {
        guard let fields = GRPCFields.of(dialect) else { return nil }
        let contents: Int
        switch operation {
        case .generateContent, .streamGenerateContent: contents = fields.generateRequest.contents
        case .countTokens: contents = fields.countRequest.contents
        default: return nil
        }
        return try rewrite(ProtoReader(message), field: contents) { content throws(ProtoError) in
            try userContent(content, fields: fields, redact: redact)
        }
    }

    /// A `Content` with its text parts redacted when its role is `user` (or unset); nil otherwise.
    private static func userContent(_ content: ProtoReader, fields: GRPCFields, redact: (String) -> String) throws(ProtoError) -> [UInt8]? {
        var scan = content
        while let (field, value) = try scan.next() {
            if field == fields.content.role, case .bytes(let role) = value, role.string != "user" { return nil }
        }
        return try rewrite(content, field: fields.content.parts) { part throws(ProtoError) in
            try rewrite(part, field: fields.part.text) { text in
                let original = text.string
                let redacted = redact(original)
                return redacted == original ? nil : Array(redacted.utf8)
            }
        }
    }

    /// `reader`'s message with each length-delimited `field` replaced by what `transform` returns
    /// for it (nil keeps it); nil when nothing was replaced.
    private static func rewrite(
        _ reader: ProtoReader, field target: Int, _ transform: (ProtoReader) throws(ProtoError) -> [UInt8]?
    ) throws(ProtoError) -> [UInt8]? {
        var reader = reader
        var writer = ProtoWriter()
        var changed = false
        var output: [UInt8] = []
        while let (field, value, raw) = try reader.nextWithRawBytes() {
            if field == target, case .bytes(let inner) = value, let replacement = try transform(inner) {
                writer.message(field, replacement)
                output += writer.bytes
                writer = ProtoWriter()
                changed = true
            } else {
                output += raw
            }
        }
        return changed ? output : nil
    }
}
