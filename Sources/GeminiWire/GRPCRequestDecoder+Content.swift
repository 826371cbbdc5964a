import JSON
import ProtoWire
import ProxyCore

/// `Content` and `Part` messages read as ``PromptExtractor/message(from:role:)`` reads their JSON, so a
/// gRPC call and the same call over REST give the same ``PromptMessage``.
extension GRPCRequestDecoder {
    /// What one `Part` carries; `data` is a oneof, so the last member on the wire wins.
    private enum PartData {
        case none
        case text(String)
        case functionCall(PromptToolCall)
        case functionResponse(PromptToolCall)
        case inlineData(mimeType: String, byteCount: Int)
        case fileData(mimeType: String, uri: String)
    }

    /// One `Content` message as a prompt message.
    /// - Parameters:
    ///   - reader: The message's bytes.
    ///   - defaultRole: The Gemini role when none is sent (`user`, or `system` for the system instruction).
    ///   - fields: The dialect's field numbers.
    static func promptMessage(_ reader: ProtoReader, defaultRole: String, fields: GRPCFields) throws(ProtoError) -> PromptMessage {
        var reader = reader
        var geminiRole = ""
        var message = PromptMessage(role: "", content: "")
        var texts: [String] = []
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (fields.content.role, .bytes(let text)):
                geminiRole = text.string
            case (fields.content.parts, .bytes(let part)):
                var thought = false
                switch try self.part(part, fields: fields, thought: &thought) {
                case .none: break
                case .text(let text): if !thought { texts.append(text) }
                case .functionCall(let call): message.toolCalls.append(call)
                case .functionResponse(let result): message.toolResults.append(result)
                case .inlineData(let mimeType, let byteCount):
                    texts.append("[\(mimeType.isEmpty ? "inline data" : mimeType), \(byteCount) bytes]")
                case .fileData(let mimeType, let uri):
                    texts.append("[\(mimeType.isEmpty ? "file" : mimeType): \(uri)]")
                }
            default:
                break
            }
        }
        // proto3 JSON omits an empty role, so the JSON path falls back to the default too.
        message.role = PromptExtractor.role(geminiRole.isEmpty ? defaultRole : geminiRole)
        if !message.toolResults.isEmpty, message.role == "user" { message.role = "tool" }
        message.content = texts.joined(separator: "\n")
        return message
    }

    private static func part(_ reader: ProtoReader, fields: GRPCFields, thought: inout Bool) throws(ProtoError) -> PartData {
        var reader = reader
        var data = PartData.none
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (fields.part.text, .bytes(let text)):
                data = .text(text.string)
            case (fields.part.thought, .varint(let flag)):
                thought = flag != 0
            case (fields.part.functionCall, .bytes(let call)):
                data = .functionCall(try toolCall(call, emptyPayload: .object([]), fields: fields))
            case (fields.part.functionResponse, .bytes(let response)):
                data = .functionResponse(try toolCall(response, emptyPayload: .null, fields: fields))
            case (fields.part.inlineData, .bytes(let blob)):
                let (mimeType, bytes) = try mediaFields(blob)
                data = .inlineData(mimeType: mimeType, byteCount: base64DecodedSize(bytes.remainingCount))
            case (fields.part.fileData, .bytes(let file)):
                let (mimeType, uri) = try mediaFields(file)
                data = .fileData(mimeType: mimeType, uri: uri.string)
            default:
                break
            }
        }
        return data
    }

    /// A `FunctionCall` (args) or `FunctionResponse` (response): name, the payload as compact JSON, id.
    /// - Parameters:
    ///   - emptyPayload: What the JSON path uses when the payload is absent: `{}` for args, `null` for a response.
    static func toolCall(_ reader: ProtoReader, emptyPayload: JSONValue, fields: GRPCFields) throws(ProtoError) -> PromptToolCall {
        var reader = reader
        var call = PromptToolCall(name: "", json: "")
        var payload = emptyPayload
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (fields.functionCall.name, .bytes(let text)): call.name = text.string
            case (fields.functionCall.payload, .bytes(let inner)): payload = try ProtobufStruct.object(inner)
            case (fields.functionCall.id, .bytes(let text)) where text.hasBytes: call.id = text.string
            default: break
            }
        }
        call.json = payload.compactText
        return call
    }

    /// `Blob` (mime_type=1, data=2) or `FileData` (mime_type=1, file_uri=2), the same in both dialects.
    private static func mediaFields(_ reader: ProtoReader) throws(ProtoError) -> (mimeType: String, second: ProtoReader) {
        var reader = reader
        var mimeType = ""
        var second = ProtoReader([])
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (1, .bytes(let text)): mimeType = text.string
            case (2, .bytes(let bytes)): second = bytes
            default: break
            }
        }
        return (mimeType, second)
    }

    /// The size the JSON path reports for `count` bytes: it sees them as padded base64 and takes ¾ of its length.
    static func base64DecodedSize(_ count: Int) -> Int {
        (count + 2) / 3 * 4 * 3 / 4
    }
}
