import DatadogExport
import Hummingbird
package import HTTPTypes
import NIOCore
package import Synchronization

/// A stand-in for the node Agent's HTTP side that records every request and answers as told:
/// a status per request, an optional delay, or no answer at all until the test ends.
package final class RecordingAgent: Sendable {
    package struct Request: Sendable {
        package var method: String
        package var path: String
        package var headers: HTTPFields
        package var body: [UInt8]
        package var text: String { String(decoding: body, as: UTF8.self) }
    }

    package enum Answer: Sendable {
        case status(Int)
        /// Holds the request for this long before answering 200.
        case delay(Duration)
    }

    package let requests = Mutex<[Request]>([])
    private let answers: Mutex<[Answer]>
    private let fallback: Answer

    package init(answers: [Answer] = [], otherwise fallback: Answer = .status(200)) {
        self.answers = Mutex(answers)
        self.fallback = fallback
    }

    package func recorded(path: String) -> [Request] {
        requests.withLock { $0.filter { $0.path == path } }
    }

    private func nextAnswer() -> Answer {
        answers.withLock { $0.isEmpty ? fallback : $0.removeFirst() }
    }

    /// Runs the agent on an ephemeral 127.0.0.1 port, or on a Unix socket at `socketPath`, while
    /// `body` runs with the base URL the writers take (`http://…` or `http+unix://…`).
    package func run(socketPath: String? = nil, _ body: (String) async throws -> Void) async throws {
        let router = Router()
        let handler: @Sendable (Hummingbird.Request, BasicRequestContext) async throws -> Response = { request, _ in
            let bytes = try await request.body.collect(upTo: 64 << 20)
            self.requests.withLock {
                $0.append(Request(method: request.method.rawValue, path: request.uri.path, headers: request.headers, body: Array(bytes.readableBytesView)))
            }
            switch self.nextAnswer() {
            case .status(let code):
                return Response(status: .init(code: code), body: .init(byteBuffer: ByteBuffer(string: #"{"rate_by_service":{}}"#)))
            case .delay(let duration):
                try? await Task.sleep(for: duration)
                return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "{}")))
            }
        }
        for path in ["/v0.4/traces", "/evp_proxy/v2/api/v2/llmobs", "/evp_proxy/v2/api/intake/llm-obs/v2/eval-metric"] {
            router.on(RouterPath(path), method: .put, use: handler)
            router.on(RouterPath(path), method: .post, use: handler)
        }
        try await withEphemeralServer(router, label: "agent", socketPath: socketPath) { port in
            try await body(socketPath.map(AgentURL.unixSocketBase(path:)) ?? "http://127.0.0.1:\(port)")
        }
    }
}
