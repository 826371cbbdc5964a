package import ProxyCore

/// What ``SignalContextTracker`` keeps of one finished call.
package struct ContextObservation: Sendable {
    package var time: Double
    package var model: String
    package var latencyMs: Double
    package var is429 = false
    package var isServerError = false
    package var isTimeout = false
    /// Whether the answer went through the grounding and quality checks.
    package var checked = false
    /// Product IDs not in the catalog, and a few of them (masked as the checks export them).
    package var invalidIDs = 0
    package var inventedIDs: [String] = []
    package var nameMismatches = 0
    package var priceMismatches = 0
    package var noProducts = false
    /// Quality component values (0…1) by name.
    package var qualityComponents: [(String, Double)] = []

    package init(time: Double, model: String, latencyMs: Double) {
        self.time = time
        self.model = model
        self.latencyMs = latencyMs
    }

    /// The observation of a finished call record, with the rule observation already made of it.
    package init(record: CallRecord, base: RuleObservation) {
        self.init(time: base.time, model: record.model, latencyMs: base.latencyMs)
        is429 = base.is429
        isServerError = base.isServerError
        isTimeout = base.isTimeout
        guard let checks = record.checks else { return }
        checked = true
        invalidIDs = checks.invalidIDs
        inventedIDs = checks.invalidIDs > 0 ? Array(checks.sampleOffendingIDs.prefix(5)) : []
        nameMismatches = checks.nameMismatches
        priceMismatches = checks.priceMismatches
        noProducts = checks.noProducts
        qualityComponents = checks.qualityComponents.map { ($0.name, $0.value) }
    }
}
