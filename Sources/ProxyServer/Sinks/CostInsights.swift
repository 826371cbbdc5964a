import CostAdvice
import DatadogExport
import Pricing
import ProxyCore
import Synchronization

/// Cost-saving advice and the 24-hour spend forecast, fed by every billed call on the call
/// processor's task; read by `GET /v1/insights/cost` and the forecast gauge.
final class CostInsights: CallRecordSink, Sendable {
    private let prices: PriceTable
    private let advisor: Mutex<CostAdvisor>
    private let forecaster = Mutex(CostForecaster())
    private let statsd: DogStatsDClient?
    private let llmService: String

    init(prices: PriceTable, statsd: DogStatsDClient?, llmService: String) {
        self.prices = prices
        advisor = Mutex(CostAdvisor(prices: prices))
        self.statsd = statsd
        self.llmService = llmService
    }

    func record(_ record: CallRecord) {
        guard let cost = record.cost, cost.basis != .unknownModel,
            let observation = CostObservation(record: record, prices: prices, qualityScore: record.checks?.qualityScore)
        else { return }
        advisor.withLock { $0.observe(observation) }
        forecaster.withLock { $0.observe(cost: cost.total, at: record.startedAt) }
    }

    /// The `/v1/insights/cost` document at wall-clock time `now`.
    func document(now: Double) -> String {
        let advice = advisor.withLock { $0.advice(now: now) }
        let forecast = forecaster.withLock { $0.forecast24h(now: now) }
        return CostAdviceJSON.encode(advice, forecast24h: forecast)
    }

    /// The largest saving on offer, as one sentence, for cost-per-conversion signals; nil if none.
    func topAdvice(now: Double) -> String? {
        let advice = advisor.withLock { $0.advice(now: now) }
        return advice.max { $0.monthlySaving < $1.monthlySaving }.map { "Cost advice: " + $0.text }
    }

    /// The largest savings on offer, largest first: each advice sentence and its monthly saving.
    func topAdvice(now: Double, limit: Int) -> [(text: String, monthlySavingUSD: Double)] {
        let advice = advisor.withLock { $0.advice(now: now) }
        return advice.sorted { $0.monthlySaving > $1.monthlySaving }.prefix(limit).map { ($0.text, $0.monthlySavingUSD) }
    }

    /// Sends `llm.prediction.cost_forecast_24h` once there is a forecast (never a zero for "none yet").
    func reportForecast(now: Double) {
        guard let statsd, let forecast = forecaster.withLock({ $0.forecast24h(now: now) }) else { return }
        statsd.record(
            MetricSample(
                name: CostForecaster.metricName, value: forecast.dollars, type: .gauge, tags: ["llm_service:" + llmService]
            )
        )
    }
}
