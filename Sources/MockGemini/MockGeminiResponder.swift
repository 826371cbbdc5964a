import GeminiWire
import HTTPTypes
package import Hummingbird
import JSON
import NIOCore
import ProxyCore
import Synchronization

/// mock-gemini's handler: the Gemini routes of both dialects (unary, SSE, JSON-array streams and
/// countTokens), deterministic per request body, with fault knobs from ``MockBehavior``.
package struct MockGeminiResponder: HTTPResponder {
    package typealias Context = BasicRequestContext

    let catalog: MockCatalog
    let defaults: MockBehavior
    let seed: UInt64
    let counter: MockCounter

    /// - Parameters:
    ///   - catalog: products to recommend.
    ///   - behavior: default knobs; the `x-mock-behavior` header overrides them per request.
    ///   - seed: mixes into fault decisions (which calls fail or hallucinate).
    package init(catalog: MockCatalog, behavior: MockBehavior, seed: UInt64 = 0) {
        self.catalog = catalog
        self.defaults = behavior
        self.seed = seed
        self.counter = MockCounter()
    }

    package func respond(to request: Request, context: Context) async throws -> Response {
        let path = request.head.path ?? "/"
        if GRPCRouteClassifier.isGRPC(contentType: request.headers[.contentType]) {
            return try await respondGRPC(to: request, path: path)
        }
        let route = RouteClassifier.classify(path: Substring(path))
        guard route.dialect != .other, request.method == .post,
            route.operation.isGeneration || route.operation == .countTokens
        else {
            return Self.json(MockResponseEncoder.error(status: 404, dialect: route.dialect, model: route.model), status: 404)
        }
        var behavior = defaults
        if let spec = request.headers[HTTPField.Name(MockBehavior.headerName)!] {
            do {
                behavior = try behavior.applying(spec)
            } catch {
                let body = #"{"error": {"code": 400,"message": \#(JSONWriter.quoted("mock-gemini: bad x-mock-behavior: \(error)")),"status": "INVALID_ARGUMENT"}}"#
                return Self.json(body, status: 400)
            }
        }
        let body = try await request.body.collect(upTo: 64 << 20)
        if let bearer = behavior.bearer, request.headers[.authorization] != "Bearer " + bearer {
            return Self.json(MockResponseEncoder.error(status: 401, dialect: route.dialect, model: route.model), status: 401)
        }
        let bytes = Array(body.readableBytesView)
        guard let parsed = try? JSONParser.parse(bytes) else {
            return Self.json(MockResponseEncoder.error(status: 400, dialect: route.dialect, model: route.model), status: 400)
        }
        let bodyHash = MockRandom.hash(bytes)
        var faults = MockRandom(seed: bodyHash ^ seed ^ (counter.next() &* 0x9E37_79B9_7F4A_7C15))
        if behavior.latency > .zero { try await Task.sleep(for: behavior.latency) }

        let prompt = MockAnswer.promptText(of: parsed)
        let modelVersion = route.model.hasPrefix("endpoints/") ? "gemini-2.0-flash" : route.model
        let encoder = MockResponseEncoder(
            route: route, modelVersion: modelVersion, responseID: String(bodyHash, radix: 36),
            createTime: "2026-11-01T12:00:00.\(zeroPadded6(bodyHash % 1_000_000))Z"
        )
        let gzip = behavior.gzip && Self.acceptsGzip(request.headers[values: .acceptEncoding])
        if route.operation == .countTokens {
            return Self.json(encoder.countTokens(tokens: MockAnswer.tokens(prompt), characters: prompt.count), status: 200, gzip: gzip)
        }
        if behavior.errorRate > 0, faults.unit() < behavior.errorRate {
            let status = behavior.errorStatus != 0 ? behavior.errorStatus : [429, 500, 503][Int(faults.next() % 3)]
            return Self.json(MockResponseEncoder.error(status: status, dialect: route.dialect, model: route.model), status: status)
        }
        let answer = request.headers[HTTPField.Name("x-outrigger-insights")!] != nil
            ? MockAnswer.insight(request: parsed, inventNumber: behavior.inventNumber)
            : MockAnswer.make(
                prompt: prompt, catalog: catalog, seed: bodyHash, faults: MockAnswer.Faults(drawing: behavior, from: &faults),
                long: behavior.longOutput, layout: behavior.layout, echo: behavior.echo
            )
        // Ground truth for tests and the demo.
        var headers = Self.groundTruthHeaders(answer)
        if route.operation == .generateContent {
            let json = encoder.response(
                text: answer.text, finished: true, usage: (answer.promptTokens, answer.candidatesTokens), finishReason: answer.finishReason
            )
            return Self.json(json, status: 200, extra: headers, gzip: gzip)
        }
        let midStreamError = behavior.midStreamErrorRate > 0 && faults.unit() < behavior.midStreamErrorRate
        let stream = MockStream(route: route, encoder: encoder, answer: answer, behavior: behavior, midStreamError: midStreamError)
        headers[.contentType] = route.streamFormat == .sse ? "text/event-stream" : "application/json; charset=UTF-8"
        if gzip { headers[.contentEncoding] = "gzip" }
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let compressor = gzip ? GzipCompressor() : nil
            for try await chunk in stream.chunks() {
                let bytes = compressor.map { ByteBuffer(bytes: $0.compress(Array(chunk.utf8), finish: false)) } ?? ByteBuffer(string: chunk)
                try await writer.write(bytes)
            }
            if let compressor { try await writer.write(ByteBuffer(bytes: compressor.compress([], finish: true))) }
            try await writer.finish(nil)
        })
    }

    static func json(_ body: String, status: Int, extra: HTTPFields = [:], gzip: Bool = false) -> Response {
        var headers = extra
        headers[.contentType] = "application/json; charset=UTF-8"
        guard gzip else {
            return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        headers[.contentEncoding] = "gzip"
        let compressed = GzipCompressor().compress(Array(body.utf8), finish: true)
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: compressed)))
    }

    /// Whether `Accept-Encoding` lists gzip (without `q=0`).
    static func acceptsGzip(_ values: [String]) -> Bool {
        values.contains { value in
            value.split(separator: ",").contains { item in
                let parts = item.split(separator: ";")
                let refused = parts.dropFirst().contains { $0.trimmingWhitespace().hasPrefix("q=0") && !$0.contains(where: { "123456789".contains($0) }) }
                return parts.first?.trimmingWhitespace().lowercased() == "gzip" && !refused
            }
        }
    }
}

/// Counts requests, so identical requests can still draw different faults.
final class MockCounter: Sendable {
    private let value = Atomic<UInt64>(0)
    func next() -> UInt64 { value.add(1, ordering: .relaxed).newValue }
}

/// `n` as zero-padded six digits.
func zeroPadded6(_ n: UInt64) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
}
