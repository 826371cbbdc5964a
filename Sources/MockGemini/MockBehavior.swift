import ProxyCore

/// Fault and shape knobs for mock-gemini, set by flags and overridable per request with the
/// `x-mock-behavior` header (`latency=50ms, chunks=8, error_rate=0.2, error_status=429`).
package struct MockBehavior: Sendable, Equatable {
    /// Delay before the response head.
    package var latency: Duration = .zero
    /// Delay between the head and the first stream chunk.
    package var timeToFirstChunk: Duration = .zero
    /// Number of chunks a streamed answer is split into.
    package var chunks: Int = 4
    /// Delay between stream chunks.
    package var chunkInterval: Duration = .zero
    /// Fraction of calls answered with an error status instead of content.
    package var errorRate: Double = 0
    /// The error status used: 429, 500 or 503; 0 picks one of them per error.
    package var errorStatus: Int = 429
    /// Fraction of streamed calls that end with an error object after half the chunks.
    package var midStreamErrorRate: Double = 0
    /// Fraction of answers that recommend a product ID that is not in the catalog.
    package var hallucinationRate: Double = 0
    /// Fraction of answers where one product line names a different catalog product than its ID.
    package var swapNameRate: Double = 0
    /// Fraction of answers where one product line states a price 25 % off the catalog's.
    package var wrongPriceRate: Double = 0
    /// Fraction of answers that are a refusal ("I'm sorry, but I can't help with that.").
    package var refusalRate: Double = 0
    /// Fraction of answers that repeat one sentence over and over.
    package var loopRate: Double = 0
    /// Fraction of answers cut in half with `finishReason: MAX_TOKENS`.
    package var truncateRate: Double = 0
    /// Answer at length (about 40 sentences) instead of 2–3 recommendations.
    package var longOutput: Bool = false
    /// The layout of product lines (`MockAnswerLayout`); nil picks one per answer.
    package var layout: MockAnswerLayout? = nil
    /// gzip the response when the request's `Accept-Encoding` allows it, as Google does.
    package var gzip: Bool = true
    /// gRPC face: reset the HTTP/2 stream halfway through the answer instead of finishing it.
    package var resetStream: Bool = false
    /// Answer with the prompt as received (user and system text), for tests of what reached Google.
    package var echo: Bool = false
    /// Outrigger's health-report call: add a figure the facts do not hold (the fact check must refuse it).
    package var inventNumber: Bool = false
    /// When set, REST calls must carry `Authorization: Bearer <this>` or get 401 UNAUTHENTICATED,
    /// as Vertex AI answers a missing or expired token.
    package var bearer: String? = nil

    package init() {}

    /// Header carrying per-request overrides.
    package static let headerName = "x-mock-behavior"

    /// Returns a copy with the overrides in `spec` applied.
    /// - Parameter spec: `key=value` pairs separated by `,` or `;`. Keys: `latency`, `ttfc`,
    ///   `chunks`, `interval`, `error_rate`, `error_status`, `midstream_error` (rate, or `true` = 1),
    ///   `hallucination_rate`, `swap_name_rate`, `wrong_price_rate`, `refusal_rate`, `loop_rate`,
    ///   `truncate_rate`, `long`, `gzip`, `reset` (gRPC: cut the stream halfway), `echo` (answer with
    ///   the prompt) and `invent_number` (the health report quotes a figure not in the facts)
    ///   (`true`/`false`), `bearer` (the token REST calls must carry), `layout` (`bold_list`, `name_paren_id`,
    ///   `id_first`, `table`, `link`, `prose`, or `mixed`: one per answer).
    package func applying(_ spec: String) throws(MockBehaviorError) -> MockBehavior {
        var copy = self
        for item in spec.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0.trimmingWhitespace()) }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw MockBehaviorError(message: "expected key=value, got '\(item.trimmingWhitespace())'")
            }
            let (key, value) = (parts[0].lowercased(), parts[1])
            switch key {
            case "latency": copy.latency = try Self.duration(value, key)
            case "ttfc", "time_to_first_chunk": copy.timeToFirstChunk = try Self.duration(value, key)
            case "interval", "chunk_interval": copy.chunkInterval = try Self.duration(value, key)
            case "chunks":
                guard let n = Int(value), (1...10_000).contains(n) else { throw .init(message: "chunks must be 1…10000") }
                copy.chunks = n
            case "error_rate": copy.errorRate = try Self.rate(value, key)
            case "error_status":
                guard let n = Int(value), [0, 429, 500, 503].contains(n) else {
                    throw .init(message: "error_status must be 429, 500, 503 or 0 (mixed)")
                }
                copy.errorStatus = n
            case "midstream_error", "midstream_error_rate":
                copy.midStreamErrorRate = value == "true" ? 1 : value == "false" ? 0 : try Self.rate(value, key)
            case "hallucination_rate": copy.hallucinationRate = try Self.rate(value, key)
            case "swap_name_rate": copy.swapNameRate = try Self.rate(value, key)
            case "wrong_price_rate": copy.wrongPriceRate = try Self.rate(value, key)
            case "refusal_rate": copy.refusalRate = try Self.rate(value, key)
            case "loop_rate": copy.loopRate = try Self.rate(value, key)
            case "truncate_rate": copy.truncateRate = try Self.rate(value, key)
            case "long":
                guard value == "true" || value == "false" else { throw .init(message: "long must be true or false") }
                copy.longOutput = value == "true"
            case "layout":
                guard value == "mixed" || MockAnswerLayout(rawValue: value) != nil else {
                    let names = MockAnswerLayout.allCases.map(\.rawValue).joined(separator: ", ")
                    throw .init(message: "layout must be one of \(names) or mixed")
                }
                copy.layout = MockAnswerLayout(rawValue: value)
            case "gzip":
                guard value == "true" || value == "false" else { throw .init(message: "gzip must be true or false") }
                copy.gzip = value == "true"
            case "reset":
                guard value == "true" || value == "false" else { throw .init(message: "reset must be true or false") }
                copy.resetStream = value == "true"
            case "invent_number":
                guard value == "true" || value == "false" else { throw .init(message: "invent_number must be true or false") }
                copy.inventNumber = value == "true"
            case "echo":
                guard value == "true" || value == "false" else { throw .init(message: "echo must be true or false") }
                copy.echo = value == "true"
            case "bearer":
                guard !value.isEmpty else { throw .init(message: "bearer must be a token") }
                copy.bearer = value
            default:
                throw MockBehaviorError(message: "unknown mock behavior '\(key)'")
            }
        }
        return copy
    }

    private static func rate(_ value: String, _ key: String) throws(MockBehaviorError) -> Double {
        guard let r = Double(value), (0...1).contains(r) else { throw .init(message: "\(key) must be a number in 0…1") }
        return r
    }

    /// Parses `250ms`, `2s`, `1.5s` or a bare number of milliseconds.
    static func duration(_ value: String, _ key: String) throws(MockBehaviorError) -> Duration {
        let (number, scale): (Substring, Double) =
            value.hasSuffix("ms") ? (value.dropLast(2), 1)
            : value.hasSuffix("s") ? (value.dropLast(1), 1000)
            : (Substring(value), 1)
        guard let n = Double(number), n >= 0, n * scale <= 3_600_000 else {
            throw .init(message: "\(key) must be a duration like 250ms or 2s")
        }
        return .milliseconds(Int64((n * scale).rounded()))
    }
}

/// A bad mock behavior spec; the message names the key.
package struct MockBehaviorError: Error, CustomStringConvertible {
    package var message: String
    package var description: String { message }
}
