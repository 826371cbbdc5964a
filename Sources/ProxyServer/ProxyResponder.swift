import AsyncHTTPClient
import DatadogExport
import GeminiWire
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import ProxyConfig
import ProxyCore
import UpstreamClient

/// The traffic listener's handler: every request, whatever its path, is forwarded.
///
/// Stages, in order:
/// 1. classify the route (dialect, model, operation, framing);
/// 2. read the body up to `limits.max_request_body` (413 beyond);
/// 3. forward upstream and wait for the response head (502/504 on failure);
/// 4. relay the body chunk by chunk, keeping copies for the tap;
/// 5. after the last byte, hand the call to the ``CallProcessor``.
struct ProxyResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// Reloadable settings; each request reads one snapshot when it starts.
    let live: LiveSettings
    /// Set during graceful shutdown: relays cut their streams once it has passed.
    let drain: DrainDeadline
    let client: UpstreamHTTPClient
    let processor: CallProcessor
    let ids: CallIDGenerator
    let logger: Logger

    func respond(to request: Request, context: Context) async throws -> Response {
        let settings = live.current.proxy
        let start = ContinuousClock.now
        let startedAt = WallClock.now()
        let target = request.head.path ?? "/"
        let route = RouteClassifier.classify(path: Substring(target))
        var pending = PendingCall(
            id: ids.next(), startedAt: startedAt, start: start, end: start, firstChunkAt: nil, route: route,
            status: 0, outcome: .ok, requestBody: nil, requestBytes: 0, responseBytes: 0, contentEncoding: nil,
            responseChunks: [], tapTruncated: false, errorMessage: nil, upstreamHost: nil
        )

        // Stage 1b: only origin-form targets with a forwardable method go on; nothing on the
        // request line may choose where a request goes.
        let form = request.headers[RequestTargetAnnotator.field].flatMap { RequestTarget(name: Substring($0)) } ?? .classify(target)
        switch RequestAdmission.decide(method: request.method.rawValue, target: form) {
        case .forward: break
        case .answerOptions: return finishRejected(&pending, ProxyErrorResponse.options(), request: request)
        case .refuse(let error): return finishRejected(&pending, ProxyErrorResponse.make(error, allow: error.code == 405), request: request)
        }

        // Stage 2: the body, capped.
        let body: ByteBuffer
        do {
            if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > settings.maxRequestBodyBytes {
                throw NIOTooManyBytesError(maxBytes: settings.maxRequestBodyBytes)
            }
            body = try await request.body.collect(upTo: settings.maxRequestBodyBytes)
        } catch is NIOTooManyBytesError {
            return finishLocally(&pending, ProxyErrorResponse.tooLarge(limit: settings.maxRequestBodyBytes), outcome: .tooLarge)
        } catch {
            pending.errorMessage = "reading the request body failed: \(error)"
            pending.outcome = .clientDisconnected
            pending.status = 499
            pending.end = .now
            processor.submit(pending)
            throw error
        }
        pending.requestBody = body
        pending.requestBytes = body.readableBytes
        pending.httpMethod = request.method.rawValue
        pending.target = target

        // Stage 3: forward and wait for the head.
        let base = settings.resolver.baseURL(for: route.target)
        pending.upstreamHost = UpstreamURLResolver.host(of: base)
        let url: String
        do {
            url = try UpstreamURLResolver.url(base: base, target: Substring(target))
        } catch {
            logger.error("refusing to forward", metadata: pending.logMetadata(["error": .string(error.description)]))
            return finishLocally(&pending, ProxyErrorResponse.unforwardable(error), outcome: .proxyError)
        }
        var upstreamRequest = HTTPClientRequest(url: url)
        upstreamRequest.method = HTTPMethod(rawValue: request.method.rawValue)
        upstreamRequest.headers = HeaderPolicy.upstreamRequestHeaders(from: request.headers)
        if settings.tracing != nil || settings.identifyCalls {
            // Continue the caller's trace (or start one); with tracing on, carry Outrigger's span upstream.
            let context = TraceContext.extract(
                header: { request.headers[HTTPField.Name($0)!] }, newID: TraceIDs.random, nowSeconds: UInt64(startedAt)
            )
            pending.trace = context
            if let tracing = settings.tracing {
                var priority = context.samplingPriority
                if priority == nil {
                    let decision = tracing.sampler.priority(traceIDLow: context.traceIDLow, service: tracing.service, env: tracing.env)
                    priority = decision.priority
                    pending.agentSampleRate = decision.rate
                }
                pending.samplingPriority = priority
                for name in TraceContext.headerNames { upstreamRequest.headers.remove(name: name) }
                for (name, value) in context.injectionHeaders(priority: priority ?? 1) { upstreamRequest.headers.add(name: name, value: value) }
            }
        }
        if let header = settings.sessionHeader, let value = request.headers[header] {
            pending.sessionID = value  // normalized with the Vertex labels by the call processor
        }
        var forwardBody = body
        if let guards = settings.guards, guards.screensInline, route.operation.isGeneration,
            let screening = guards.screen(body: body, sessionHeader: pending.sessionID)
        {
            pending.security = screening.findings
            if let block = screening.block {
                return finishLocally(&pending, block, outcome: .blocked)
            }
            if let redacted = screening.body { forwardBody = redacted }
        }
        if forwardBody.readableBytes > 0 || request.method == .post || request.method == .put || request.method == .patch {
            upstreamRequest.body = .bytes(forwardBody)
        }
        let totalDeadline = start + settings.timeouts.total
        let headTimeout = min(settings.timeouts.firstByte, totalDeadline - ContinuousClock.now)
        let response: HTTPClientResponse
        do {
            response = try await client.send(upstreamRequest, firstByteTimeout: headTimeout, logger: logger)
        } catch {
            logger.warning(
                "upstream failed before the response head",
                metadata: pending.logMetadata(["upstream": .string(base), "error": .string(error.description)])
            )
            return finishLocally(
                &pending, ProxyErrorResponse.upstream(error, host: pending.upstreamHost ?? base),
                outcome: error.isTimeout ? .timeout : .connectFailed
            )
        }

        // Stage 4: relay.
        pending.status = Int(response.status.code)
        pending.outcome = (200..<300).contains(pending.status) ? .ok : .upstreamError
        pending.contentEncoding = response.headers.first(name: "content-encoding")
        let fields = HeaderPolicy.clientResponseHeaders(from: response.headers)
        let contentLength = response.headers.first(name: "content-length").flatMap { Int($0) }
        let relay = ResponseRelay(totalDeadline: totalDeadline, tapLimit: settings.maxResponseTapBytes, drain: drain)
        let processor = self.processor
        let logger = self.logger
        let pendingHead = pending
        return Response(
            status: .init(code: pending.status, reasonPhrase: response.status.reasonPhrase),
            headers: fields,
            body: ResponseBody(contentLength: contentLength) { writer in
                var pending = pendingHead
                let result = await relay.relay(response.body, to: &writer)
                pending.end = .now
                pending.firstChunkAt = result.firstChunkAt
                pending.responseBytes = result.bytes
                pending.responseChunks = result.tapped
                pending.tapTruncated = result.tapTruncated
                if result.clientGone {
                    pending.outcome = .clientDisconnected
                } else if let failure = result.upstreamFailure {
                    pending.outcome = failure.isTimeout ? .timeout : .connectFailed
                    pending.errorMessage = "upstream failed mid-response: \(failure)"
                    logger.warning("upstream failed mid-response", metadata: pending.logMetadata(["error": .string(failure.description)]))
                }
                processor.submit(pending)
                if result.clientGone || result.upstreamFailure != nil {
                    // The response is incomplete: closing the connection is the only honest signal left.
                    throw RelayAborted()
                }
                try await writer.finish(nil)
            }
        )
    }

    /// Records a request refused (or answered) from its request line alone, before any body was
    /// read; says `Connection: close` when the connection ends after it (``RequestTargetAnnotator``).
    private func finishRejected(_ pending: inout PendingCall, _ response: Response, request: Request) -> Response {
        var response = response
        if request.headers[.connection] == "close" { response.headers[.connection] = "close" }
        pending.status = Int(response.status.code)
        pending.outcome = .rejected
        pending.errorMessage = response.headers[ProxyErrorResponse.errorHeader]
        pending.end = .now
        processor.submit(pending)
        return response
    }

    private func finishLocally(_ pending: inout PendingCall, _ error: GoogleErrorBody, outcome: CallOutcome) -> Response {
        pending.status = error.code
        pending.outcome = outcome
        pending.errorMessage = error.message
        pending.end = .now
        processor.submit(pending)
        return ProxyErrorResponse.make(error)
    }
}

/// Thrown from a response body when the relay could not complete; Hummingbird closes the connection.
struct RelayAborted: Error {}

/// Request-path settings derived from the configuration (again on each reload).
struct ProxySettings: Sendable {
    var maxRequestBodyBytes: Int
    var maxResponseTapBytes: Int
    var timeouts: TimeoutsConfiguration
    var resolver: UpstreamURLResolver
    /// Set when spans are exported: the sampler and the key it looks rates up by.
    var tracing: TracingSettings?
    /// Give every call trace and span ids even without APM tracing (LLM Observability needs them).
    var identifyCalls = false
    /// The request header carrying the end-user session id.
    var sessionHeader: HTTPField.Name?
    /// Guards that screen requests on the request path (block mode, prompt redaction).
    var guards: GuardStage?

    struct TracingSettings: Sendable {
        var sampler: AgentSampler
        var service: String
        var env: String
    }

    init(_ configuration: ProxyConfiguration) {
        maxRequestBodyBytes = configuration.limits.maxRequestBodyBytes
        maxResponseTapBytes = configuration.limits.maxResponseTapBytes
        timeouts = configuration.upstream.timeouts
        resolver = UpstreamURLResolver(upstream: configuration.upstream)
        sessionHeader = HTTPField.Name(configuration.sessions.header)
    }
}
