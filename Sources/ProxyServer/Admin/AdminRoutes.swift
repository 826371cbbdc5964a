import DatadogExport
import FoundationEssentials
import HTTPTypes
import Hummingbird
import InterceptionTLS
import JSON
import Ledger
import NIOCore
import Notifiers
import ProxyCore
import UpstreamClient

/// The admin listener's routes: health, readiness and status. Bound to 127.0.0.1 by default; with
/// a token, every route but the probes requires it (``AdminAuthMiddleware``).
enum AdminRoutes {
    static func makeRouter(
        status: StatusStore, processor: CallProcessor, readiness: Readiness, exporters: Exporters,
        economics: SessionEconomics, insights: CostInsights, summarizer: AdviceSummarizer?, catalog: CatalogLoader?,
        reloader: ConfigReloader? = nil, rules: RuleEvaluation? = nil, webhook: WebhookNotifier? = nil,
        token: AdminToken? = nil, connections: ConnectionLimiter? = nil, bodies: BodyBudget? = nil, content: MessageContentPolicy? = nil,
        handshakes: SNICertificates? = nil, healthReport: InsightsReporter? = nil
    ) -> Router<BasicRequestContext> {
        let router = Router()
        // Before any route: Hummingbird wraps each route in the middleware added so far.
        if let token { router.add(middleware: AdminAuthMiddleware(token: token)) }
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
            var report = StatusReport(status.snapshot(), uptime: .now - status.startedAt, pipeline: processor.status)
            report.exporters = exporters.statusEntries()
            report.sessions = economics.status()
            report.catalog = catalog?.status
            report.config = reloader?.status
            report.traffic = connections.map { .init(openConnections: $0.open, refusedConnections: $0.refused, maxConnections: $0.capacity) }
            if let bodies {
                report.traffic?.inFlightBodyBytes = bodies.inFlight
                report.traffic?.maxInFlightBodyBytes = bodies.limit
                report.traffic?.refusedBodies = bodies.refused
            }
            report.interception = handshakes.map(\.refused).map {
                .init(
                    refusedNoSNI: $0.missingSNI, refusedNotIntercepted: $0.notIntercepted, refusedMintFailed: $0.mintFailed,
                    closedPingFlood: $0.pingFloods
                )
            }
            return try encoded(report)
        }
        if let rules { addRuleRoutes(to: router, rules: rules, webhook: webhook) }
        ConsoleRoutes.add(to: router, status: status, content: content)
        router.get("/v1/insights/cost") { _, _ in
            let document = insights.document(now: WallClock.now())
            guard let summarizer else { return json(document, status: .ok) }
            return json(await summarizer.annotate(document), status: .ok)
        }
        if let healthReport {
            router.get("/v1/insights") { _, _ in
                var headers = HTTPFields()
                headers[.contentType] = "application/json"
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try healthReport.document())))
            }
        }
        addConversionRoute(to: router, economics: economics)
        return router
    }
}
