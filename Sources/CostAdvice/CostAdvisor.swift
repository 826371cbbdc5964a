package import Pricing
import ProxyCore

/// Cost-saving advice computed from observed traffic: each item carries a monthly saving computed
/// from the price table, never guessed.
///
/// Feed every finished call to ``observe(_:)``; ask ``advice(now:)`` for the current list. The
/// advisor is a value with bounded memory whatever the traffic: at most two windows (current and
/// previous), each with at most ``Configuration/prefixCapacity`` prefix fingerprints,
/// ``Configuration/promptCapacity`` prompt fingerprints and ``Configuration/modelCapacity`` models
/// (see ``BoundedTable`` for the eviction rule), plus a small name cache. It reads no clock: time
/// comes with each observation and with `now`.
package struct CostAdvisor: Sendable {
    /// Thresholds and bounds.
    package let configuration: Configuration
    /// The prices savings are computed from.
    package let prices: PriceTable
    private let ladder: [Int]
    private var current: AdviceWindow?
    private var previous: AdviceWindow?
    /// Resolved models by the spelling seen (spellings up to 256 bytes), cleared at 1,024 entries.
    private var resolvedModels: [String: ResolvedModel] = [:]

    /// An advisor with no observations.
    /// - Parameters:
    ///   - prices: The price table; the built-in one by default.
    ///   - configuration: Thresholds and bounds; documented defaults by default.
    package init(prices: PriceTable = .default, configuration: Configuration = .default) {
        self.prices = prices
        self.configuration = configuration
        self.ladder = configuration.cleanLadder
    }

    /// Records one finished call.
    ///
    /// A call that arrives a full window after the current window began closes it: the window
    /// becomes the previous one (or is dropped when a whole window passed without calls) and a new
    /// one begins at the boundary. Calls with a non-finite time are ignored.
    /// - Parameters:
    ///   - observation: The call.
    package mutating func observe(_ observation: CostObservation) {
        let time = observation.time
        guard time.isFinite else { return }
        let length = max(1, configuration.windowSeconds)
        if let window = current, time >= window.start + length {
            let contiguous = time < window.start + 2 * length
            previous = contiguous ? window : nil
            current = AdviceWindow(start: contiguous ? window.start + length : time, configuration: configuration)
        } else if current == nil {
            current = AdviceWindow(start: time, configuration: configuration)
        }
        let model = resolve(observation.model)
        let cheaper = configuration.cheaperModels[model.name].flatMap { resolve($0).priced }
        current?.observe(observation, model: model, cheaper: cheaper, configuration: configuration, ladder: ladder)
    }

    /// The advice for the window that best describes recent traffic, largest monthly saving first
    /// (ties by kind, model and dialect).
    ///
    /// The current window is used once it spans ``Configuration/minimumExtrapolationSeconds`` at
    /// `now`, or when there is no previous window; otherwise the previous, complete window is. Each
    /// saving is scaled to 30 days by ``MonthlyProjection``.
    /// - Parameters:
    ///   - now: The time to measure the current window's span to, in the observations' seconds.
    package func advice(now: Double) -> [CostAdviceItem] {
        guard let (window, span) = reportingWindow(now: now) else { return [] }
        let projection = MonthlyProjection(
            observedSeconds: span,
            minimumSeconds: configuration.minimumExtrapolationSeconds
        )
        let items =
            window.contextCachingAdvice(projection: projection, prices: prices, configuration: configuration)
            + window.responseCachingAdvice(projection: projection, configuration: configuration)
            + window.modelAdvice(projection: projection, prices: prices, configuration: configuration)
        return items.sorted {
            ($1.monthlySaving, $0.kind, $0.model, $0.dialect.rawValue)
                < ($0.monthlySaving, $1.kind, $1.model, $1.dialect.rawValue)
        }
    }

    /// Table sizes across the kept windows.
    package var footprint: CostAdviceFootprint {
        var footprint = CostAdviceFootprint()
        for window in [current, previous].compactMap({ $0 }) {
            footprint.windows += 1
            footprint.calls += window.calls
            footprint.prefixEntries += window.prefixes.count
            footprint.promptEntries += window.prompts.count
            footprint.modelEntries += window.models.count
            footprint.evictedEntries += window.prefixes.evicted + window.prompts.evicted + window.models.evicted
        }
        return footprint
    }

    private func reportingWindow(now: Double) -> (AdviceWindow, Double)? {
        if let current, now - current.start >= configuration.minimumExtrapolationSeconds || previous == nil {
            return (current, now - current.start)
        }
        return previous.map { ($0, max(1, configuration.windowSeconds)) }
    }

    /// The price table's entry and name for a model, else its normalized spelling, cut to the
    /// configured length; memoized by spelling.
    private mutating func resolve(_ model: String) -> ResolvedModel {
        if let known = resolvedModels[model] { return known }
        let priced = prices.resolve(model)
        let name = String((priced?.model ?? ModelName.normalize(model)).prefix(configuration.maximumModelNameLength))
        let resolved = ResolvedModel(name: name, priced: priced)
        guard model.utf8.count <= 256 else { return resolved }
        if resolvedModels.count >= 1_024 { resolvedModels.removeAll(keepingCapacity: true) }
        resolvedModels[model] = resolved
        return resolved
    }
}
