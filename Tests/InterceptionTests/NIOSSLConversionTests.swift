import Foundation
import NIOCore
import NIOEmbedded
import NIOSSL
import NIOTLS
import Testing
@testable import Interception

/// The adapter's conversion, exercised: LeafCredential's DER into NIOSSL types, then a real TLS
/// handshake (BoringSSL on both sides, in memory) with the pod CA as the client's only trust root.
@Suite struct NIOSSLConversionTests {
    let now = Date()

    @Test func theDERFormsLoadIntoNIOSSL() throws {
        let ca = try PodCertificateAuthority(hosts: .default, now: now)
        let leaf = try ca.leaf(for: "aiplatform.googleapis.com", now: now)
        let chain = try leaf.certificateChainDER.map { try NIOSSLCertificate(bytes: $0, format: .der) }
        let key = try NIOSSLPrivateKey(bytes: leaf.privateKeyDER, format: .der)
        let fromPEM = try NIOSSLPrivateKey(bytes: Array(leaf.privateKeyPEM.utf8), format: .pem)
        #expect(key == fromPEM)
        #expect(try chain[0].toDERBytes() == leaf.leafCertificateDER)
        #expect(try NIOSSLCertificate.fromPEMBytes(Array(leaf.certificateChainPEM.utf8)) == chain)
        let config = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        _ = try NIOSSLContext(configuration: config)  // BoringSSL checks that the key matches the leaf
    }

    @Test func aHandshakeForTheRightNameCompletes() throws {
        let ca = try PodCertificateAuthority(hosts: .default, now: now)
        let leaf = try ca.leaf(for: "generativelanguage.googleapis.com", now: now)
        #expect(try Handshake.run(ca: ca, leaf: leaf, sni: "generativelanguage.googleapis.com") == nil)
    }

    @Test func aHandshakeForAnEvilLeafFails() throws {
        let ca = try PodCertificateAuthority(hosts: .default, now: now)
        let evil = try ca.unconstrainedLeafForTesting(dnsNames: ["evil.example.com"], now: now)
        let error = try #require(try Handshake.run(ca: ca, leaf: evil, sni: "evil.example.com"))
        // NIOSSL reports only CERTIFICATE_VERIFY_FAILED; the control below shows the constraints are why.
        #expect(String(describing: error).contains("CERTIFICATE_VERIFY_FAILED"), "\(error)")
    }

    @Test func controlTheSameEvilHandshakeCompletesWithoutConstraints() throws {
        var made = HandMadeAuthority()
        made.notValidBefore = now - 3_600
        made.notValidAfter = now + 30 * 86_400
        let ca = try PodCertificateAuthority(
            certificatePEM: try made.certificatePEM, privateKeyPEM: made.keyPEM, hosts: .default, now: now)
        let evil = try ca.unconstrainedLeafForTesting(dnsNames: ["evil.example.com"], now: now)
        #expect(try Handshake.run(ca: ca, leaf: evil, sni: "evil.example.com") == nil)
    }
}

/// A client and a server NIOSSL handler on two EmbeddedChannels, bytes shuttled until quiet.
enum Handshake {
    /// The client's error, or nil if the handshake completed.
    static func run(ca: PodCertificateAuthority, leaf: LeafCredential, sni: String) throws -> (any Error)? {
        let chain = try leaf.certificateChainDER.map { try NIOSSLCertificate(bytes: $0, format: .der) }
        let key = try NIOSSLPrivateKey(bytes: leaf.privateKeyDER, format: .der)
        let server = try NIOSSLContext(configuration: .makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key)))
        var clientConfig = TLSConfiguration.makeClientConfiguration()
        clientConfig.trustRoots = .certificates([try NIOSSLCertificate(bytes: ca.certificateDER, format: .der)])
        clientConfig.certificateVerification = .fullVerification
        let client = try NIOSSLContext(configuration: clientConfig)

        let clientChannel = EmbeddedChannel()
        let serverChannel = EmbeddedChannel()
        let recorder = EventRecorder()
        try clientChannel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: client, serverHostname: sni))
        try clientChannel.pipeline.syncOperations.addHandler(recorder)
        try serverChannel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: server))
        let address = try SocketAddress(ipAddress: "127.0.0.1", port: 443)
        _ = serverChannel.connect(to: address)
        _ = clientChannel.connect(to: address)
        for _ in 0..<50 {
            var moved = false
            while let bytes = try clientChannel.readOutbound(as: ByteBuffer.self) {
                moved = true
                _ = try? serverChannel.writeInbound(bytes)
            }
            while let bytes = try serverChannel.readOutbound(as: ByteBuffer.self) {
                moved = true
                do { try clientChannel.writeInbound(bytes) } catch { recorder.error = recorder.error ?? error }
            }
            if !moved { break }
        }
        // Not finish(): it waits for the peer's close_notify, which nothing would shuttle. Close and let
        // NIOSSL's shutdown timer fire on the embedded loops' virtual clocks instead.
        clientChannel.close(promise: nil)
        serverChannel.close(promise: nil)
        clientChannel.embeddedEventLoop.advanceTime(by: .seconds(60))
        serverChannel.embeddedEventLoop.advanceTime(by: .seconds(60))
        if recorder.completed { return nil }
        return recorder.error ?? HandshakeDidNotComplete()
    }

    struct HandshakeDidNotComplete: Error {}

    final class EventRecorder: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        var completed = false
        var error: (any Error)?

        func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
            if case .handshakeCompleted = event as? TLSUserEvent { completed = true }
            context.fireUserInboundEventTriggered(event)
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            self.error = self.error ?? error
        }
    }
}
