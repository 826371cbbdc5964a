import AsyncHTTPClient
import DatadogExport
import GeminiWire
import HTTPTypes
import Hummingbird
import Logging
import NIOHTTP1
import ProxyConfig
import ProxyCore
import UpstreamClient

/// The request to send upstream, and what the later stages need to know about it.
struct UpstreamCall {
    var request: HTTPClientRequest
    /// The base URL the request goes to (for messages).
    var base: String
    /// On the interception listener: the real host it goes to.
    var interceptedHost: String? = nil
}

extension ProxyResponder {
    /// Stage 3: the upstream URL (a target that cannot be forwarded safely is refused), the
    /// forwarded headers, the trace context, and the session header.
    func upstreamCall(for request: Request, settings: ProxySettings, _ pending: inout PendingCall) -> Stage<UpstreamCall> {
        let target = pending.target
        var interceptedHost: String?
        let base: String
        if let interception, interception.routesByAuthority {
            guard let host = interception.host(named: request.head.authority) else {
                return .answer(finishLocally(&pending, ProxyErrorResponse.notIntercepted(request.head.authority), outcome: .rejected))
            }
            interceptedHost = host
            base = interception.upstreams.baseURL(for: host)
            pending.upstreamHost = host
        } else {
            base = settings.resolver.baseURL(for: pending.route.target)
            pending.upstreamHost = UpstreamURLResolver.host(of: base)
            interceptedHost = interception?.host(ofBaseURL: base)
        }
        let url: String
        do {
            url = try UpstreamURLResolver.url(base: base, target: Substring(target))
        } catch {
            logger.error("refusing to forward", metadata: pending.logMetadata(["error": .string(error.description)]))
            return .answer(finishLocally(&pending, ProxyErrorResponse.unforwardable(error), outcome: .proxyError))
        }
        var upstream = HTTPClientRequest(url: url)
        upstream.method = HTTPMethod(rawValue: request.method.rawValue)
        upstream.headers = HeaderPolicy.upstreamRequestHeaders(from: request.headers)
        if pending.isGRPC { upstream.headers.replaceOrAdd(name: "te", value: "trailers") }
        continueTrace(from: request, settings: settings, into: &upstream, &pending)
        if let header = settings.sessionHeader, let value = request.headers[header] {
            pending.sessionID = value  // normalized with the Vertex labels by the call processor
        }
        return .next(UpstreamCall(request: upstream, base: base, interceptedHost: interceptedHost))
    }

    /// Continues the caller's trace (or starts one); with tracing on, carries Outrigger's span upstream.
    private func continueTrace(from request: Request, settings: ProxySettings, into upstream: inout HTTPClientRequest, _ pending: inout PendingCall) {
        guard settings.tracing != nil || settings.identifyCalls else { return }
        let context = TraceContext.extract(
            header: { request.headers[HTTPField.Name($0)!] }, newID: TraceIDs.random, nowSeconds: UInt64(pending.startedAt)
        )
        pending.trace = context
        guard let tracing = settings.tracing else { return }
        var priority = context.samplingPriority
        if priority == nil {
            let decision = tracing.sampler.priority(traceIDLow: context.traceIDLow, service: tracing.service, env: tracing.env)
            priority = decision.priority
            pending.agentSampleRate = decision.rate
        }
        pending.samplingPriority = priority
        for name in TraceContext.headerNames { upstream.headers.remove(name: name) }
        for (name, value) in context.injectionHeaders(priority: priority ?? 1) { upstream.headers.add(name: name, value: value) }
    }

    /// Stage 5: sends the request and waits for the response head within the first-byte timeout
    /// (and what is left of the total one).
    func forward(_ upstream: UpstreamCall, settings: ProxySettings, _ pending: inout PendingCall) async -> Stage<HTTPClientResponse> {
        let totalDeadline = pending.start + settings.timeouts.total
        let headTimeout = min(settings.timeouts.firstByte, totalDeadline - ContinuousClock.now)
        do {
            if let host = upstream.interceptedHost, let interception {
                return .next(
                    try await interception.upstreams.send(upstream.request, host: host, firstByteTimeout: headTimeout, logger: logger)
                )
            }
            return .next(try await client.send(upstream.request, firstByteTimeout: headTimeout, logger: logger))
        } catch {
            logger.warning(
                "upstream failed before the response head",
                metadata: pending.logMetadata(["upstream": .string(upstream.base), "error": .string(error.description)])
            )
            return .answer(
                finishLocally(
                    &pending, ProxyErrorResponse.upstream(error, host: pending.upstreamHost ?? upstream.base),
                    outcome: error.isTimeout ? .timeout : .connectFailed
                )
            )
        }
    }
}
