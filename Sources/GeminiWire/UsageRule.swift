import ProxyCore

/// Which `usageMetadata` a response's summary keeps, for the JSON and the gRPC decoders alike: the last block
/// that has counts, never a sum (the Developer API repeats a running total on every chunk), and a
/// `trafficType` from any chunk when that block lacks one (Vertex sends it alone on intermediate chunks;
/// gemini.md §0.5).
struct UsageRule: Sendable {
    /// The last `trafficType` seen in any chunk.
    private var lastTrafficType: String?

    /// Folds one chunk's usage block into `summary`.
    /// - Parameters:
    ///   - usage: The block as decoded.
    ///   - summary: The summary being built.
    mutating func absorb(_ usage: TokenUsage, into summary: inout ResponseSummary) {
        var usage = usage
        if let trafficType = usage.trafficType { lastTrafficType = trafficType }
        if usage.hasCounts {
            if usage.trafficType == nil { usage.trafficType = lastTrafficType }
            summary.usage = usage
        } else if summary.usage != nil, summary.usage?.trafficType == nil {
            summary.usage?.trafficType = lastTrafficType
        }
    }

    /// Gives the kept block the last traffic type seen, if it has none, at the end of the body.
    /// - Parameters:
    ///   - summary: The finished summary.
    func finish(_ summary: inout ResponseSummary) {
        if summary.usage != nil, summary.usage?.trafficType == nil { summary.usage?.trafficType = lastTrafficType }
    }
}
