import CoreMetrics
import DatadogExport
import Logging
import NIOPosix
import ProxyTesting
import ServiceLifecycle
import Testing

@Suite("swift-metrics backend over DogStatsD", .timeLimit(.minutes(1)))
struct DogStatsDMetricsFactoryTests {
    @Test func swiftMetricsTypesMapToDogStatsDTypes() async throws {
        let capture = try await DatagramCapture.start()
        let configuration = DogStatsDConfiguration(
            endpoint: .udp(host: "127.0.0.1", port: capture.port), globalTags: ["env:test"], flushInterval: .milliseconds(50)
        )
        let logger = Logger(label: "test")
        let client = DogStatsDClient(configuration: configuration, group: MultiThreadedEventLoopGroup.singleton, logger: logger)
        let factory = DogStatsDMetricsFactory(client: client)
        let group = ServiceGroup(services: [client], logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let counter = Counter(label: "lib.requests", dimensions: [("route", "/v1")], factory: factory)
            counter.increment()
            counter.increment(by: 4)
            Recorder(label: "lib.size", dimensions: [("kind", "a")], aggregate: true, factory: factory).record(512)
            Gauge(label: "lib.queue", factory: factory).record(7)
            Timer(label: "lib.latency", factory: factory).recordMilliseconds(25)
            let meter = Meter(label: "lib.inflight", factory: factory)
            meter.increment(by: 3)
            meter.decrement(by: 1)
            Counter(label: "bad|name:x", factory: factory).increment()
            let lines = try await capture.wait { lines in lines.contains { $0.hasPrefix("lib.inflight:") } && lines.contains { $0.hasPrefix("bad_name_x") } }
            #expect(lines.contains("lib.requests:5|c|#route:/v1,env:test"), "counts are summed per flush")
            #expect(lines.contains("lib.size:512|d|#kind:a,env:test"))
            #expect(lines.contains("lib.queue:7|g|#env:test"))
            #expect(lines.contains("lib.latency:25|d|#env:test"), "timers in milliseconds")
            #expect(lines.contains("lib.inflight:2|g|#env:test"), "the meter's running value, last one wins")
            #expect(lines.contains("bad_name_x:1|c|#env:test"))
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        try await capture.stop()
    }
}
