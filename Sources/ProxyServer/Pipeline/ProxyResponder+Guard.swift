import AsyncHTTPClient
import GeminiWire
import Hummingbird
import NIOCore
import NIOHTTP1
import ProxyCore

extension ProxyResponder {
    /// Stage 4: when the policy blocks or redacts, the guards screen a generation request before any
    /// byte goes upstream. Returns the block answer, or nil after attaching the body to forward
    /// (redacted when asked).
    func screen(_ body: ByteBuffer, settings: ProxySettings, into upstream: inout UpstreamCall, _ pending: inout PendingCall) -> Response? {
        var forwardBody = body
        if let guards = settings.guards, guards.screensInline, pending.route.operation.isGeneration,
            let screening = screening(body, guards: guards, settings: settings, &pending)
        {
            pending.security = screening.findings
            pending.prompt = screening.prompt
            if let block = screening.block { return finishLocally(&pending, block, outcome: .blocked) }
            if let redacted = screening.body { forwardBody = redacted }
        }
        let method = upstream.request.method
        if forwardBody.readableBytes > 0 || method == .POST || method == .PUT || method == .PATCH {
            upstream.request.body = .bytes(forwardBody)
        }
        return nil
    }

    /// The guards' verdict on a request body: JSON for REST, the decoded message for gRPC (whose
    /// model and prompt then travel with the call, so it is not decoded again).
    private func screening(_ body: ByteBuffer, guards: GuardStage, settings: ProxySettings, _ pending: inout PendingCall) -> GuardStage.Screening? {
        guard pending.isGRPC else { return guards.screen(body: body, sessionHeader: pending.sessionID) }
        guard let (request, message) = GRPCRequestReading.readMessage(
            body, route: pending.route, encoding: pending.grpcRequestEncoding, maxBytes: settings.maxRequestBodyBytes
        ) else { return nil }
        pending.grpcRequest = request
        return guards.screen(
            request.prompt, request: .grpc(message: message, route: pending.route), sessionHeader: pending.sessionID
        )
    }
}
