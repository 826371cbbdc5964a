/// Client-side aggregation, as datadog-go does it (`statsd/aggregator.go`): counts are summed and
/// gauges keep their last value per (name, type, tags) context; distribution values are kept
/// and sent packed (`name:v1:v2|d`, DogStatsD protocol 1.1) at each flush. Pure: no clock, no I/O.
package struct DogStatsDAggregator: Sendable {
    private struct Context: Hashable {
        var name: String
        var type: StatsDMetricType
        var tags: String
    }

    /// Distribution values kept per context before they are set aside whole for the next flush.
    package static let maxValuesPerContext = 4096
    /// Distribution values set aside (full contexts) at most between flushes; more are dropped
    /// and counted. 64 full contexts, 2 MiB of doubles.
    package static let maxSetAsideValues = 64 * maxValuesPerContext

    private var counts: [Context: Double] = [:]
    private var gauges: [Context: Double] = [:]
    private var distributions: [Context: [Double]] = [:]
    /// Contexts that filled up since the last flush, in the order they filled, sent at the flush.
    private var setAside: [(context: Context, values: [Double])] = []
    private var setAsideValues = 0
    /// Samples dropped because the values set aside reached their bound.
    package private(set) var droppedValues = 0

    package init() {}

    /// Adds a sample. Tags are sanitised and sorted so equal tag sets share a context.
    package mutating func add(_ sample: MetricSample) {
        let context = Context(name: sample.name, type: sample.type, tags: sample.tagField)
        switch sample.type {
        case .count: counts[context, default: 0] += sample.value
        case .gauge: gauges[context] = sample.value
        case .distribution:
            distributions[context, default: []].append(sample.value)
            guard let values = distributions[context], values.count >= Self.maxValuesPerContext else { return }
            // A busy context: its values wait whole for the flush, and it starts again empty.
            distributions[context] = nil
            if setAsideValues + values.count <= Self.maxSetAsideValues {
                setAside.append((context, values))
                setAsideValues += values.count
            } else {
                droppedValues += values.count
            }
        }
    }

    /// Whether nothing is waiting to be flushed.
    package var isEmpty: Bool { counts.isEmpty && gauges.isEmpty && distributions.isEmpty && setAside.isEmpty }

    /// Returns the DogStatsD lines for everything aggregated since the last flush, and resets.
    /// - Parameters:
    ///   - globalTags: appended to every line's tags.
    ///   - maxLineBytes: packed distribution lines are split so none exceeds this.
    package mutating func flush(globalTags: [String], maxLineBytes: Int) -> [String] {
        let global = globalTags.map(Self.sanitise).joined(separator: ",")
        var lines: [String] = []
        for (context, value) in counts.sorted(by: { $0.key.name < $1.key.name }) {
            lines.append(Self.line(context.name, [value], context.type, context.tags, global))
        }
        for (context, value) in gauges.sorted(by: { $0.key.name < $1.key.name }) {
            lines.append(Self.line(context.name, [value], context.type, context.tags, global))
        }
        let current = distributions.sorted(by: { $0.key.name < $1.key.name }).map { (context: $0.key, values: $0.value) }
        for (context, values) in setAside + current {
            let suffixBytes = Self.line(context.name, [], context.type, context.tags, global).utf8.count
            var batch: [Double] = []
            var batchBytes = suffixBytes
            for value in values {
                let text = Self.format(value)
                if !batch.isEmpty, batchBytes + text.utf8.count + 1 > maxLineBytes {
                    lines.append(Self.line(context.name, batch, context.type, context.tags, global))
                    batch = []
                    batchBytes = suffixBytes
                }
                batch.append(value)
                batchBytes += text.utf8.count + 1
            }
            if !batch.isEmpty { lines.append(Self.line(context.name, batch, context.type, context.tags, global)) }
        }
        counts = [:]
        gauges = [:]
        distributions = [:]
        setAside = []
        setAsideValues = 0
        return lines
    }

    /// `<name>:<v>[:<v>…]|<type>[|#tags]` (datadog-agent `parse.go`).
    static func line(_ name: String, _ values: [Double], _ type: StatsDMetricType, _ tags: String, _ global: String) -> String {
        var out = name
        for value in values { out += ":" + format(value) }
        out += "|" + type.rawValue
        let all = [tags, global].filter { !$0.isEmpty }.joined(separator: ",")
        if !all.isEmpty { out += "|#" + all }
        return out
    }

    /// Integers without a decimal point; other values in Swift's shortest round-trip form.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func tagField(_ tags: [String]) -> String {
        tags.map(sanitise).sorted().joined(separator: ",")
    }

    /// Tags may not contain the datagram's separators: `|`, `,`, `#`, newlines.
    static func sanitise(_ tag: String) -> String {
        guard tag.contains(where: { $0 == "|" || $0 == "," || $0 == "\n" || $0 == "\r" || $0 == "#" }) else { return tag }
        return String(tag.map { $0 == "|" || $0 == "," || $0 == "\n" || $0 == "\r" || $0 == "#" ? "_" : $0 })
    }
}
