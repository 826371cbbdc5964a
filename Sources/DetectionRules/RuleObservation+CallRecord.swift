package import ProxyCore

extension RuleObservation {
    /// The observation of a finished call record.
    /// - Parameters:
    ///   - record: The call record, after pricing, guards and grounding.
    ///   - sample: A redacted example the adapter built for this call, if any.
    package init(record: CallRecord, sample: RuleSample? = nil) {
        let usage = record.response?.usage.flatMap { $0.hasCounts ? $0 : nil } ?? record.cost?.usage
        let checks = record.checks
        let mentions = checks.flatMap { $0.mentions > 0 ? $0.mentions : nil }
        self.init(
            time: record.startedAt + Double(record.duration.nanoseconds) / 1e9,
            model: record.model,
            statusCode: record.status,
            isError: record.outcome.isError,
            is429: record.status == 429 || record.response?.error?.code == 429,
            isServerError: record.status >= 500 || (record.response?.error?.code ?? 0) >= 500,
            isTimeout: record.outcome == .timeout,
            latencyMs: Double(record.duration.nanoseconds) / 1e6,
            totalTokens: usage.flatMap { $0.totalTokens > 0 ? $0.totalTokens : nil },
            injectionScore: record.security?.injectionScore,
            isInjection: record.security?.isInjection ?? false,
            sessionID: record.sessionID,
            sessionFlagged: record.security?.sessionFlagged ?? false,
            productMentions: mentions,
            invalidProductIDs: mentions == nil ? nil : checks?.invalidIDs,
            qualityScore: checks?.qualityScore,
            correctRefusal: checks?.qualityComponents.contains { $0.name == "refusal" && $0.reason == "injection_refused" }
                ?? false,
            costUSD: record.cost.flatMap { $0.isPriced ? $0.total.dollars : nil },
            sample: sample)
    }
}

extension RuleSample {
    /// A sample for a call record, with text the adapter has already redacted.
    /// - Parameters:
    ///   - record: The call record (trace id, call id and model are taken from it).
    ///   - redactedText: The redacted excerpt.
    package init(record: CallRecord, redactedText: String) {
        self.init(traceID: record.trace?.traceIDHex, callID: record.id, text: redactedText, model: record.model)
    }
}
