import InterceptionTLS
import NIOCore
import NIOEmbedded
import NIOHTTP2
import Synchronization
import Testing

@Suite struct ClientPingFilterTests {
    private final class Floods: Sendable {
        let count = Atomic(0)
    }

    private func channel(floods: Floods = Floods()) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(ClientPingFilter(onFlood: { floods.count.add(1, ordering: .relaxed) }))
        return channel
    }

    private func ping(ack: Bool = false) -> HTTP2Frame {
        HTTP2Frame(streamID: .rootStream, payload: .ping(HTTP2PingData(withInteger: 7), ack: ack))
    }

    @Test func pingsStopHereAndEverythingElsePasses() throws {
        let channel = try channel()
        for _ in 0..<10 { try channel.writeInbound(ping()) }
        #expect(try channel.readInbound(as: HTTP2Frame.self) == nil)
        try channel.writeInbound(ping(ack: true))
        let ack = try #require(try channel.readInbound(as: HTTP2Frame.self))
        guard case .ping(_, ack: true) = ack.payload else { Issue.record("expected the PING ACK, got \(ack.payload)"); return }
        try channel.writeInbound(HTTP2Frame(streamID: .rootStream, payload: .settings(.ack)))
        #expect(try channel.readInbound(as: HTTP2Frame.self) != nil)
    }

    @Test func nioHTTP2FloodVerdictsAreCountedOncePerConnectionAndPassedOn() throws {
        let floods = Floods()
        let channel = try channel(floods: floods)
        channel.pipeline.fireErrorCaught(NIOHTTP2Errors.excessiveControlFrames())
        #expect(throws: NIOHTTP2Errors.ExcessiveControlFrames.self) { try channel.throwIfErrorCaught() }
        channel.pipeline.fireErrorCaught(NIOHTTP2Errors.excessiveControlFrames())
        #expect(throws: NIOHTTP2Errors.ExcessiveControlFrames.self) { try channel.throwIfErrorCaught() }
        channel.pipeline.fireErrorCaught(NIOHTTP2Errors.excessiveRSTFrames())
        #expect(throws: NIOHTTP2Errors.ExcessiveRSTFrames.self) { try channel.throwIfErrorCaught() }
        #expect(floods.count.load(ordering: .relaxed) == 1)
    }
}
