import DNSWire
import Logging
import NIOCore
import NIOPosix

/// One query to one server and its answer, over UDP (RFC 1035 §4.2.1) or TCP (§4.2.2,
/// RFC 7766). Addresses only: nothing here resolves a name, so /etc/hosts is never read.
struct DNSExchange {
    let server: SocketAddress
    let timeout: Duration
    let group: any EventLoopGroup
    let logger: Logger

    /// No usable answer came: the timeout ran out, or the TCP connection ended early.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Sends the query from an ephemeral port and waits for the reply that answers it.
    ///
    /// Datagrams from any other address or port, and replies to something else (another id or
    /// question, not a response), are dropped and the wait goes on until the timeout.
    func udp(id: UInt16, question: DNSQuestion) async throws -> DNSResponse {
        let local = try SocketAddress(ipAddress: server.protocol == .inet6 ? "::" : "0.0.0.0", port: 0)
        let channel = try await DatagramBootstrap(group: group).bind(to: local) { channel in
            channel.eventLoop.makeCompletedFuture {
                try NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>(
                    wrappingChannelSynchronously: channel
                )
            }
        }
        let deadline = closeAfterTimeout(channel.channel)
        defer { deadline.cancel() }
        return try await channel.executeThenClose { inbound, outbound in
            let query = DNSQuery.make(id: id, question: question)
            try await outbound.write(AddressedEnvelope(remoteAddress: server, data: ByteBuffer(bytes: query)))
            for try await envelope in inbound {
                guard envelope.remoteAddress == server else {
                    logger.debug("dropped a DNS reply from the wrong source", metadata: [
                        "from": "\(envelope.remoteAddress)", "server": "\(server)",
                    ])
                    continue
                }
                do {
                    return try DNSResponse.parse(Array(buffer: envelope.data), id: id, question: question)
                } catch let error as DNSWireError where error.isForeignReply {
                    logger.debug("dropped a DNS reply to another query", metadata: ["error": "\(error)"])
                }
            }
            try Task.checkCancellation()
            throw Failure(description: "no answer within \(timeout)")
        }
    }

    /// Asks over TCP: the query and the answer each behind a 2-byte length.
    func tcp(id: UInt16, question: DNSQuestion) async throws -> DNSResponse {
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(TimeAmount(timeout))
            .connect(to: server) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let started = ContinuousClock.now
        let deadline = closeAfterTimeout(channel.channel)
        defer { deadline.cancel() }
        return try await channel.executeThenClose { inbound, outbound in
            let query = DNSQuery.make(id: id, question: question)
            var framed = ByteBuffer()
            framed.writeInteger(UInt16(query.count))
            framed.writeBytes(query)
            try await outbound.write(framed)
            var received = ByteBuffer()
            for try await chunk in inbound {
                received.writeImmutableBuffer(chunk)
                guard let length = received.getInteger(at: received.readerIndex, as: UInt16.self),
                      let message = received.getBytes(at: received.readerIndex + 2, length: Int(length)) else {
                    continue
                }
                return try DNSResponse.parse(message, id: id, question: question)
            }
            try Task.checkCancellation()
            if ContinuousClock.now - started >= timeout { throw Failure(description: "no TCP answer within \(timeout)") }
            throw Failure(description: "the TCP connection closed after \(received.readableBytes) bytes of the answer")
        }
    }

    /// Closes the channel when the timeout runs out, which ends the read loop.
    private func closeAfterTimeout(_ channel: any Channel) -> Scheduled<Void> {
        channel.eventLoop.scheduleTask(in: TimeAmount(timeout)) {
            channel.close(promise: nil)
        }
    }
}
