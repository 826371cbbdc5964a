package import Logging
package import NIOCore
import ServiceLifecycle
import Synchronization

/// A DogStatsD client as a Service: `record` enqueues without waiting into a bounded queue
/// (drops counted); the run loop aggregates and flushes every `flushInterval`, packing lines into
/// datagrams under the transport's size limit. A final flush runs at graceful shutdown.
package final class DogStatsDClient: Service, Sendable {
    /// Exporter health for `/v1/status`.
    package struct Stats: Sendable, Equatable {
        package var queuedSamples = 0
        package var droppedSamples = 0
        package var sentDatagrams = 0
        package var failedDatagrams = 0
        package var lastError: String?
    }

    private let configuration: DogStatsDConfiguration
    private let group: any EventLoopGroup
    private let logger: Logger
    private let intake: ExportLoop<MetricSample>
    private let stats = Mutex(Stats())
    private let aggregator = Mutex(DogStatsDAggregator())
    /// Events and service checks waiting for the next flush (not aggregated), bounded.
    private let pendingLines = Mutex<[String]>([])
    /// Events and service checks kept at most between flushes.
    package static let maxPendingLines = 1024

    package init(configuration: DogStatsDConfiguration, group: any EventLoopGroup, logger: Logger) {
        self.configuration = configuration
        self.group = group
        var logger = logger
        logger[metadataKey: "component"] = "dogstatsd"
        self.logger = logger
        intake = ExportLoop(capacity: configuration.queueCapacity, timer: group)
        intake.setIngest { [weak self] sample in self?.aggregator.withLock { $0.add(sample) } }
    }

    /// Current counters (dropped samples include values beyond the aggregator's per-context cap).
    package var currentStats: Stats {
        var current = stats.withLock { $0 }
        current.droppedSamples += aggregator.withLock { $0.droppedValues }
        current.queuedSamples = intake.depth
        return current
    }

    /// The endpoint datagrams go to.
    package var endpoint: DogStatsDConfiguration.Endpoint { configuration.endpoint }

    /// Enqueues a sample; never waits. Dropped samples are counted.
    package func record(_ sample: MetricSample) {
        if !intake.offer(sample) {
            stats.withLock { $0.droppedSamples += 1 }
        }
    }

    /// Queues an event for the next flush; never waits. Dropped (and counted) when 1024 are pending.
    package func send(_ event: DogStatsDEvent) {
        enqueueLine(event.line(globalTags: configuration.globalTags))
    }

    /// Queues a service check for the next flush; never waits.
    package func send(_ check: DogStatsDServiceCheck) {
        enqueueLine(check.line(globalTags: configuration.globalTags))
    }

    private func enqueueLine(_ line: String) {
        let accepted = pendingLines.withLock { lines -> Bool in
            guard lines.count < Self.maxPendingLines else { return false }
            lines.append(line)
            return true
        }
        if !accepted { stats.withLock { $0.droppedSamples += 1 } }
    }

    package func run() async throws {
        let transport: DatagramTransport?
        do {
            transport = try await DatagramTransport.open(configuration.endpoint, group: group)
        } catch {
            // The Agent may come later; metrics are dropped (and counted) meanwhile, traffic is unaffected.
            logger.warning("cannot open DogStatsD socket", metadata: ["endpoint": .string(configuration.endpoint.description), "error": .string("\(error)")])
            stats.withLock { $0.lastError = "open \(configuration.endpoint): \(error)" }
            transport = nil
        }
        await intake.run(interval: configuration.flushInterval, flush: { self.flush(transport) })
        await transport?.close()
    }

    /// Sends everything aggregated so far.
    func flush(_ transport: DatagramTransport?) {
        intake.drain()
        let maxBytes = configuration.endpoint.maxDatagramBytes
        var lines = aggregator.withLock { $0.flush(globalTags: configuration.globalTags, maxLineBytes: maxBytes) }
        lines += pendingLines.withLock { pending in
            defer { pending = [] }
            return pending
        }
        guard !lines.isEmpty else { return }
        let (datagrams, oversized) = DatagramPacker.pack(lines, maxBytes: maxBytes)
        if oversized > 0 { stats.withLock { $0.droppedSamples += oversized } }
        guard let transport else {
            stats.withLock { $0.failedDatagrams += datagrams.count }
            return
        }
        for datagram in datagrams {
            transport.send(datagram).whenComplete { result in
                self.stats.withLock { stats in
                    switch result {
                    case .success: stats.sentDatagrams += 1
                    case .failure(let error):
                        stats.failedDatagrams += 1
                        stats.lastError = "\(error)"
                    }
                }
            }
        }
    }
}
