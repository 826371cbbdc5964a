package import CoreMetrics
import Synchronization

/// A swift-metrics backend that sends through a ``DogStatsDClient``, so any library that reports
/// with swift-metrics reaches the Agent with the same aggregation, packing and drop accounting.
///
/// Mapping: counters are DogStatsD counts; recorders with `aggregate: true` and timers are
/// distributions (timers in milliseconds); other recorders and meters are gauges. Dimensions
/// become `key:value` tags, prepared once per handler.
package struct DogStatsDMetricsFactory: MetricsFactory {
    let client: DogStatsDClient

    package init(client: DogStatsDClient) {
        self.client = client
    }

    package func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        Handler(client: client, name: label, dimensions: dimensions, type: .count)
    }

    package func makeFloatingPointCounter(label: String, dimensions: [(String, String)]) -> any FloatingPointCounterHandler {
        Handler(client: client, name: label, dimensions: dimensions, type: .count)
    }

    package func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        Handler(client: client, name: label, dimensions: dimensions, type: aggregate ? .distribution : .gauge)
    }

    package func makeMeter(label: String, dimensions: [(String, String)]) -> any MeterHandler {
        Handler(client: client, name: label, dimensions: dimensions, type: .gauge)
    }

    package func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        Handler(client: client, name: label, dimensions: dimensions, type: .distribution)
    }

    package func destroyCounter(_ handler: any CounterHandler) {}
    package func destroyFloatingPointCounter(_ handler: any FloatingPointCounterHandler) {}
    package func destroyRecorder(_ handler: any RecorderHandler) {}
    package func destroyMeter(_ handler: any MeterHandler) {}
    package func destroyTimer(_ handler: any TimerHandler) {}

    /// One handler type for every kind: the metric type decides what reaches the wire.
    final class Handler: CounterHandler, FloatingPointCounterHandler, RecorderHandler, MeterHandler, TimerHandler, Sendable {
        let client: DogStatsDClient
        let name: String
        let type: StatsDMetricType
        let tagField: String
        /// The meter's current value (meters can be incremented; the gauge sends the total).
        private let meterValue = Mutex<Double>(0)

        init(client: DogStatsDClient, name: String, dimensions: [(String, String)], type: StatsDMetricType) {
            self.client = client
            self.name = Self.metricName(name)
            self.type = type
            tagField = MetricSample.tagField(dimensions.map { $0.1.isEmpty ? $0.0 : "\($0.0):\($0.1)" })
        }

        private func send(_ value: Double) {
            client.record(MetricSample(name: name, value: value, type: type, tagField: tagField))
        }

        func increment(by amount: Int64) { send(Double(amount)) }
        func increment(by amount: Double) {
            if type == .gauge { set(meterValue.withLock { $0 += amount; return $0 }) } else { send(amount) }
        }
        func decrement(by amount: Double) { set(meterValue.withLock { $0 -= amount; return $0 }) }
        func reset() { if type == .gauge { set(0.0) } }
        func record(_ value: Int64) { send(Double(value)) }
        func record(_ value: Double) { send(value) }
        func set(_ value: Int64) { set(Double(value)) }
        func set(_ value: Double) {
            meterValue.withLock { $0 = value }
            send(value)
        }
        func recordNanoseconds(_ duration: Int64) { send(Double(duration) / 1_000_000) }

        /// DogStatsD reserves `:|@#` and line breaks in names; they become `_`.
        static func metricName(_ label: String) -> String {
            guard label.contains(where: { ":|@#\n\r ".contains($0) }) else { return label }
            return String(label.map { ":|@#\n\r ".contains($0) ? "_" : $0 })
        }
    }
}
