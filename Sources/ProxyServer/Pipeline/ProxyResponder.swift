import AsyncHTTPClient
import GeminiWire
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ProxyCore
import UpstreamClient

/// The traffic listener's handler: every admitted request, whatever its path, is forwarded.
///
/// ``respond(to:context:)`` is the list of stages; each lives in its own file of this folder:
/// 1. classify and admit the request line (`ProxyResponder+Admission.swift`);
/// 2. read the body up to `limits.max_request_body` (`ProxyResponder+Body.swift`, 413 beyond);
/// 3. build the upstream request and continue the trace (`ProxyResponder+Upstream.swift`);
/// 4. guard: screen the prompt when the policy blocks or redacts (`ProxyResponder+Guard.swift`);
/// 5. forward and wait for the response head (`ProxyResponder+Upstream.swift`, 502/504 on failure);
/// 6. relay the body chunk by chunk, then record the call (`ProxyResponder+Relay.swift`; gRPC,
///    with its trailers, in `ProxyResponder+GRPCRelay.swift`).
///
/// gRPC calls (`content-type: application/grpc…`, on the interception listener) take the same
/// stages; Outrigger's own answers to them are gRPC statuses (``GRPCAnswer``).
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
    /// Set on the interception listener: the upstream is the real host the client named.
    var interception: InterceptionRouting? = nil
    /// Request bodies in flight over all connections (`limits.in_flight_body_bytes`).
    var bodyBudget = BodyBudget(limit: .max)

    /// What a stage hands on: the next stage's input, or the answer that ends the call here.
    enum Stage<Value> {
        case next(Value)
        case answer(Response)
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        let settings = live.current.proxy
        let target = request.head.path ?? "/"
        let route = GRPCRouteClassifier.isGRPC(contentType: request.headers[.contentType])
            ? GRPCRouteClassifier.classify(path: Substring(target)) : RouteClassifier.classify(path: Substring(target))
        var pending = PendingCall(id: ids.next(), route: route)
        if pending.isGRPC { pending.grpcRequestEncoding = request.headers[GRPCTrailers.encoding] }
        if let refusal = admit(request, target: target, &pending) { return refusal }

        let body: ByteBuffer
        switch try await readBody(request, settings: settings, &pending) {
        case .next(let read): body = read
        case .answer(let response): return response
        }
        pending.httpMethod = request.method.rawValue
        pending.target = target
        if pending.isGRPC, let problem = GRPCFrameCheck.problem(in: body, encoding: pending.grpcRequestEncoding) {
            return finishLocally(&pending, problem, outcome: .rejected)
        }

        var upstream: UpstreamCall
        switch upstreamCall(for: request, settings: settings, &pending) {
        case .next(let call): upstream = call
        case .answer(let response): return response
        }
        if let blocked = screen(body, settings: settings, into: &upstream, &pending) { return blocked }

        switch await forward(upstream, settings: settings, &pending) {
        case .next(let response):
            return pending.isGRPC ? relayGRPC(response, settings: settings, pending) : relay(response, settings: settings, pending)
        case .answer(let response): return response
        }
    }

    /// Records a call answered by Outrigger itself (an error, or a guard's block) and builds the answer.
    func finishLocally(_ pending: inout PendingCall, _ error: GoogleErrorBody, outcome: CallOutcome) -> Response {
        pending.status = error.code
        pending.outcome = outcome
        pending.errorMessage = error.message
        pending.end = .now
        processor.submit(pending)
        return pending.isGRPC ? GRPCAnswer.make(error) : ProxyErrorResponse.make(error)
    }
}
