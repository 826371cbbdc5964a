import CZlib
import GeminiWire
import ProxyCore

/// Response bodies shaped like the captures in gemini.md §3–§5, plus helpers to feed them in pieces.
enum Fixtures {
    static let crlf2 = "\r\n\r\n"

    // MARK: SSE

    /// Vertex `alt=sse` (gemini-2.5-flash): `\r\n\r\n` framing, a thought part, `trafficType`-only
    /// intermediate usage, multibyte text, escapes and braces inside strings.
    static let vertexSSE = [
        #"data: {"candidates": [{"content": {"role": "model","parts": [{"text": "**Planning** the {answer} with \"quotes\"","thought": true}]}}],"usageMetadata": {"trafficType": "ON_DEMAND"},"modelVersion": "gemini-2.5-flash","createTime": "2025-07-28T16:02:47.774462Z","responseId": "J5-HaL6iL9OVhMIPkuG6iA8"}"#,
        #"data: {"candidates": [{"content": {"role": "model","parts": [{"text": "Café ☕ "}]}}],"usageMetadata": {"trafficType": "ON_DEMAND"},"modelVersion": "gemini-2.5-flash","createTime": "2025-07-28T16:02:47.774462Z","responseId": "J5-HaL6iL9OVhMIPkuG6iA8"}"#,
        #"data: {"candidates": [{"content": {"role": "model","parts": [{"text": "日本語 🚀\n"}]}}],"usageMetadata": {"trafficType": "ON_DEMAND"},"modelVersion": "gemini-2.5-flash","createTime": "2025-07-28T16:02:47.774462Z","responseId": "J5-HaL6iL9OVhMIPkuG6iA8"}"#,
        #"data: {"candidates": [{"content": {"role": "model","parts": [{"text": "Done \u00e9\ud83d\ude80 }]\\"}]},"finishReason": "STOP","safetyRatings": [{"category": "HARM_CATEGORY_HATE_SPEECH","probability": "NEGLIGIBLE","probabilityScore": 0.02,"severity": "HARM_SEVERITY_NEGLIGIBLE","severityScore": 0.05}],"avgLogprobs": -0.1}],"usageMetadata": {"promptTokenCount": 9,"candidatesTokenCount": 134,"totalTokenCount": 1210,"trafficType": "ON_DEMAND","promptTokensDetails": [{"modality": "TEXT","tokenCount": 9}],"candidatesTokensDetails": [{"modality": "TEXT","tokenCount": 134}],"thoughtsTokenCount": 1067},"modelVersion": "gemini-2.5-flash","createTime": "2025-07-28T16:02:47.774462Z","responseId": "J5-HaL6iL9OVhMIPkuG6iA8"}"#,
    ].map { $0 + crlf2 }.joined()

    static let vertexSSEText = "Café ☕ 日本語 🚀\nDone é🚀 }]\\"
    static let vertexSSEThought = "**Planning** the {answer} with \"quotes\""

    /// Developer API `alt=sse` with `\n\n` framing and a running `usageMetadata` on every chunk.
    static let geminiAPISSE = [
        #"data: {"candidates": [{"content": {"parts": [{"text": "The "}],"role": "model"},"index": 0}],"usageMetadata": {"promptTokenCount": 5,"candidatesTokenCount": 2,"totalTokenCount": 7,"promptTokensDetails": [{"modality": "TEXT","tokenCount": 5}]},"modelVersion": "models/gemini-2.0-flash","responseId": "a1"}"#,
        #"data: {"candidates": [{"content": {"parts": [{"text": "answer is "}],"role": "model"},"index": 0}],"usageMetadata": {"promptTokenCount": 5,"candidatesTokenCount": 20,"totalTokenCount": 25,"promptTokensDetails": [{"modality": "TEXT","tokenCount": 5}]},"modelVersion": "models/gemini-2.0-flash","responseId": "a1"}"#,
        #"data: {"candidates": [{"content": {"parts": [{"text": "42."}],"role": "model"},"finishReason": "STOP","index": 0}],"usageMetadata": {"promptTokenCount": 5,"candidatesTokenCount": 44,"totalTokenCount": 235,"thoughtsTokenCount": 186,"promptTokensDetails": [{"modality": "TEXT","tokenCount": 5}]},"modelVersion": "models/gemini-2.0-flash","responseId": "a1"}"#,
    ].map { $0 + "\n\n" }.joined()

    /// snake_case keys and int64 counts as strings, `\r\r` framing.
    static let snakeCaseSSE = [
        #"data: {"candidates":[{"content":{"parts":[{"text":"snake "}],"role":"model"}}],"usage_metadata":{"prompt_token_count":"4","candidates_token_count":"1","total_token_count":"5"},"model_version":"gemini-2.5-flash"}"#,
        #"data: {"candidates":[{"content":{"parts":[{"text":"case"}],"role":"model"},"finish_reason":"MAX_TOKENS"}],"usage_metadata":{"prompt_token_count":"4","candidates_token_count":"2","total_token_count":"6","cached_content_token_count":"1","prompt_tokens_details":[{"modality":"TEXT","token_count":"4"}],"traffic_type":"ON_DEMAND_FLEX"},"model_version":"gemini-2.5-flash"}"#,
    ].map { $0 + "\r\r" }.joined()

    static let partialChunk =
        #"data: {"candidates": [{"content": {"role": "model","parts": [{"text": "Partial "}]}}],"usageMetadata": {"trafficType": "ON_DEMAND"},"modelVersion": "gemini-2.5-flash"}"#
        + crlf2

    /// A mid-stream error sent as a `data:` event.
    static let sseErrorAsData = partialChunk
        + #"data: {"error": {"code": 503,"message": "The model is overloaded. Please try again later.","status": "UNAVAILABLE"}}"#
        + crlf2

    /// A mid-stream error sent as raw pretty-printed JSON (Firebase `streaming-failure-error-mid-stream.txt`).
    static let sseErrorAsRawJSON = partialChunk + """
        {
          "error": {
            "code": 503,
            "message": "The model is overloaded. Please try again later.",
            "status": "UNAVAILABLE"
          }
        }

        """

    // MARK: JSON array

    /// Default framing with `$alt=json;enum-encoding=int` (Vertex REST client): pretty objects joined by `\n,\r\n`.
    static let vertexIntArray = "[" + [
        """
        {
          "candidates": [
            {
              "content": {
                "role": "model",
                "parts": [
                  {
                    "text": "Café ☕ {not a brace} "
                  }
                ]
              }
            }
          ],
          "usageMetadata": {
            "trafficType": 1
          },
          "modelVersion": "gemini-2.5-flash",
          "createTime": "2025-07-28T16:02:47.774462Z",
          "responseId": "J5-HaL6iL9OVhMIPkuG6iA8"
        }
        """,
        #"""
        {
          "candidates": [
            {
              "content": {
                "role": "model",
                "parts": [
                  {
                    "text": "日本語 \"🚀\" \\ ]"
                  }
                ]
              },
              "finishReason": 1
            }
          ],
          "usageMetadata": {
            "promptTokenCount": 9,
            "candidatesTokenCount": 134,
            "totalTokenCount": 1210,
            "trafficType": 1,
            "promptTokensDetails": [
              {
                "modality": 1,
                "tokenCount": 9
              }
            ],
            "candidatesTokensDetails": [
              {
                "modality": 2,
                "tokenCount": 134
              }
            ],
            "thoughtsTokenCount": 1067
          },
          "modelVersion": "gemini-2.5-flash",
          "createTime": "2025-07-28T16:02:47.774462Z",
          "responseId": "J5-HaL6iL9OVhMIPkuG6iA8"
        }
        """#,
    ].joined(separator: "\n,\r\n") + "\n]"

    static let vertexIntArrayText = "Café ☕ {not a brace} 日本語 \"🚀\" \\ ]"

    /// An error element in the middle of a JSON-array stream (gemini-cli#6454).
    static let arrayWithError = "[" + [
        #"{"candidates": [{"content": {"role": "model","parts": [{"text": "Partial "}]}}],"modelVersion": "gemini-2.5-flash"}"#,
        """
        {
          "error": {
            "code": 429,
            "message": "Resource exhausted. Please try again later.",
            "status": "RESOURCE_EXHAUSTED"
          }
        }
        """,
    ].joined(separator: "\n,\r\n") + "\n]"

    // MARK: Helpers

    /// Decodes `body` fed in pieces cut at `splits` (sorted offsets).
    static func decode(
        _ body: [UInt8], dialect: Dialect = .vertex, format: StreamFormat, encoding: String? = nil,
        splits: [Int] = [], maxBufferedBytes: Int = 8 << 20
    ) -> ResponseSummary {
        var decoder = ResponseDecoder(
            dialect: dialect, format: format, contentEncoding: encoding, maxBufferedBytes: maxBufferedBytes)
        var start = 0
        for cut in splits + [body.count] where cut >= start {
            decoder.feed(Array(body[start..<cut]))
            start = cut
        }
        return decoder.finish()
    }

    /// Decodes `body` one byte per `feed`.
    static func decodeBytewise(
        _ body: [UInt8], dialect: Dialect = .vertex, format: StreamFormat, encoding: String? = nil
    ) -> ResponseSummary {
        var decoder = ResponseDecoder(dialect: dialect, format: format, contentEncoding: encoding)
        for byte in body { decoder.feed([byte]) }
        return decoder.finish()
    }

    /// Compresses with zlib's deflate; `windowBits` 31 gives gzip, 15 zlib, -15 raw deflate.
    static func compress(_ input: [UInt8], windowBits: Int32 = 31) -> [UInt8] {
        var stream = z_stream()
        precondition(deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 64)
        var input = input
        let produced = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<produced])
    }
}

/// A deterministic SplitMix64 generator, so random splits are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
