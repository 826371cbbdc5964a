package import NIOCore
import NIOPosix
import Synchronization

/// A local UDP socket that records every datagram it receives, standing in for the Agent.
package final class DatagramCapture: Sendable {
    package let channel: any Channel
    private let received: Mutex<[String]>

    package var port: Int { channel.localAddress?.port ?? 0 }

    private init(channel: any Channel) {
        self.channel = channel
        self.received = Mutex([])
    }

    /// Listens on 127.0.0.1 on a free UDP port.
    package static func start() async throws -> DatagramCapture {
        let box = Box()
        let bootstrap = DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Recorder(box: box)) }
            }
        let channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
        let capture = DatagramCapture(channel: channel)
        box.capture.withLock { $0 = capture }
        return capture
    }

    /// Datagrams received so far, oldest first.
    package var datagrams: [String] { received.withLock { $0 } }

    /// Every DogStatsD line received so far.
    package var lines: [String] { datagrams.flatMap { $0.split(separator: "\n").map(String.init) } }

    /// Waits until `predicate` holds for the lines received, up to `timeout`.
    package func wait(timeout: Duration = .seconds(5), until predicate: ([String]) -> Bool) async throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let current = lines
            if predicate(current) { return current }
            try await Task.sleep(for: .milliseconds(20))
        }
        return lines
    }

    package func stop() async throws {
        try await channel.close()
    }

    fileprivate func append(_ s: String) { received.withLock { $0.append(s) } }

    final class Box: Sendable {
        let capture = Mutex<DatagramCapture?>(nil)
    }

    final class Recorder: ChannelInboundHandler, Sendable {
        typealias InboundIn = AddressedEnvelope<ByteBuffer>
        let box: Box
        init(box: Box) { self.box = box }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let envelope = unwrapInboundIn(data)
            let text = String(buffer: envelope.data)
            box.capture.withLock { $0?.append(text) }
        }
    }
}
