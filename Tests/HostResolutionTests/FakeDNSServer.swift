import DNSWire
import NIOCore
import NIOPosix
import Synchronization

/// A DNS server on 127.0.0.1 with an ephemeral port, UDP and TCP on the same port number,
/// answering as its `behavior` says and recording every question it gets.
final class FakeDNSServer: Sendable {
    /// How to answer one question.
    struct Reply: Sendable {
        var records: [DNSRecord] = []
        var rcode: UInt8 = 0
        /// Over UDP: set TC and send no records (TCP always gets the full answer).
        var truncatedOverUDP = false
        /// Send nothing.
        var silent = false
        /// First send an answer with these records from another port, then the real one 50 ms later.
        var decoyFromOtherPort: [DNSRecord]?
        /// First send the real answer with its id changed, then the real one 50 ms later.
        var wrongIDFirst = false
    }

    /// Decides the reply to a question that came over "udp" or "tcp".
    typealias Behavior = @Sendable (DNSQuestion, String) -> Reply

    private struct Channels {
        var udp: any Channel
        var tcp: any Channel
        var decoy: any Channel
    }

    private let behavior: Behavior
    private let log = Mutex<[String]>([])
    private let channels = Mutex<Channels?>(nil)

    private init(behavior: @escaping Behavior) {
        self.behavior = behavior
    }

    /// Where the server listens (UDP and TCP).
    var address: SocketAddress { channels.withLock { $0!.udp.localAddress! } }

    /// Every question asked so far, as `name TYPE transport`, e.g. `localhost A udp`.
    var questions: [String] { log.withLock { $0 } }

    /// Starts a server, runs `body` with it, and stops it.
    static func with<T>(_ behavior: @escaping Behavior, _ body: (FakeDNSServer) async throws -> T) async throws -> T {
        let server = FakeDNSServer(behavior: behavior)
        try await server.start()
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Binds UDP on an ephemeral port, then TCP on the same number (retried if that is taken).
    private func start() async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        let anyPort = try SocketAddress(ipAddress: "127.0.0.1", port: 0)
        for _ in 0..<20 {
            let udp = try await DatagramBootstrap(group: group)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(UDPHandler(server: self))
                    }
                }
                .bind(to: anyPort).get()
            let port = udp.localAddress?.port ?? 0
            let tcp = try? await ServerBootstrap(group: group)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(TCPHandler(server: self))
                    }
                }
                .bind(to: try SocketAddress(ipAddress: "127.0.0.1", port: port)).get()
            guard let tcp else {
                try await udp.close()
                continue
            }
            let decoy = try await DatagramBootstrap(group: group).bind(to: anyPort).get()
            channels.withLock { $0 = Channels(udp: udp, tcp: tcp, decoy: decoy) }
            return
        }
        throw FakeServerError()
    }

    private func stop() async {
        guard let open = channels.withLock({ $0 }) else { return }
        for channel in [open.udp, open.tcp, open.decoy] { try? await channel.close() }
    }

    /// The question of a query message and the reply the behavior chooses, logged.
    fileprivate func reply(to message: [UInt8], over transport: String) -> (id: UInt16, question: DNSQuestion, reply: Reply)? {
        guard let (id, question) = try? DNSQuery.parse(message) else { return nil }
        log.withLock { $0.append("\(question) \(transport)") }
        return (id, question, behavior(question, transport))
    }

    /// The answer to send; TC set and no records over UDP when the reply says so.
    fileprivate func answer(id: UInt16, question: DNSQuestion, reply: Reply, over transport: String) -> [UInt8] {
        let truncate = transport == "udp" && reply.truncatedOverUDP
        return DNSMessageWriter.response(
            id: id, question: question, rcode: reply.rcode, truncated: truncate, answers: truncate ? [] : reply.records
        )
    }

    /// Sends the decoys the reply asks for, then (unless silent) the real answer.
    fileprivate func sendUDP(_ message: [UInt8], to client: SocketAddress) {
        guard let (id, question, reply) = reply(to: message, over: "udp"), let open = channels.withLock({ $0 }) else {
            return
        }
        var delay = TimeAmount.zero
        if let records = reply.decoyFromOtherPort {
            let fake = DNSMessageWriter.response(id: id, question: question, answers: records)
            open.decoy.writeAndFlush(AddressedEnvelope(remoteAddress: client, data: ByteBuffer(bytes: fake)), promise: nil)
            delay = .milliseconds(50)
        }
        if reply.silent { return }
        let bytes = answer(id: id, question: question, reply: reply, over: "udp")
        if reply.wrongIDFirst {
            var wrong = bytes
            wrong[0] ^= 0xFF
            open.udp.writeAndFlush(AddressedEnvelope(remoteAddress: client, data: ByteBuffer(bytes: wrong)), promise: nil)
            delay = .milliseconds(50)
        }
        let real = AddressedEnvelope(remoteAddress: client, data: ByteBuffer(bytes: bytes))
        let udp = open.udp
        udp.eventLoop.scheduleTask(in: delay) { udp.writeAndFlush(real, promise: nil) }
    }
}

struct FakeServerError: Error {}

/// Hands each datagram to the server.
private final class UDPHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    let server: FakeDNSServer

    init(server: FakeDNSServer) { self.server = server }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        server.sendUDP(Array(buffer: envelope.data), to: envelope.remoteAddress)
    }
}

/// Reads length-prefixed queries from a TCP connection and writes length-prefixed answers.
private final class TCPHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer
    let server: FakeDNSServer
    private var buffer = ByteBuffer()

    init(server: FakeDNSServer) { self.server = server }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var chunk = unwrapInboundIn(data)
        buffer.writeBuffer(&chunk)
        while let length = buffer.getInteger(at: buffer.readerIndex, as: UInt16.self),
              let message = buffer.getBytes(at: buffer.readerIndex + 2, length: Int(length)) {
            buffer.moveReaderIndex(forwardBy: 2 + Int(length))
            guard let (id, question, reply) = server.reply(to: message, over: "tcp"), !reply.silent else { continue }
            let bytes = server.answer(id: id, question: question, reply: reply, over: "tcp")
            var out = ByteBuffer()
            out.writeInteger(UInt16(bytes.count))
            out.writeBytes(bytes)
            context.writeAndFlush(wrapOutboundOut(out), promise: nil)
        }
    }
}
