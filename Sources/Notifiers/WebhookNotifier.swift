package import AsyncHTTPClient
package import Logging
import NIOCore
import NIOHTTP1
import ProxyCore
import ServiceLifecycle
import Synchronization

/// Posts JSON bodies (rule signals, as Slack-compatible JSON) to a webhook. Deliveries wait in a bounded queue and are retried with exponential
/// backoff; a dead or slow webhook fills the queue and further signals are dropped and counted,
/// never blocking the rule evaluation.
package final class WebhookNotifier: Service, Sendable {
    package struct Status: Encodable, Sendable {
        package var url: String
        package var delivered = 0
        package var failed = 0
        package var dropped = 0
        package var lastError: String?

        enum CodingKeys: String, CodingKey { case url, delivered, failed, dropped, lastError = "last_error" }
    }

    private let url: String
    private let client: HTTPClient
    private let timeout: Duration
    private let maxAttempts: Int
    private let logger: Logger
    private let stream: AsyncStream<[UInt8]>
    private let continuation: AsyncStream<[UInt8]>.Continuation
    private let state: Mutex<Status>

    package init(url: String, client: HTTPClient, timeout: Duration, maxAttempts: Int, queue: Int, logger: Logger) {
        self.url = url
        self.client = client
        self.timeout = timeout
        self.maxAttempts = max(1, maxAttempts)
        var logger = logger
        logger[metadataKey: "component"] = "webhook"
        self.logger = logger
        (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .bufferingOldest(max(1, queue)))
        state = Mutex(Status(url: CredentialRedaction.redactTarget(url)))
    }

    package var status: Status { state.withLock { $0 } }

    /// Queues a JSON body without waiting; a full queue drops it (counted).
    package func send(_ body: [UInt8]) {
        if case .dropped = continuation.yield(body) {
            state.withLock { $0.dropped += 1 }
        }
    }

    package func run() async throws {
        await withGracefulShutdownHandler {
            for await body in stream {
                await deliver(body)
            }
        } onGracefulShutdown: {
            self.continuation.finish()
        }
    }

    private func deliver(_ body: [UInt8]) async {
        var delay = Duration.milliseconds(200)
        for attempt in 1...maxAttempts {
            var request = HTTPClientRequest(url: url)
            request.method = .POST
            request.headers.add(name: "content-type", value: "application/json")
            request.headers.add(name: "user-agent", value: "outrigger")
            request.body = .bytes(ByteBuffer(bytes: body))
            do {
                let response = try await client.execute(request, timeout: .nanoseconds(timeout.nanoseconds))
                _ = try? await response.body.collect(upTo: 64 << 10)
                if (200..<300).contains(Int(response.status.code)) {
                    state.withLock { $0.delivered += 1 }
                    return
                }
                note("HTTP \(response.status.code)", attempt: attempt)
                // A client error will not improve with retries, except throttling.
                if (400..<500).contains(Int(response.status.code)), response.status.code != 429 { break }
            } catch {
                note("\(error)", attempt: attempt)
            }
            if attempt < maxAttempts {
                try? await Task.sleep(for: delay)
                delay *= 2
            }
        }
        state.withLock { $0.failed += 1 }
    }

    private func note(_ error: String, attempt: Int) {
        state.withLock { $0.lastError = error }
        logger.warning("webhook delivery failed", metadata: ["attempt": .stringConvertible(attempt), "error": .string(error)])
    }
}
