import Ledger
import ProxyCore

/// The `sessions` and `conversions` parts of `/v1/status`.
struct SessionsStatus: Encodable, Sendable {
    struct Sessions: Encodable, Sendable {
        var tracked: Int
        var capacity: Int
        var evictions: Int
        var expired: Int
        var memoryBoundBytes: Int

        enum CodingKeys: String, CodingKey {
            case tracked, capacity, evictions, expired, memoryBoundBytes = "memory_bound_bytes"
        }
    }

    struct Window: Encodable, Sendable {
        var conversions: Int
        var revenueUSD: String
        var convertedSpendUSD: String
        var spendUSD: String
        var costPerConversionUSD: String?

        enum CodingKeys: String, CodingKey {
            case conversions, revenueUSD = "revenue_usd", convertedSpendUSD = "converted_spend_usd", spendUSD = "spend_usd"
            case costPerConversionUSD = "cost_per_conversion_usd"
        }

        init(_ totals: ConversionTotals) {
            conversions = totals.conversions
            revenueUSD = totals.revenue.decimalText
            convertedSpendUSD = totals.convertedSpend.decimalText
            spendUSD = totals.totalSpend.decimalText
            costPerConversionUSD = totals.costPerConversion?.decimalText
        }
    }

    var sessions: Sessions
    /// `1h`, `24h` and `all`.
    var conversions: [String: Window]

    init(_ ledger: SessionSpendLedger, snapshot: ConversionSnapshot) {
        sessions = Sessions(
            tracked: ledger.count, capacity: ledger.capacity, evictions: ledger.evictions, expired: ledger.expired,
            memoryBoundBytes: ledger.memoryBound
        )
        var windows: [String: Window] = ["all": Window(snapshot.allTime)]
        for window in snapshot.windows { windows[window.label] = Window(window.totals) }
        conversions = windows
    }
}
