import Pricing
import Synchronization

/// The settings a config reload may replace while traffic flows. Each request and each call
/// record reads one consistent snapshot at its start; a reload swaps the whole snapshot at once.
final class LiveSettings: Sendable {
    struct Values: Sendable {
        /// Request-path settings (limits, timeouts, upstream URLs, guards).
        var proxy: ProxySettings
        /// Prices for the cost of each call.
        var pricing: PriceTable
    }

    private let state: Mutex<Values>

    init(_ values: Values) {
        state = Mutex(values)
    }

    /// The current snapshot.
    var current: Values { state.withLock { $0 } }

    /// Replaces the snapshot; calls already running keep the one they started with.
    func update(_ change: (inout Values) -> Void) {
        state.withLock { change(&$0) }
    }
}
