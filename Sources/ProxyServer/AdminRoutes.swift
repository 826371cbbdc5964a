import DatadogExport
import FoundationEssentials
import HTTPTypes
import Hummingbird
import Ledger
import NIOCore
import ProxyCore

/// The admin listener's routes: health, readiness and status. Bound to 127.0.0.1 by default; with
/// a token, every route but the probes requires it (``AdminAuthMiddleware``).
enum AdminRoutes {
    static func makeRouter(
        status: StatusStore, processor: CallProcessor, readiness: Readiness, exporters: Exporters,
        economics: SessionEconomics, insights: CostInsights, summarizer: AdviceSummarizer?, catalog: CatalogLoader?,
        reloader: ConfigReloader? = nil, rules: RuleEvaluation? = nil, webhook: WebhookNotifier? = nil,
        token: AdminToken? = nil, connections: ConnectionLimiter? = nil, content: MessageContentPolicy? = nil
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
            var report = StatusReport(status.snapshot(), uptime: .now - status.startedAt, droppedCalls: processor.dropped)
            report.pipeline.recordedWithoutAnalysis = processor.recordedLight
            report.exporters = exporters.statusEntries()
            report.sessions = economics.status()
            report.catalog = catalog?.status
            report.config = reloader?.status
            report.traffic = connections.map { .init(openConnections: $0.open, refusedConnections: $0.refused, maxConnections: $0.capacity) }
            return try encoded(report)
        }
        if let rules { addRuleRoutes(to: router, rules: rules, webhook: webhook) }
        ConsoleRoutes.add(to: router, status: status, content: content)
        router.get("/v1/insights/cost") { _, _ in
            let document = insights.document(now: WallClock.now())
            guard let summarizer else { return json(document, status: .ok) }
            return json(await summarizer.annotate(document), status: .ok)
        }
        router.post("/v1/conversions") { request, _ in
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: ConversionRequest.maximumBodyBytes)
            } catch {
                return json(#"{"error":{"code":"too_large","message":"the body is larger than \#(ConversionRequest.maximumBodyBytes) bytes; send one small JSON object"}}"#, status: .badRequest)
            }
            do throws(ConversionError) {
                switch try economics.convert(body: Array(body.readableBytesView)) {
                case .recorded(let event):
                    return json(
                        #"{"status":"recorded","order_id":\#(JSONText.quoted(event.orderID)),"session_found":\#(event.sessionFound),"credited_spend_usd":\#(JSONText.quoted(event.creditedSpend.decimalText))}"#,
                        status: .created
                    )
                case .duplicate(let orderID):
                    return json(#"{"status":"duplicate","order_id":\#(JSONText.quoted(orderID))}"#, status: .ok)
                }
            } catch {
                let field = error.field.map { ",\"field\":" + JSONText.quoted($0) } ?? ""
                return json(
                    #"{"error":{"code":\#(JSONText.quoted(error.code)),"message":\#(JSONText.quoted(error.message))\#(field)}}"#,
                    status: .badRequest
                )
            }
        }
        return router
    }

    /// `GET /v1/rules`, `POST /v1/rules/{id}/ack` (optional `?group=model=x`), `GET /v1/signals`.
    private static func addRuleRoutes(to router: Router<BasicRequestContext>, rules: RuleEvaluation, webhook: WebhookNotifier?) {
        struct RulesDocument: Encodable {
            var rules: [RuleStatusDocument]
            var webhook: WebhookNotifier.Status?
            var memoryBytes: Int
            enum CodingKeys: String, CodingKey { case rules, webhook, memoryBytes = "approximate_memory_bytes" }
        }
        struct SignalsDocument: Encodable {
            var signals: [RuleSignalDocument]
        }
        router.get("/v1/rules") { _, _ in
            let document = RulesDocument(
                rules: rules.statusDocument(now: WallClock.now()), webhook: webhook?.status, memoryBytes: rules.approximateMemoryBytes
            )
            return try encoded(document)
        }
        router.get("/v1/signals") { _, _ in
            try encoded(SignalsDocument(signals: rules.recentSignals))
        }
        router.post("/v1/rules/:id/ack") { request, context in
            let id = context.parameters.get("id") ?? ""
            guard rules.knows(ruleID: id) else {
                return json(#"{"error":{"code":"unknown_rule","message":\#(JSONText.quoted("no rule '\(id)'; GET /v1/rules lists them"))}}"#, status: .notFound)
            }
            let group = request.uri.queryParameters.get("group")
            let acknowledged = rules.acknowledge(ruleID: id, group: group, now: WallClock.now())
            return json(#"{"rule":\#(JSONText.quoted(id)),"acknowledged":\#(acknowledged)}"#, status: .ok)
        }
    }

    private static func encoded(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    private static func json(_ s: String, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: s + "\n")))
    }

    private static func text(_ s: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: s)))
    }
}
