package import NIOConcurrencyHelpers
package import NIOCore
import NIOPosix

/// Sends bytes no HTTP client library would (CONNECT lines, absolute-form targets, broken framing)
/// and collects whatever comes back until the server closes or `timeout` passes.
package enum RawHTTP {
    package static func exchange(port: Int, _ request: String, timeout: Duration = .seconds(5)) async throws -> String {
        let collector = Collector()
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(collector) }
            }
            .connect(host: "127.0.0.1", port: port).get()
        try await channel.writeAndFlush(ByteBuffer(string: request))
        let deadline = ContinuousClock.now + timeout
        while channel.isActive, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        try? await channel.close()
        return collector.text
    }

    /// The status code of the first response in `text`, or nil.
    package static func status(_ text: String) -> Int? {
        guard text.hasPrefix("HTTP/1.1 ") else { return nil }
        return Int(text.dropFirst(9).prefix(3))
    }

    package final class Collector: ChannelInboundHandler, Sendable {
        package typealias InboundIn = ByteBuffer
        private let bytes = NIOLockedValueBox<[UInt8]>([])
        package var text: String { String(decoding: bytes.withLockedValue { $0 }, as: UTF8.self) }

        package func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = unwrapInboundIn(data)
            bytes.withLockedValue { $0.append(contentsOf: buffer.readableBytesView) }
        }
    }
}

/// A listener that only counts the connections made to it: where a forward proxy would have gone.
package struct ConnectionCounter {
    package let channel: any Channel
    package let count: NIOLockedValueBox<Int>
    package var port: Int { channel.localAddress?.port ?? 0 }
    package var connections: Int { count.withLockedValue { $0 } }

    package static func start() async throws -> ConnectionCounter {
        let count = NIOLockedValueBox(0)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                count.withLockedValue { $0 += 1 }
                return channel.close()
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return ConnectionCounter(channel: channel, count: count)
    }

    package func stop() async throws {
        try await channel.close()
    }
}
