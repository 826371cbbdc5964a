import DatadogExport
import FoundationEssentials
import HTTPTypes
import Hummingbird
import NIOCore

/// The admin listener's routes: health, readiness and status. Bound to 127.0.0.1 by default.
enum AdminRoutes {
    static func makeRouter(
        status: StatusStore, processor: CallProcessor, readiness: Readiness, exporters: Exporters
    ) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/healthz") { _, _ in
            text("ok\n")
        }
        router.get("/readyz") { _, _ in
            if let reason = readiness.reason {
                return text("not ready: \(reason)\n", status: .serviceUnavailable)
            }
            return text("ready\n")
        }
        router.get("/v1/status") { _, _ in
            var report = StatusReport(status.snapshot(), uptime: .now - status.startedAt, droppedCalls: processor.dropped)
            report.exporters = exporters.statusEntries()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = try encoder.encode(report)
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        return router
    }

    private static func text(_ s: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: s)))
    }
}
