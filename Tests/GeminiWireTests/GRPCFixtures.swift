import GeminiWire
import ProxyCore

/// Helpers to run both decoders over equivalent bodies.
enum GRPCFixtures {
    /// `messages` framed as a gRPC body; each message gzip-compressed when `compressed`.
    static func body(_ messages: [[UInt8]], compressed: Bool = false) -> [UInt8] {
        messages.flatMap { message in
            compressed
                ? GRPCMessageFramer.frame(Fixtures.compress(message), compressed: true)
                : GRPCMessageFramer.frame(message)
        }
    }

    /// A gRPC body decoded in pieces cut at `splits`.
    static func decode(
        _ body: [UInt8], dialect: Dialect, operation: LLMOperation = .streamGenerateContent,
        encoding: String? = nil, splits: [Int] = [], maxBufferedBytes: Int = 8 << 20
    ) -> ResponseSummary {
        var decoder = GRPCResponseDecoder(
            dialect: dialect, operation: operation, grpcEncoding: encoding, maxBufferedBytes: maxBufferedBytes
        )
        var start = 0
        for cut in splits + [body.count] where cut >= start && cut <= body.count {
            decoder.feed(Array(body[start..<cut]))
            start = cut
        }
        return decoder.finish()
    }

    /// JSON objects as an SSE body, for ``ResponseDecoder``.
    static func sse(_ objects: [String]) -> [UInt8] {
        Array(objects.map { "data: " + $0 + "\r\n\r\n" }.joined().utf8)
    }
}
