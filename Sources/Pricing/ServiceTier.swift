/// How a call was billed: on demand, flex, priority, batch or provisioned throughput.
///
/// Read from the response's `usageMetadata.trafficType` (Vertex only; gemini.md §6 `TrafficType`)
/// and a batch hint from the caller, which knows when a call came from a batch job.
package struct ServiceTier: Sendable, Hashable, CustomStringConvertible {
    private enum Kind: String, Sendable, Hashable {
        case onDemand = "on_demand"
        case flex
        case priority
        case batch
        case provisionedThroughput = "provisioned_throughput"
    }

    private let kind: Kind

    private init(_ kind: Kind) {
        self.kind = kind
    }

    /// Standard pay-as-you-go traffic (`ON_DEMAND`, or no `trafficType` at all).
    package static let onDemand = ServiceTier(.onDemand)
    /// Flex traffic (`ON_DEMAND_FLEX`): cheaper, may wait longer.
    package static let flex = ServiceTier(.flex)
    /// Priority traffic (`ON_DEMAND_PRIORITY`): dearer, served first.
    package static let priority = ServiceTier(.priority)
    /// Batch jobs, which the response does not mark; the caller says so.
    package static let batch = ServiceTier(.batch)
    /// Provisioned throughput (`PROVISIONED_THROUGHPUT`): capacity paid for in advance.
    package static let provisionedThroughput = ServiceTier(.provisionedThroughput)

    /// The tier for a response's `trafficType` and the caller's batch hint.
    ///
    /// Matching ignores case. Provisioned throughput wins over the batch hint, and the batch hint
    /// wins over the other values. `nil`, `TRAFFIC_TYPE_UNSPECIFIED` and unrecognised values count as
    /// on demand, the list price; the raw value stays in ``TokenUsage`` for anyone who needs it.
    /// - Parameters:
    ///   - trafficType: `ON_DEMAND`, `ON_DEMAND_FLEX`, `ON_DEMAND_PRIORITY`, `PROVISIONED_THROUGHPUT`,
    ///     or nil (the Developer API never sends it).
    ///   - batch: Whether the call was part of a batch job.
    package init(trafficType: String?, batch: Bool = false) {
        switch trafficType?.uppercased() {
        case "PROVISIONED_THROUGHPUT": self.init(.provisionedThroughput)
        case _ where batch: self.init(.batch)
        case "ON_DEMAND_FLEX": self.init(.flex)
        case "ON_DEMAND_PRIORITY": self.init(.priority)
        default: self.init(.onDemand)
        }
    }

    /// A label-safe name for metric tags: `on_demand`, `flex`, `priority`, `batch` or
    /// `provisioned_throughput`.
    package var name: String { kind.rawValue }

    /// Whether the tokens were paid for in advance, so the call itself costs nothing extra.
    package var isPrepaid: Bool { kind == .provisionedThroughput }

    package var description: String { name }
}
