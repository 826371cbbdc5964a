import GeminiWire
import Grounding
import Logging
import NIOCore
import ProxyConfig
import ProxyCore
@testable import ProxyServer
import Synchronization
import Testing

/// Under a backlog the processor keeps counting every call and skips only the heavy analyses.
@Suite struct CallProcessorBacklogTests {
    final class Collect: CallRecordSink {
        let records = Mutex<[CallRecord]>([])
        func record(_ record: CallRecord) { records.withLock { $0.append(record) } }
    }

    static func pending(_ n: Int) -> PendingCall {
        let answer = #"{"candidates":[{"content":{"role":"model","parts":[{"text":"Try the Mug [ZZZZZZZZZ9]."}]},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":5,"candidatesTokenCount":7,"totalTokenCount":12}}"#
        var call = PendingCall(
            id: "c\(n)", route: RouteClassifier.classify(path: "/v1beta/models/gemini-2.5-flash:generateContent"))
        call.firstChunkAt = call.start
        call.status = 200
        call.requestBody = ByteBuffer(string: #"{"contents":[{"role":"user","parts":[{"text":"Recommend a mug"}]}]}"#)
        call.requestBytes = 60
        call.responseBytes = answer.utf8.count
        call.responseChunks = [ByteBuffer(string: answer)]
        return call
    }

    @Test func aBackedUpQueueRecordsEveryCallWithoutTheHeavyAnalyses() async throws {
        let sink = Collect()
        let catalog = try Catalog.parseProductsJSON(Array(OnlineBoutiqueCatalog.json.utf8))
        let checks = ResponseCheckStage(markers: [], initial: catalog)
        let processor = CallProcessor(
            capacity: 8, maxDecodeBuffer: 1 << 20, responseChecks: checks, sinks: [sink],
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        )
        // Eight calls wait before the processor starts: the first ones see a backlog above a quarter.
        for n in 0..<8 { processor.submit(Self.pending(n)) }
        let task = Task { try await processor.run() }
        for _ in 0..<500 where sink.records.withLock({ $0.count }) < 8 { try await Task.sleep(for: .milliseconds(10)) }
        task.cancel()
        let records = sink.records.withLock { $0 }
        #expect(records.count == 8 && processor.status.counters.inline == 0)
        #expect(records.allSatisfy { $0.cost != nil }, "every call is still priced")
        let light = records.filter { $0.checks == nil }.count
        #expect(light == processor.recordedLight && light >= 1, "the backlog skipped the checks of \(light) calls")
        #expect(records.last?.checks?.invalidIDs == 1, "once the backlog is gone, answers are checked again")
    }
}

/// A queue bounded in bytes: calls that do not fit are recorded at once, light, and counted.
@Suite struct CallProcessorByteBoundTests {
    @Test func callsOverTheByteBoundAreRecordedInlineWithTheirCost() throws {
        let sink = CallProcessorBacklogTests.Collect()
        let catalog = try Catalog.parseProductsJSON(Array(OnlineBoutiqueCatalog.json.utf8))
        let processor = CallProcessor(
            capacity: 1_000, maxQueueBytes: 64 << 10, maxDecodeBuffer: 1 << 20,
            responseChecks: ResponseCheckStage(markers: [], initial: catalog), sinks: [sink],
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        )
        // The processor is not running: the queue only fills.
        for n in 0..<200 {
            var call = CallProcessorBacklogTests.pending(n)
            // Whitespace after the JSON keeps it valid and makes each call about 2 KB.
            call.requestBody = ByteBuffer(string: #"{"contents":[{"role":"user","parts":[{"text":"Recommend a mug"}]}]}"# + String(repeating: " ", count: 2_000))
            processor.submit(call)
        }
        let status = processor.status
        #expect(status.queueBytes <= 64 << 10 && status.queuePeakBytes <= 64 << 10)
        #expect(status.queuedCalls + status.counters.inline == 200, "every call is queued or recorded")
        #expect(status.counters.inline > 150)
        let records = sink.records.withLock { $0 }
        #expect(records.count == status.counters.inline)
        #expect(records.allSatisfy { $0.cost != nil && $0.checks == nil }, "priced, without the heavy checks")
        #expect(status.counters.shedGrounding == status.counters.inline && status.counters.shedQuality == status.counters.inline)
    }

    @Test func aSliceOfALargeBufferIsCopiedOutBeforeItWaits() {
        var big = ByteBuffer(repeating: 0x20, count: 1 << 20)
        big.moveReaderIndex(forwardBy: (1 << 20) - 100)
        var call = CallProcessorBacklogTests.pending(0)
        call.responseChunks = [big, ByteBuffer(string: "x")]
        #expect(call.retainedBytes > 1 << 20)
        call.tighten()
        #expect(call.responseChunks.count == 1 && call.responseChunks[0].readableBytes == 101)
        #expect(call.retainedBytes < 4_096)
    }
}
