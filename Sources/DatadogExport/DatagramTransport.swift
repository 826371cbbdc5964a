import NIOCore
import NIOPosix

/// Sends datagrams to the Agent over UDP or a Unix datagram socket. Sends are fire-and-forget:
/// a failed send is counted, never retried, and never blocks the caller.
final class DatagramTransport: Sendable {
    private let channel: any Channel
    /// The Agent's address for an unconnected (UDP) socket; nil when the socket is connected (UDS).
    private let remote: SocketAddress?

    private init(channel: any Channel, remote: SocketAddress?) {
        self.channel = channel
        self.remote = remote
    }

    /// Opens a local datagram socket for the endpoint.
    static func open(_ endpoint: DogStatsDConfiguration.Endpoint, group: any EventLoopGroup) async throws -> DatagramTransport {
        switch endpoint {
        case .udp(let host, let port):
            let remote = try SocketAddress.makeAddressResolvingHost(host, port: port)
            let bindHost = remote.protocol == .inet6 ? "::" : "0.0.0.0"
            let channel = try await DatagramBootstrap(group: group).bind(host: bindHost, port: 0).get()
            return DatagramTransport(channel: channel, remote: remote)
        case .unixDatagram(let path):
            let remote = try SocketAddress(unixDomainSocketPath: path)
            let channel = try await DatagramBootstrap(group: group).connect(to: remote).get()
            return DatagramTransport(channel: channel, remote: nil)
        }
    }

    /// Writes one datagram; the future reports the send's outcome.
    func send(_ bytes: [UInt8]) -> EventLoopFuture<Void> {
        let buffer = channel.allocator.buffer(bytes: bytes)
        guard let remote else { return channel.writeAndFlush(buffer) }
        return channel.writeAndFlush(AddressedEnvelope(remoteAddress: remote, data: buffer))
    }

    func close() async {
        try? await channel.close()
    }
}
