import Hummingbird
import JSON
import Notifiers

extension AdminRoutes {
    /// `GET /v1/rules`, `POST /v1/rules/{id}/ack` (optional `?group=model=x`), `GET /v1/signals`.
    static func addRuleRoutes(to router: Router<BasicRequestContext>, rules: RuleEvaluation, webhook: WebhookNotifier?) {
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
                return json(#"{"error":{"code":"unknown_rule","message":\#(JSONWriter.quoted("no rule '\(id)'; GET /v1/rules lists them"))}}"#, status: .notFound)
            }
            let group = request.uri.queryParameters.get("group")
            let acknowledged = rules.acknowledge(ruleID: id, group: group, now: WallClock.now())
            return json(#"{"rule":\#(JSONWriter.quoted(id)),"acknowledged":\#(acknowledged)}"#, status: .ok)
        }
    }
}
