import DatadogExport
import Ledger
import ProxyCore
import Synchronization

/// Per-session spend and conversions, shared by the call processor (spend) and the admin route
/// `POST /v1/conversions`. One lock covers both, so a conversion credits exactly the spend
/// recorded before it.
final class SessionEconomics: CallRecordSink, Sendable {
    private let ledger: Mutex<ConversionLedger>
    /// Where `llm.session.converted` and `llm.cost_per_conversion` go, when metrics are on.
    private let statsd: DogStatsDClient?
    private let llmService: String
    /// Told of each recorded conversion's session (the call log).
    private let onConversion: (@Sendable (String) -> Void)?

    init(
        sessions: SessionSpendLedger.Configuration, statsd: DogStatsDClient?, llmService: String,
        onConversion: (@Sendable (String) -> Void)? = nil
    ) {
        ledger = Mutex(ConversionLedger(sessions: SessionSpendLedger(configuration: sessions)))
        self.statsd = statsd
        self.llmService = llmService
        self.onConversion = onConversion
    }

    /// Adds a billed call's cost to the spend of the window and, when it names one, its session.
    func record(_ record: CallRecord) {
        guard let cost = record.cost, cost.basis != .unknownModel else { return }
        let now = ContinuousClock.now
        ledger.withLock { ledger in
            ledger.recordSpend(cost.total, now: now)
            if let session = record.sessionID { _ = ledger.sessions.record(session: session, cost: cost, now: now) }
        }
    }

    /// Records a conversion from a request body; a duplicate order changes nothing.
    func convert(body: [UInt8]) throws(ConversionError) -> ConversionResult {
        let request = try ConversionRequest.parse(body)
        let now = ContinuousClock.now
        let (result, snapshot) = ledger.withLock { ledger in
            let result = ledger.record(request, now: now)
            return (result, ledger.snapshot(now: now))
        }
        if case .recorded(let event) = result { onConversion?(event.sessionID) }
        if result.isRecorded, let statsd {
            statsd.record(MetricSample(name: "llm.session.converted", value: 1, type: .count, tags: ["llm_service:" + llmService]))
            report(snapshot, to: statsd)
        }
        return result
    }

    /// `llm.cost_per_conversion` per window that holds conversions (never a zero for "none").
    func report(_ snapshot: ConversionSnapshot, to statsd: DogStatsDClient) {
        for window in snapshot.windows {
            guard let usd = window.costPerConversionUSD else { continue }
            statsd.record(
                MetricSample(
                    name: "llm.cost_per_conversion", value: usd, type: .gauge,
                    tags: ["window:" + window.label, "llm_service:" + llmService]
                )
            )
        }
    }

    /// Emits the cost-per-conversion gauges from the current windows (called periodically).
    func reportGauges() {
        guard let statsd else { return }
        let now = ContinuousClock.now
        report(ledger.withLock { $0.snapshot(now: now) }, to: statsd)
    }

    /// All spend per conversion over the last hour, in USD; nil without conversions.
    func lastHourCostPerConversion() -> Double? {
        let now = ContinuousClock.now
        return ledger.withLock { $0.snapshot(now: now) }.lastHour.costPerConversionUSD
    }

    /// Sessions and conversions for `/v1/status`.
    func status() -> SessionsStatus {
        let now = ContinuousClock.now
        return ledger.withLock { ledger in
            SessionsStatus(ledger.sessions, snapshot: ledger.snapshot(now: now))
        }
    }
}
