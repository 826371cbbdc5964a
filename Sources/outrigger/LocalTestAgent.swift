import JSON
import AsyncHTTPClient
import FoundationEssentials
import NIOCore
import NIOHTTP1

/// Datadog's APM test agent (`ddapm-test-agent`, from PyPI), when it is installed: the demo sends
/// its traces and LLM Observability spans there, so the Agent's own validation sees them.
struct LocalTestAgent {
    let process: ChildProcess
    let url: String

    /// Header checks the test agent enforces (400 on failure).
    static let checks = "trace_count_header,meta_tracer_version_header,trace_content_length"

    /// `ddapm-test-agent` from `PATH` or the interop tests' `.venv`, if present.
    static func find() -> String? {
        ChildProcess.find("ddapm-test-agent", alsoIn: [".venv/bin"])
    }

    /// Starts it on free local ports (OTLP ports moved too) and waits until `/info` answers.
    static func start(binary: String, client: HTTPClient) async throws -> LocalTestAgent {
        guard let port = ChildProcess.freePort(), let http = ChildProcess.freePort(), let grpc = ChildProcess.freePort() else {
            throw ChildProcess.SpawnError(description: "no free local port for the test agent")
        }
        let process = try ChildProcess.start(
            [binary, "--host", "127.0.0.1", "--port", String(port), "--otlp-http-port", String(http),
             "--otlp-grpc-port", String(grpc), "--disable-llmobs-data-forwarding"],
            environment: ["ENABLED_CHECKS": checks], logPath: "/tmp/outrigger-demo-test-agent-\(port).log"
        )
        let agent = LocalTestAgent(process: process, url: "http://127.0.0.1:\(port)")
        for _ in 0..<150 {
            if let response = try? await client.execute(HTTPClientRequest(url: agent.url + "/info"), timeout: .seconds(1)),
                response.status == .ok
            {
                return agent
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        await process.stop()
        throw ChildProcess.SpawnError(description: "the test agent did not start; see \(process.logPath)")
    }

    /// What the test agent accepted: APM spans it decoded and validated, LLM Observability requests.
    struct Received {
        var apmSpans = 0
        var traceError: String?
        var llmobsRequests = 0
        var llmobsSpans = 0
        var evaluationRequests = 0
        var sampleSpan: String?
    }

    func received(client: HTTPClient) async -> Received {
        var result = Received()
        do {
            let response = try await client.execute(HTTPClientRequest(url: url + "/test/session/traces"), timeout: .seconds(5))
            let body = try await response.body.collect(upTo: 64 << 20)
            if response.status == .ok, let traces = try? Self.parse(body).arrayValue {
                result.apmSpans = traces.reduce(0) { $0 + ($1.arrayValue?.count ?? 0) }
            } else {
                result.traceError = "HTTP \(response.status.code): \(String(buffer: body).prefix(200))"
            }
            let requests = try await client.execute(HTTPClientRequest(url: url + "/test/session/requests"), timeout: .seconds(5))
            let list = try Self.parse(try await requests.body.collect(upTo: 64 << 20)).arrayValue ?? []
            for request in list {
                let url = request["url"]?.stringValue ?? ""
                if url.hasSuffix("/api/v2/llmobs") {
                    result.llmobsRequests += 1
                    guard let data = request["body"]?.stringValue.flatMap({ Data(base64Encoded: $0) }),
                        let envelopes = try? JSONParser.parse(Array(data)).arrayValue
                    else { continue }
                    result.llmobsSpans += envelopes.reduce(0) { $0 + ($1["spans"]?.arrayValue?.count ?? 0) }
                    if result.sampleSpan == nil { result.sampleSpan = String(decoding: data, as: UTF8.self) }
                } else if url.contains("eval-metric") {
                    result.evaluationRequests += 1
                }
            }
        } catch {
            result.traceError = "cannot read the test agent: \(error)"
        }
        return result
    }

    private static func parse(_ body: ByteBuffer) throws -> JSONValue {
        try body.withUnsafeReadableBytes { try JSONParser.parse($0) }
    }
}
