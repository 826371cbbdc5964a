import GeminiWire
import HTTPTypes
import Hummingbird
import NIOCore
import ProxyCore

extension MockGeminiResponder {
    /// The gRPC face: the Gemini methods of both dialects (gemini.md §6), with the same answers,
    /// knobs and faults as the REST face; faults become gRPC statuses in the trailers.
    func respondGRPC(to request: Request, path: String) async throws -> Response {
        let route = GRPCRouteClassifier.classify(path: Substring(path))
        guard route.dialect != .other, route.operation.isGeneration || route.operation == .countTokens else {
            return Self.grpcStatus(.unimplemented, "mock-gemini: unknown method \(path)")
        }
        var behavior = defaults
        if let spec = request.headers[HTTPField.Name(MockBehavior.headerName)!] {
            do {
                behavior = try behavior.applying(spec)
            } catch {
                return Self.grpcStatus(.invalidArgument, "mock-gemini: bad x-mock-behavior: \(error)")
            }
        }
        let body = try await request.body.collect(upTo: 64 << 20)
        var framer = GRPCMessageFramer(maxMessageBytes: 64 << 20, encoding: request.headers[HTTPField.Name("grpc-encoding")!])
        body.withUnsafeReadableBytes { framer.append($0) }
        guard let message = try? framer.next(),
            let summary = try? GRPCRequestDecoder.decode(message, dialect: route.dialect, operation: route.operation)
        else {
            return Self.grpcStatus(.invalidArgument, "mock-gemini: the request is not one well-framed \(route.operation.rawValue) message")
        }
        let named = route.naming(summary)
        let prompt = summary.prompt.messages.map(\.content).joined(separator: "\n")
        let bodyHash = MockRandom.hash(message)
        var faults = MockRandom(seed: bodyHash ^ seed ^ (counter.next() &* 0x9E37_79B9_7F4A_7C15))
        if behavior.latency > .zero { try await Task.sleep(for: behavior.latency) }
        if route.operation == .countTokens {
            let reply = GRPCMessageEncoder.countTokensResponse(dialect: route.dialect, totalTokens: MockAnswer.tokens(prompt))
            return Self.grpcMessages([reply], headers: [:], behavior: behavior, midStreamError: false)
        }
        if behavior.errorRate > 0, faults.unit() < behavior.errorRate {
            let status = behavior.errorStatus != 0 ? behavior.errorStatus : [429, 500, 503][Int(faults.next() % 3)]
            return Self.grpcStatus(Self.grpcCode(forHTTP: status), "mock-gemini: injected fault (HTTP \(status))")
        }
        let answer = MockAnswer.make(
            prompt: prompt, catalog: catalog, seed: bodyHash, faults: MockAnswer.Faults(drawing: behavior, from: &faults),
            long: behavior.longOutput, layout: behavior.layout, echo: behavior.echo
        )
        let headers = Self.groundTruthHeaders(answer)
        let modelVersion = named.model.hasPrefix("endpoints/") ? "gemini-2.0-flash" : named.model
        let stream = MockGRPCStream(
            dialect: route.dialect, answer: answer, behavior: behavior, modelVersion: modelVersion,
            responseID: String(bodyHash, radix: 36), streamed: route.operation == .streamGenerateContent
        )
        let midStreamError = stream.streamed && behavior.midStreamErrorRate > 0 && faults.unit() < behavior.midStreamErrorRate
        return Self.grpcMessages(
            stream.messages(), headers: headers, behavior: stream.streamed ? behavior : nil, midStreamError: midStreamError,
            reset: behavior.resetStream
        )
    }

    /// The answer's ground-truth headers (what it got wrong on purpose), as on the REST face.
    static func groundTruthHeaders(_ answer: MockAnswer) -> HTTPFields {
        var headers = HTTPFields()
        if !answer.hallucinatedIDs.isEmpty {
            headers[HTTPField.Name("x-mock-hallucinated")!] = answer.hallucinatedIDs.joined(separator: ",")
        }
        if !answer.faults.isEmpty { headers[HTTPField.Name("x-mock-faults")!] = answer.faults.joined(separator: ",") }
        if !answer.swappedNameIDs.isEmpty {
            headers[HTTPField.Name("x-mock-swapped-names")!] = answer.swappedNameIDs.joined(separator: ",")
        }
        if !answer.wrongPriceIDs.isEmpty {
            headers[HTTPField.Name("x-mock-wrong-prices")!] = answer.wrongPriceIDs.joined(separator: ",")
        }
        if !answer.faults.contains("refusal") { headers[HTTPField.Name("x-mock-layout")!] = answer.layout.rawValue }
        return headers
    }

    /// Messages framed and written one by one (paced by `behavior` when streaming), then
    /// `grpc-status: 0`, or `UNAVAILABLE` halfway through for a mid-stream fault.
    static func grpcMessages(
        _ messages: [[UInt8]], headers: HTTPFields, behavior: MockBehavior?, midStreamError: Bool, reset: Bool = false
    ) -> Response {
        var headers = headers
        headers[.contentType] = "application/grpc"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let stopAt = midStreamError || reset ? max(1, messages.count / 2) : messages.count
            for (index, message) in messages.prefix(stopAt).enumerated() {
                if let behavior {
                    let delay = index == 0 ? behavior.timeToFirstChunk : behavior.chunkInterval
                    if delay > .zero { try await Task.sleep(for: delay) }
                }
                try await writer.write(ByteBuffer(bytes: GRPCMessageFramer.frame(message)))
            }
            // Throwing from the body makes the server reset the HTTP/2 stream.
            if reset { throw MockStreamReset() }
            let code: GRPCStatusCode = midStreamError ? .unavailable : .ok
            try await writer.finish(statusTrailers(code, midStreamError ? "The model is overloaded. Please try again later." : nil))
        })
    }

    /// A trailers-only style answer: no message, just the status.
    static func grpcStatus(_ code: GRPCStatusCode, _ message: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/grpc"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.finish(statusTrailers(code, message))
        })
    }

    static func statusTrailers(_ code: GRPCStatusCode, _ message: String?) -> HTTPFields {
        var trailers = HTTPFields()
        trailers[HTTPField.Name("grpc-status")!] = String(code.rawValue)
        if let message { trailers[HTTPField.Name("grpc-message")!] = GRPCStatusCode.encodeMessage(message) }
        return trailers
    }

    /// The status Google's gRPC face answers where its REST face answers `status`.
    static func grpcCode(forHTTP status: Int) -> GRPCStatusCode {
        switch status {
        case 429: .resourceExhausted
        case 400: .invalidArgument
        case 403: .permissionDenied
        case 404: .notFound
        case 500: .internal
        case 504: .deadlineExceeded
        default: .unavailable
        }
    }
}

/// The messages of one mock answer over gRPC: one for a unary call, or the stream's pieces, with
/// usage as each dialect sends it (Vertex on the last message only, the Developer API cumulative).
struct MockGRPCStream {
    let dialect: Dialect
    let answer: MockAnswer
    let behavior: MockBehavior
    let modelVersion: String
    let responseID: String
    let streamed: Bool

    func messages() -> [[UInt8]] {
        guard streamed else { return [message(answer.text, last: true, candidates: answer.candidatesTokens)] }
        let pieces = MockStream.pieces(of: answer.text, chunks: behavior.chunks)
        var sent = ""
        return pieces.enumerated().map { index, piece in
            sent += piece
            let last = index == pieces.count - 1
            return message(piece, last: last, candidates: last ? answer.candidatesTokens : MockAnswer.tokens(sent))
        }
    }

    private func message(_ text: String, last: Bool, candidates: Int) -> [UInt8] {
        var usage: TokenUsage?
        if last || dialect == .geminiAPI {
            var counts = TokenUsage()
            counts.promptTokens = answer.promptTokens
            counts.candidatesTokens = candidates
            counts.totalTokens = answer.promptTokens + candidates
            if dialect == .vertex { counts.trafficType = "ON_DEMAND" }
            usage = counts
        }
        return GRPCMessageEncoder.generateContentResponse(
            dialect: dialect, text: text, finishReason: last ? answer.finishReason : nil, usage: usage,
            modelVersion: modelVersion, responseId: responseID
        )
    }
}

/// Thrown to cut a gRPC answer short (the `reset` knob).
struct MockStreamReset: Error {}
