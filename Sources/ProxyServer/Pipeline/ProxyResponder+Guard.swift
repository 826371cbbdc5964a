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
            let screening = guards.screen(body: body, sessionHeader: pending.sessionID)
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
}
