package import NIOCore
import NIOPosix

/// An upstream that accepts a connection, reads the request, and closes without answering.
package struct ResettingServer {
    package let channel: any Channel
    package var port: Int { channel.localAddress?.port ?? 0 }

    package static func start() async throws -> ResettingServer {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(CloseOnRead()) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return ResettingServer(channel: channel)
    }

    package func stop() async throws {
        try await channel.close()
    }

    package final class CloseOnRead: ChannelInboundHandler, Sendable {
        package typealias InboundIn = ByteBuffer
        package func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            context.close(promise: nil)
        }
    }
}
