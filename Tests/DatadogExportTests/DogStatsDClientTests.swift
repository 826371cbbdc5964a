import DatadogExport
import Logging
import NIOPosix
import ProxyTesting
import ServiceLifecycle
import Testing

@Suite("DogStatsD client over UDP", .timeLimit(.minutes(1)))
struct DogStatsDClientTests {
    @Test func flushesAggregatedSamplesToTheAgentSocket() async throws {
        let capture = try await DatagramCapture.start()
        let configuration = DogStatsDConfiguration(
            endpoint: .udp(host: "127.0.0.1", port: capture.port), globalTags: ["env:test"], flushInterval: .milliseconds(50)
        )
        let logger = Logger(label: "test")
        let client = DogStatsDClient(configuration: configuration, group: MultiThreadedEventLoopGroup.singleton, logger: logger)
        let group = ServiceGroup(services: [client], logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            for _ in 0..<10 { client.record(MetricSample(name: "llm.request.count", value: 1, type: .count, tags: ["model:m"])) }
            client.record(MetricSample(name: "llm.request.duration", value: 12.5, type: .distribution, tags: ["model:m"]))
            let lines = try await capture.wait { $0.contains("llm.request.count:10|c|#model:m,env:test") }
            #expect(lines.contains("llm.request.count:10|c|#model:m,env:test"))
            #expect(lines.contains("llm.request.duration:12.5|d|#model:m,env:test"))
            // A sample recorded just before shutdown is flushed by the final flush.
            client.record(MetricSample(name: "last", value: 1, type: .count, tags: []))
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        let lines = try await capture.wait { $0.contains("last:1|c|#env:test") }
        #expect(lines.contains("last:1|c|#env:test"))
        #expect(client.currentStats.sentDatagrams >= 2)
        #expect(client.currentStats.droppedSamples == 0)
        try await capture.stop()
    }

    @Test func sendsOverAUnixDatagramSocket() async throws {
        let path = "/tmp/outrigger-dsd-test-\(UInt32.random(in: 0 ... .max)).socket"
        let capture = try UnixDatagramCapture(path: path)
        let configuration = DogStatsDConfiguration(endpoint: .unixDatagram(path: path), flushInterval: .milliseconds(50))
        let logger = Logger(label: "test")
        let client = DogStatsDClient(configuration: configuration, group: MultiThreadedEventLoopGroup.singleton, logger: logger)
        let group = ServiceGroup(services: [client], logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            // Enough distinct contexts to need more than one 1432-byte datagram, but one 8192-byte one.
            for i in 0..<100 { client.record(MetricSample(name: "uds.metric.\(i)", value: 1, type: .count, tags: ["k:v"])) }
            // Generous: on a loaded 2-core machine the first flush has come after more than 5 s.
            let lines = try await capture.wait(timeout: .seconds(30)) { $0.count >= 100 }
            #expect(client.currentStats.lastError == nil)
            #expect(lines.count == 100)
            #expect(capture.datagrams.allSatisfy { $0.utf8.count <= 8192 })
            #expect(capture.datagrams.count < 3, "UDS datagrams use the 8 KiB limit")
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        capture.stop()
    }

    @Test func aFullQueueDropsAndCountsWithoutBlocking() async throws {
        let configuration = DogStatsDConfiguration(
            endpoint: .udp(host: "127.0.0.1", port: 9), globalTags: [], flushInterval: .seconds(60), queueCapacity: 100
        )
        // Not running: nothing drains the queue, so the 101st sample onwards is dropped.
        let client = DogStatsDClient(configuration: configuration, group: MultiThreadedEventLoopGroup.singleton, logger: Logger(label: "test"))
        let start = ContinuousClock.now
        for _ in 0..<1000 { client.record(MetricSample(name: "x", value: 1, type: .count, tags: [])) }
        #expect(ContinuousClock.now - start < .milliseconds(500))
        #expect(client.currentStats.droppedSamples == 900)
        #expect(client.currentStats.queuedSamples == 100, "the queue depth is what waits to be ingested")
    }
}
