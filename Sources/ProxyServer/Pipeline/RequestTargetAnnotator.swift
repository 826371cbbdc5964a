import HTTPTypes
import NIOCore
import NIOHTTP1
import ProxyCore

/// Keeps the request-target's form across the HTTP/1 to HTTPTypes conversion, which rewrites an
/// absolute-form target (`GET http://host/path`) to its path and an authority-form one
/// (`CONNECT host:443`) to `443`, so the responder could no longer tell them from a path.
///
/// A target that is not origin-form gets a ``header`` naming its form (``RequestTarget/name``),
/// and any `x-outrigger-request-target` a client sent is removed first, so the header can only
/// come from here. The responder refuses what it names (``RequestAdmission``).
///
/// A CONNECT request, or a target naming another host, also gets `Connection: close`, so the
/// connection ends after the refusal: after CONNECT the HTTP/1 decoder parses nothing more, and a
/// client that takes Outrigger for a forward proxy has nothing else useful to send.
final class RequestTargetAnnotator: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    /// The header that carries a non-origin form to the responder.
    static let header = "x-outrigger-request-target"
    /// The same, as an HTTPTypes field name.
    static let field = HTTPField.Name(header)!

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data) else {
            context.fireChannelRead(data)
            return
        }
        if head.headers.contains(name: Self.header) { head.headers.remove(name: Self.header) }
        let form = RequestTarget.classify(head.uri)
        if form != .origin { head.headers.add(name: Self.header, value: form.name) }
        if head.method == .CONNECT || form == .absolute || form == .authority {
            head.headers.replaceOrAdd(name: "connection", value: "close")
        }
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }
}
