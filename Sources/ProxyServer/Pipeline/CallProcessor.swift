import DatadogExport
import GeminiWire
import JSON
import Ledger
import Logging
import NIOCore
import Pricing
import ProxyCore
import ServiceLifecycle
import Synchronization

/// Turns ``PendingCall``s into ``CallRecord``s in the background: decodes the tapped response,
/// checks the request JSON, and hands records to the sinks. The request path enqueues without
/// waiting. The queue is bounded in calls and in bytes (`limits.analysis_queue_bytes`); a call
/// that does not fit is recorded at once on the submitting thread, without the heavy checks, so
/// no call goes unrecorded and the recording work slows the intake instead. The analyses run on
/// a ``BackgroundThread`` with a lower priority than the event loops.
final class CallProcessor: Service, Sendable {
    private let queue: AnalysisQueue<PendingCall>
    private let sinks: [any CallRecordSink]
    private let logger: Logger
    private let counters = Mutex(PipelineCounters())
    private let statsd: DogStatsDClient?
    private let capacity: Int
    private let maxDecodeBuffer: Int
    /// Pricing and guards, replaced by config reloads.
    private let live: LiveSettings?
    private let pricing: PriceTable
    private let sessions: SessionResolver
    private let guards: GuardStage?
    private let responseChecks: ResponseCheckStage?
    /// Models already warned about as unpriced (at most 256 remembered).
    private let warnedModels = Mutex<Set<String>>([])

    /// - Parameters:
    ///   - capacity: calls queued at most.
    ///   - maxQueueBytes: bytes of queued calls (bodies and tapped responses) held at most.
    ///   - maxDecodeBuffer: bytes the decoder may buffer for one incomplete event.
    ///   - sinks: receivers of finished records, called in order.
    ///   - statsd: where the pipeline's own counts go (`outrigger.pipeline.*`).
    init(
        capacity: Int, maxQueueBytes: Int = 4 << 20, maxDecodeBuffer: Int, pricing: PriceTable = .default,
        sessions: SessionResolver = .default, guards: GuardStage? = nil, responseChecks: ResponseCheckStage? = nil,
        live: LiveSettings? = nil, sinks: [any CallRecordSink], statsd: DogStatsDClient? = nil, logger: Logger
    ) {
        self.live = live
        queue = AnalysisQueue(capacity: capacity, maxBytes: maxQueueBytes)
        self.capacity = capacity
        self.sinks = sinks
        self.statsd = statsd
        self.maxDecodeBuffer = maxDecodeBuffer
        self.pricing = pricing
        self.sessions = sessions
        self.guards = guards
        self.responseChecks = responseChecks
        var logger = logger
        logger[metadataKey: "component"] = "call-processor"
        self.logger = logger
    }

    /// What the pipeline did with the calls so far, and its queue now.
    var status: PipelineStatus {
        let bytes = queue.bytes
        return PipelineStatus(
            counters: counters.withLock { $0 }, queuedCalls: queue.depth, queueBytes: bytes.held, queuePeakBytes: bytes.peak,
            queueMaxBytes: queue.maxBytes
        )
    }

    /// Calls recorded without grounding, quality and guard re-scoring because the queue was backed up.
    var recordedLight: Int { counters.withLock { $0.light } }

    /// Enqueues a finished call without waiting; when the queue is full, records it here.
    func submit(_ call: PendingCall) {
        var call = call
        call.bodyReservation?.release()
        call.bodyReservation = nil
        call.tighten()
        if queue.push(call, bytes: call.retainedBytes) { return }
        counters.withLock { $0.inline += 1 }
        statsd?.record(MetricSample(name: "outrigger.pipeline.recorded_inline", value: 1, type: .count, tags: []))
        process(call, light: true)
    }

    func run() async throws {
        // Where the analyses run: one thread below the event loops' priority, for as long as this runs.
        let thread = BackgroundThread()
        await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                _ = try? await thread.run { self.queue.consume { batch in self.process(batch) } }
            } onCancel: {
                self.queue.finish()
            }
        } onGracefulShutdown: {
            // The HTTP servers stop first (ServiceGroup order), so no new calls arrive: drain and end.
            self.queue.finish()
        }
        await thread.shutdown()
    }

    /// Analyses a batch of calls in arrival order. While more than a quarter of the queue's
    /// capacity waits behind a call, or the queue holds more than half its bytes, that call is
    /// recorded without the heavy analyses.
    private func process(_ batch: [(item: PendingCall, bytes: Int)]) {
        for (index, entry) in batch.enumerated() {
            let behind = batch.count - index - 1
            process(entry.item, light: behind > capacity / 4 || queue.bytes.held > queue.maxBytes / 2)
            queue.release(entry.bytes)
        }
    }

    /// Analyses one finished call and hands the record to every sink. With `light`, the heavy
    /// analyses (grounding, quality, guard re-scoring) are skipped so that under a backlog every
    /// call is still counted, priced and traced rather than dropped whole.
    private func process(_ call: PendingCall, light: Bool) {
        let current = live?.current
        let pricing = current?.pricing ?? pricing
        let guards = current.map(\.proxy.guards) ?? guards
        var record = Self.makeRecord(call, maxDecodeBuffer: maxDecodeBuffer, pricing: pricing, sessions: sessions)
        if light {
            record.security = call.security
            shed(checks: responseChecks != nil && record.operation.isGeneration, guards: guards != nil && call.security == nil && record.prompt != nil)
        } else {
            if let guards { record.security = guards.findings(for: record, screened: call.security) }
            if let responseChecks { record.checks = responseChecks.checks(for: record) }
        }
        if let cost = record.cost, cost.basis == .unknownModel { warnUnpriced(cost.pricedModel) }
        for sink in sinks { sink.record(record) }
        logger.debug(
            "call",
            metadata: [
                "id": .string(record.id), "dialect": .string(record.dialect.rawValue),
                "model": .string(record.model), "operation": .string(record.operation.rawValue),
                "status": .stringConvertible(record.status), "outcome": .string(record.outcome.rawValue),
            ]
        )
    }

    /// Counts a light record and each check it skipped, per stage.
    private func shed(checks: Bool, guards: Bool) {
        counters.withLock {
            $0.light += 1
            if checks { $0.shedGrounding += 1; $0.shedQuality += 1 }
            if guards { $0.shedGuards += 1 }
        }
        guard let statsd else { return }
        if checks {
            statsd.record(MetricSample(name: "outrigger.pipeline.shed", value: 1, type: .count, tags: ["stage:grounding"]))
            statsd.record(MetricSample(name: "outrigger.pipeline.shed", value: 1, type: .count, tags: ["stage:quality"]))
        }
        if guards { statsd.record(MetricSample(name: "outrigger.pipeline.shed", value: 1, type: .count, tags: ["stage:guards"])) }
    }

    /// One warning per model without a price: its calls are counted as `cost_unknown`.
    private func warnUnpriced(_ model: String) {
        let first = warnedModels.withLock { warned -> Bool in
            guard warned.count < 256, !warned.contains(model) else { return false }
            warned.insert(model)
            return true
        }
        if first {
            logger.warning(
                "no price for this model; its calls are counted as cost_unknown. Add it under pricing.models.",
                metadata: ["model": .string(model)]
            )
        }
    }

    /// Builds the record for a finished call. Pure apart from the decoding work.
    static func makeRecord(
        _ call: PendingCall, maxDecodeBuffer: Int, pricing: PriceTable = .default, sessions: SessionResolver = .default
    ) -> CallRecord {
        var decoded = call.isGRPC ? decodeGRPC(call, maxDecodeBuffer: maxDecodeBuffer) : decodeREST(call, maxDecodeBuffer: maxDecodeBuffer)
        if call.tapTruncated, var response = decoded.response {
            response.unparsed = true
            response.decodeProblem = response.decodeProblem ?? "response larger than limits.max_response_tap"
            decoded.response = response
        }
        let route = decoded.route
        var outcome = call.outcome
        if outcome == .ok, decoded.response?.error != nil { outcome = .streamError }
        var record = CallRecord(
            id: call.id, startedAt: call.startedAt, dialect: route.dialect, operation: route.operation,
            model: route.model, apiVersion: route.apiVersion, streamFormat: route.streamFormat,
            status: call.status, outcome: outcome, duration: call.end - call.start,
            timeToFirstByte: call.firstChunkAt.map { $0 - call.start }, requestBytes: call.requestBytes,
            responseBytes: call.responseBytes, requestUnparsed: decoded.requestUnparsed, response: decoded.response,
            errorMessage: call.errorMessage, upstreamHost: call.upstreamHost
        )
        record.trace = call.trace
        record.prompt = decoded.prompt
        record.sessionID = sessions.resolve(header: call.sessionID, labels: decoded.prompt?.labels ?? [:])
        record.samplingPriority = call.samplingPriority
        record.agentSampleRate = call.agentSampleRate
        record.httpMethod = call.httpMethod
        record.redactedTarget = CredentialRedaction.redactTarget(call.target)
        record.grpcStatus = call.grpcStatus
        record.cost = pricing.cost(of: record)
        return record
    }

    /// What decoding a call's request and response gave.
    struct Decoded {
        var route: Route
        var response: ResponseSummary?
        var prompt: PromptSummary?
        var requestUnparsed = false
    }

    /// REST: the tapped body as JSON (unary, SSE or a JSON array), and the request JSON.
    private static func decodeREST(_ call: PendingCall, maxDecodeBuffer: Int) -> Decoded {
        var decoded = Decoded(route: call.route, prompt: call.prompt)
        if call.route.dialect != .other, !call.responseChunks.isEmpty {
            let format: StreamFormat = (200..<300).contains(call.status) ? call.route.streamFormat : .unary
            var decoder = ResponseDecoder(
                dialect: call.route.dialect, format: format, contentEncoding: call.contentEncoding,
                maxBufferedBytes: maxDecodeBuffer
            )
            for chunk in call.responseChunks {
                chunk.withUnsafeReadableBytes { decoder.feed($0) }
            }
            decoded.response = decoder.finish()
        }
        if decoded.prompt == nil, call.route.dialect != .other, let body = call.requestBody, body.readableBytes > 0 {
            if let request = body.withUnsafeReadableBytes({ try? JSONParser.parse($0) }) {
                if call.route.operation.isGeneration { decoded.prompt = PromptExtractor.summary(of: request) }
            } else {
                decoded.requestUnparsed = true
            }
        }
        return decoded
    }

    /// gRPC: the request message names the model; the response messages and the trailers'
    /// status give the same summary a REST body would.
    private static func decodeGRPC(_ call: PendingCall, maxDecodeBuffer: Int) -> Decoded {
        var decoded = Decoded(route: call.route, prompt: call.prompt)
        guard call.route.dialect != .other else { return decoded }
        let request = call.grpcRequest ?? call.requestBody.flatMap {
            GRPCRequestReading.read($0, route: call.route, encoding: call.grpcRequestEncoding, maxBytes: maxDecodeBuffer)
        }
        if let request {
            decoded.route = call.route.naming(request)
            if call.route.operation.isGeneration, decoded.prompt == nil { decoded.prompt = request.prompt }
        } else if (call.requestBody?.readableBytes ?? 0) > 0 {
            decoded.requestUnparsed = true
        }
        guard !call.responseChunks.isEmpty || (call.grpcStatus ?? 0) != 0 else { return decoded }
        var decoder = GRPCResponseDecoder(
            dialect: call.route.dialect, operation: call.route.operation, grpcEncoding: call.contentEncoding,
            maxBufferedBytes: maxDecodeBuffer
        )
        for chunk in call.responseChunks {
            chunk.withUnsafeReadableBytes { decoder.feed($0) }
        }
        if let status = call.grpcStatus, status != 0 { decoder.applyStatus(code: status, grpcMessage: call.grpcMessage) }
        decoded.response = decoder.finish()
        return decoded
    }
}

/// A receiver of finished call records (status store now; exporters and rules later).
protocol CallRecordSink: Sendable {
    /// Called once per call, on the processor's task; must not block.
    func record(_ record: CallRecord)
}
