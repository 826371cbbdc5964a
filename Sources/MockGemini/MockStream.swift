import GeminiWire
import ProxyCore

/// The chunks of a streamed mock answer, framed as SSE or as an incrementally written JSON array,
/// paced by the behavior's time-to-first-chunk and interval.
struct MockStream: Sendable {
    let route: Route
    let encoder: MockResponseEncoder
    let answer: MockAnswer
    let behavior: MockBehavior
    let midStreamError: Bool

    /// The answer split at word boundaries into at most `behavior.chunks` pieces.
    var pieces: [String] { Self.pieces(of: answer.text, chunks: behavior.chunks) }

    /// `text` split at word boundaries into at most `chunks` pieces.
    static func pieces(of text: String, chunks: Int) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        let n = max(1, min(chunks, words.count))
        let per = (words.count + n - 1) / n
        return stride(from: 0, to: words.count, by: per).map { start in
            let end = min(words.count, start + per)
            return words[start..<end].joined(separator: " ") + (end < words.count ? " " : "")
        }
    }

    /// The framed chunks, each yielded after its delay.
    func chunks() -> AsyncThrowingStream<String, any Error> {
        let pieces = self.pieces
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    if behavior.timeToFirstChunk > .zero { try await Task.sleep(for: behavior.timeToFirstChunk) }
                    var sent = ""
                    let stopAt = midStreamError ? max(1, pieces.count / 2) : pieces.count
                    for (i, piece) in pieces.prefix(stopAt).enumerated() {
                        if i > 0, behavior.chunkInterval > .zero { try await Task.sleep(for: behavior.chunkInterval) }
                        sent += piece
                        let last = !midStreamError && i == pieces.count - 1
                        continuation.yield(frame(object(piece: piece, sentSoFar: sent, last: last), index: i))
                    }
                    if midStreamError {
                        let error = MockResponseEncoder.error(status: 503, dialect: route.dialect, model: route.model)
                        continuation.yield(frame(error, index: stopAt))
                    }
                    if route.streamFormat == .jsonArray { continuation.yield("\n]") }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private func object(piece: String, sentSoFar: String, last: Bool) -> String {
        switch route.dialect {
        case .vertex:
            // Vertex: usage only on the final chunk; intermediate chunks carry just trafficType.
            return encoder.response(
                text: piece, finished: last, usage: last ? (answer.promptTokens, answer.candidatesTokens) : nil,
                finishReason: answer.finishReason
            )
        default:
            // Developer API: cumulative usage on every chunk.
            let candidates = last ? answer.candidatesTokens : MockAnswer.tokens(sentSoFar)
            return encoder.response(text: piece, finished: last, usage: (answer.promptTokens, candidates), finishReason: answer.finishReason)
        }
    }

    private func frame(_ json: String, index: Int) -> String {
        switch route.streamFormat {
        case .sse: "data: " + json + "\r\n\r\n"
        default: (index == 0 ? "[" : "\n,\r\n") + json
        }
    }
}
