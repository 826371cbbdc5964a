import ProtoWire
package import ProxyCore

/// Builds Gemini gRPC messages (gemini.md §6) for the mock server and the load generator: requests as the
/// SDKs send them, answers as Google sends them. Each returns one unframed message; frame it with
/// ``GRPCMessageFramer/frame(_:compressed:)``. The `.other` dialect has no messages: it gives empty bytes.
package enum GRPCMessageEncoder {
    /// One turn: a Gemini role (`user`, `model`) and its text parts.
    package typealias Turn = (role: String, texts: [String])

    /// A `GenerateContentRequest`.
    /// - Parameters:
    ///   - dialect: Which API's field numbers to use.
    ///   - model: The resource name: `projects/p/locations/l/publishers/google/models/m` or `models/m`.
    ///   - contents: The conversation, oldest turn first.
    ///   - systemInstruction: Text of the system instruction, if any.
    ///   - temperature: `generation_config.temperature`, if set.
    ///   - maxOutputTokens: `generation_config.max_output_tokens`, if set.
    package static func generateContentRequest(
        dialect: Dialect, model: String, contents: [Turn], systemInstruction: String? = nil,
        temperature: Float? = nil, maxOutputTokens: Int? = nil
    ) -> [UInt8] {
        guard let fields = GRPCFields.of(dialect) else { return [] }
        let numbers = fields.generateRequest
        var writer = ProtoWriter()
        writer.string(numbers.model, model)
        for turn in contents {
            writer.message(numbers.contents, content(turn, fields: fields))
        }
        if temperature != nil || maxOutputTokens != nil {
            writer.message(numbers.generationConfig) { config in
                // `optional` fields: written even when zero.
                if let temperature { config.float(fields.generationConfig.temperature, temperature) }
                if let maxOutputTokens {
                    config.tag(fields.generationConfig.maxOutputTokens, .varint)
                    config.varint(UInt64(bitPattern: Int64(Int32(clamping: maxOutputTokens))))
                }
            }
        }
        if let systemInstruction {
            writer.message(numbers.systemInstruction, content((role: "", texts: [systemInstruction]), fields: fields))
        }
        return writer.bytes
    }

    /// A `CountTokensRequest`. Vertex names the model in `endpoint` (which its REST path binds) and `model`,
    /// as the `vertexai` SDK does; the Developer API in `model`.
    /// - Parameters:
    ///   - dialect: Which API's field numbers to use.
    ///   - model: The resource name.
    ///   - contents: The conversation to count.
    ///   - systemInstruction: Vertex only; the Developer API's request has no such field, so it is left out.
    package static func countTokensRequest(
        dialect: Dialect, model: String, contents: [Turn], systemInstruction: String? = nil
    ) -> [UInt8] {
        guard let fields = GRPCFields.of(dialect) else { return [] }
        let numbers = fields.countRequest
        var writer = ProtoWriter()
        if numbers.endpoint != 0 { writer.string(numbers.endpoint, model) }
        writer.string(numbers.model, model)
        for turn in contents {
            writer.message(numbers.contents, content(turn, fields: fields))
        }
        if let systemInstruction, numbers.systemInstruction != 0 {
            writer.message(numbers.systemInstruction, content((role: "", texts: [systemInstruction]), fields: fields))
        }
        return writer.bytes
    }

    /// A `CountTokensResponse`.
    /// - Parameters:
    ///   - dialect: Which API's field numbers to use.
    ///   - totalTokens: `total_tokens`.
    package static func countTokensResponse(dialect: Dialect, totalTokens: Int) -> [UInt8] {
        guard let fields = GRPCFields.of(dialect) else { return [] }
        var writer = ProtoWriter()
        writer.int(fields.countResponse.totalTokens, Int64(Int32(clamping: totalTokens)))
        return writer.bytes
    }

    /// A `Content`: role and one text part per element of `texts`.
    static func content(_ turn: Turn, fields: GRPCFields) -> [UInt8] {
        var writer = ProtoWriter()
        writer.string(fields.content.role, turn.role)
        for text in turn.texts {
            writer.message(fields.content.parts) { part in
                part.message(fields.part.text, Array(text.utf8))
            }
        }
        return writer.bytes
    }
}
