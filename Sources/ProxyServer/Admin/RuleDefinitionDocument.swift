import DetectionRules

/// A rule's definition in effect, as `GET /v1/rules` shows it: what a Datadog monitor for the
/// same rule must match (integration/deploy checks the monitors against it).
struct RuleDefinitionDocument: Encodable, Sendable {
    /// The numbers compared against; absent ones do not apply to the kind.
    struct Thresholds: Encodable, Sendable {
        var alert: Double?
        var warn: Double?
        var count: Int?
        var minEvents: Int?
        var relativeChange: Double?
        var suspiciousScore: Double?
        var minHistorySeconds: Double?
        var horizonSeconds: Double?

        enum CodingKeys: String, CodingKey {
            case alert, warn, count, minEvents = "min_events", relativeChange = "relative_change"
            case suspiciousScore = "suspicious_score", minHistorySeconds = "min_history_seconds"
            case horizonSeconds = "horizon_seconds"
        }
    }

    var windowSeconds: Double
    var minSamples: Int
    var groupBy: String
    var forSeconds: Double
    var resolveAfterSeconds: Double
    var hysteresis: Double
    var thresholds: Thresholds

    enum CodingKeys: String, CodingKey {
        case windowSeconds = "window_seconds", minSamples = "min_samples", groupBy = "group_by"
        case forSeconds = "for_seconds", resolveAfterSeconds = "resolve_after_seconds", hysteresis, thresholds
    }

    init(_ d: RuleDefinition) {
        windowSeconds = d.window
        minSamples = d.minSamples
        groupBy = d.groupBy.rawValue
        forSeconds = d.forDuration
        resolveAfterSeconds = d.resolveAfter
        hysteresis = d.hysteresis
        let t = d.thresholds
        thresholds = Thresholds(
            alert: t.alert, warn: t.warn, count: t.count, minEvents: t.minEvents, relativeChange: t.relativeChange,
            suspiciousScore: t.suspiciousScore, minHistorySeconds: t.minHistory, horizonSeconds: t.horizon
        )
    }
}
