import ProxyCore

/// Counters for one slice of traffic (all calls, a dialect, or a model), with bounded
/// latency samples for percentiles.
struct StatusCounters: Sendable {
    var requests = 0
    var errors = 0
    var streamed = 0
    var unparsed = 0
    var tokens = TokenTotals()
    var latencyMs = SampleWindow()
    var ttfbMs = SampleWindow()
    var spend = SpendTotals()

    mutating func add(_ record: CallRecord) {
        requests += 1
        if record.outcome.isError { errors += 1 }
        if record.isStreamed { streamed += 1 }
        if record.requestUnparsed || record.response?.unparsed == true { unparsed += 1 }
        if let usage = record.response?.usage { tokens.add(usage) }
        latencyMs.add(record.duration.milliseconds)
        if let ttfb = record.timeToFirstByte { ttfbMs.add(ttfb.milliseconds) }
        if let cost = record.cost { spend.add(cost) }
    }
}

/// Spend in exact money, and how many calls were estimated or could not be priced.
struct SpendTotals: Sendable, Equatable {
    var total = Money.zero
    var estimatedCalls = 0
    var unknownModelCalls = 0
    var prepaidCalls = 0

    mutating func add(_ cost: CallCost) {
        total += cost.total
        switch cost.basis {
        case .estimated: estimatedCalls += 1
        case .unknownModel: unknownModelCalls += 1
        case .prepaid: prepaidCalls += 1
        case .reported: break
        }
    }
}

/// Token sums by kind. `input` is `promptTokenCount` (cached included), `output` is
/// `candidatesTokenCount` (thoughts excluded).
struct TokenTotals: Sendable, Codable, Equatable {
    var input = 0
    var output = 0
    var thoughts = 0
    var cached = 0
    var toolUsePrompt = 0
    var total = 0

    init() {}

    init(_ usage: TokenUsage) {
        add(usage)
    }

    mutating func add(_ usage: TokenUsage) {
        input += usage.promptTokens
        output += usage.candidatesTokens
        thoughts += usage.thoughtsTokens
        cached += usage.cachedContentTokens
        toolUsePrompt += usage.toolUsePromptTokens
        total += usage.totalTokens
    }

    enum CodingKeys: String, CodingKey {
        case input, output, thoughts, cached, toolUsePrompt = "tool_use_prompt", total
    }
}

/// The most recent samples (a ring of fixed size), for percentiles over recent traffic.
struct SampleWindow: Sendable {
    static let capacity = 2048
    private(set) var samples: [Double] = []
    private var next = 0

    mutating func add(_ value: Double) {
        if samples.count < Self.capacity {
            samples.append(value)
        } else {
            samples[next] = value
            next = (next + 1) % Self.capacity
        }
    }

    /// p50, p90, p99 and max of the window; nil when empty.
    func percentiles() -> Percentiles? {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        func at(_ q: Double) -> Double {
            sorted[min(sorted.count - 1, Int((q * Double(sorted.count)).rounded(.up)) - 1)]
        }
        return Percentiles(p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[sorted.count - 1])
    }
}

struct Percentiles: Sendable, Codable, Equatable {
    var p50: Double
    var p90: Double
    var p99: Double
    var max: Double
}

extension Duration {
    /// The duration in milliseconds, as a Double.
    var milliseconds: Double {
        let (s, atto) = components
        return Double(s) * 1000 + Double(atto) / 1e15
    }
}
