import AsyncHTTPClient
package import Logging
import NIOCore
import NIOHTTP1
import ProxyCore

/// Sends one payload to the node Agent with bounded retries: connect errors, 429 and 5xx are
/// retried with doubling backoff from 100 ms; any other answer is final. Shared by the writers.
struct AgentPoster: Sendable {
    let client: HTTPClient
    let logger: Logger
    /// Per attempt, including the response body.
    var timeout: Duration = .seconds(5)

    enum Outcome: Sendable {
        /// 2xx, with the first MiB of the answer.
        case sent(ByteBuffer)
        /// The last failure, worded for `/v1/status`.
        case failed(String)
    }

    /// - Parameter body: the payload, sent as is (every attempt shares the one buffer).
    func send(
        url: String, method: HTTPMethod, headers: [(String, String)], body buffer: ByteBuffer, maxAttempts: Int
    ) async -> Outcome {
        var delay = Duration.milliseconds(100)
        for attempt in 1...max(1, maxAttempts) {
            var request = HTTPClientRequest(url: url)
            request.method = method
            for (name, value) in headers { request.headers.add(name: name, value: value) }
            request.body = .bytes(buffer)
            let reason: String
            do {
                let response = try await client.execute(request, timeout: .nanoseconds(timeout.nanoseconds), logger: logger)
                let data = try await response.body.collect(upTo: 1 << 20)
                let status = Int(response.status.code)
                if (200..<300).contains(status) { return .sent(data) }
                reason = "agent answered \(status): \(String(buffer: data).prefix(200))"
                guard status == 429 || status >= 500 else { return .failed(reason) }
            } catch {
                reason = "cannot reach the agent at \(url): \(error)"
            }
            if attempt == maxAttempts || Task.isCancelled { return .failed(reason) }
            try? await Task.sleep(for: delay)
            delay *= 2
        }
        return .failed("no attempt made")
    }
}
