import AsyncHTTPClient
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ProxyTesting
import Testing
import UpstreamClient


/// The forwarder against real sockets on 127.0.0.1: redirects are relayed, not followed; a silent
/// peer is a first-byte timeout; a closed port is a connect failure.
@Suite("Upstream client", .timeLimit(.minutes(1)))
struct UpstreamHTTPClientTests {
    static let settings = UpstreamClientSettings(
        connectTimeout: .seconds(2), idleReadTimeout: .seconds(2), http2: false, maxConnectionsPerHost: 4, idleConnectionTimeout: .seconds(5)
    )

    private func withClient(_ body: (UpstreamHTTPClient) async throws -> Void) async throws {
        let client = UpstreamHTTPClient(settings: Self.settings, eventLoopGroup: MultiThreadedEventLoopGroup.singleton)
        do { try await body(client) } catch {
            try await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    @Test func aRedirectIsRelayedNotFollowed() async throws {
        let server = try await RawServer.start(answer: "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:9/elsewhere\r\nContent-Length: 0\r\n\r\n")
        try await withClient { client in
            let response = try await client.send(
                HTTPClientRequest(url: "http://127.0.0.1:\(server.port)/v1beta/models"), firstByteTimeout: .seconds(5), logger: Logger(label: "test")
            )
            #expect(response.status.code == 302)
            #expect(response.headers.first(name: "location") == "http://127.0.0.1:9/elsewhere")
        }
    }

    @Test func aSilentPeerIsAFirstByteTimeout() async throws {
        let server = try await RawServer.start(answer: nil)
        try await withClient { client in
            do throws(UpstreamFailure) {
                _ = try await client.send(
                    HTTPClientRequest(url: "http://127.0.0.1:\(server.port)/"), firstByteTimeout: .milliseconds(300), logger: Logger(label: "test")
                )
                Issue.record("a silent peer answered")
            } catch {
                #expect(error.kind == .firstByteTimeout && error.isTimeout, "\(error)")
            }
        }
    }

    /// The closed port the connect-failure tests use stays refused: no server started by a test
    /// running at the same time can be given it (a port found free and closed again could be).
    @Test func aReservedClosedPortCannotBeBoundByAnotherServer() async throws {
        let closed = try ClosedPort()
        defer { closed.release() }
        await #expect(throws: (any Error).self) {
            let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .bind(host: "127.0.0.1", port: closed.port).get()
            try await channel.close()
        }
    }

    @Test func aClosedPortIsAConnectFailure() async throws {
        let closed = try ClosedPort()
        defer { closed.release() }
        let port = closed.port
        try await withClient { client in
            do throws(UpstreamFailure) {
                _ = try await client.send(HTTPClientRequest(url: "http://127.0.0.1:\(port)/"), firstByteTimeout: .seconds(5), logger: Logger(label: "test"))
                Issue.record("a closed port answered")
            } catch {
                #expect(error.kind == .connect && !error.isTimeout, "\(error)")
            }
        }
    }

    @Test(arguments: [
        (HTTPClientError.connectTimeout, UpstreamFailure.Kind.connectTimeout),
        (HTTPClientError.deadlineExceeded, .firstByteTimeout),
        (HTTPClientError.readTimeout, .idleTimeout),
        (HTTPClientError.remoteConnectionClosed, .reset),
        (HTTPClientError.cancelled, .other),
    ])
    func clientErrorsAreClassified(error: HTTPClientError, kind: UpstreamFailure.Kind) {
        #expect(UpstreamFailure.classify(error).kind == kind)
    }

    @Test func resetsAndRefusalsAreToldApart() {
        #expect(UpstreamFailure.classify(IOError(errnoCode: 104, reason: "read")).kind == .reset, "ECONNRESET")
        #expect(UpstreamFailure.classify(IOError(errnoCode: 111, reason: "connect")).kind == .connect, "ECONNREFUSED")
    }
}

/// A listener on 127.0.0.1 that answers every request with fixed bytes and closes, or never
/// answers (`answer: nil`).
struct RawServer {
    let channel: any Channel
    var port: Int { channel.localAddress?.port ?? 0 }

    static func start(answer: String?) async throws -> RawServer {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Answer(text: answer)) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return RawServer(channel: channel)
    }

    private final class Answer: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let text: String?
        init(text: String?) { self.text = text }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            guard let text else { return }
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text))).whenComplete { _ in context.close(promise: nil) }
        }
    }
}
