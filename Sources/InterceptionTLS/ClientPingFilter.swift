package import NIOCore
package import NIOHTTP2

/// Sits right after `NIOHTTP2Handler` on a server connection and takes the client's PING frames
/// out of the pipeline, so Hummingbird's connection manager further down never sees them.
///
/// Why: that manager counts every PING less than 30 s after the previous one as a strike and
/// never forgives one, so a gRPC client's bandwidth probes (several a second while answers
/// arrive) closed the connection, calls in flight, after the third strike. gRPC servers forgive
/// strikes whenever they send data. Nothing is lost by filtering: NIOHTTP2 answers each PING
/// itself and already bounds their rate (200 control frames per 30 s, then GOAWAY
/// `ENHANCE_YOUR_CALM`); this filter counts those closures through `onFlood`. PING ACKs (answers
/// to the manager's own pings during graceful shutdown) pass through.
package final class ClientPingFilter: ChannelInboundHandler {
    package typealias InboundIn = HTTP2Frame
    package typealias InboundOut = HTTP2Frame

    private let onFlood: @Sendable () -> Void
    private var flooded = false

    package init(onFlood: @escaping @Sendable () -> Void = {}) {
        self.onFlood = onFlood
    }

    package func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .ping(_, ack: false) = unwrapInboundIn(data).payload { return }
        context.fireChannelRead(data)
    }

    package func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // NIOHTTP2 reports the flood again for each frame still buffered; the connection counts once.
        if error is NIOHTTP2Errors.ExcessiveControlFrames, !flooded {
            flooded = true
            onFlood()
        }
        context.fireErrorCaught(error)
    }
}
