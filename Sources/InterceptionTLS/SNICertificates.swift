package import Interception
import FoundationEssentials
import NIOCore
package import NIOSSL
import Synchronization

/// Chooses the certificate for each TLS handshake from its SNI: a leaf the pod CA mints for an
/// intercepted host. A handshake without SNI, or for any other name, is refused (the client
/// sees a handshake failure) and counted.
package final class SNICertificates: Sendable {
    /// Handshakes refused, by reason, for `/v1/status`.
    package struct Refusals: Sendable, Equatable {
        package var missingSNI = 0
        package var notIntercepted = 0
        package var mintFailed = 0
        /// HTTP/2 connections NIOHTTP2 closed for too many PINGs or SETTINGS (GOAWAY ENHANCE_YOUR_CALM).
        package var pingFloods = 0
    }

    private let authority: PodCertificateAuthority
    private let refusals = Mutex(Refusals())
    /// The chain and key used until the SNI callback replaces them (for the first intercepted host).
    package let defaultChain: [NIOSSLCertificate]
    package let defaultKey: NIOSSLPrivateKey

    package init(authority: PodCertificateAuthority, defaultHost: String) throws {
        self.authority = authority
        let leaf = try authority.leaf(for: defaultHost, now: .now)
        (defaultChain, defaultKey) = try Self.convert(leaf)
    }

    package var refused: Refusals { refusals.withLock { $0 } }

    /// Counts a connection closed for a PING flood (``TLSHTTPChannel``'s `onPingFlood`).
    package func countPingFlood() {
        refusals.withLock { $0.pingFloods += 1 }
    }

    /// NIOSSL's per-handshake callback.
    package var callback: NIOSSLContextCallback {
        { [self] values, promise in
            guard let name = values.serverHostname, !name.isEmpty else {
                refusals.withLock { $0.missingSNI += 1 }
                promise.fail(HandshakeRefused(reason: "the client sent no server name (SNI); connect by host name"))
                return
            }
            do {
                let leaf = try authority.leaf(for: name, now: .now)
                let (chain, key) = try Self.convert(leaf)
                var override = NIOSSLContextConfigurationOverride()
                override.certificateChain = chain.map { .certificate($0) }
                override.privateKey = .privateKey(key)
                promise.succeed(override)
            } catch let error as HostNotIntercepted {
                refusals.withLock { $0.notIntercepted += 1 }
                promise.fail(error)
            } catch {
                refusals.withLock { $0.mintFailed += 1 }
                promise.fail(error)
            }
        }
    }

    private static func convert(_ leaf: LeafCredential) throws -> ([NIOSSLCertificate], NIOSSLPrivateKey) {
        let chain = try leaf.certificateChainDER.map { try NIOSSLCertificate(bytes: $0, format: .der) }
        let key = try NIOSSLPrivateKey(bytes: leaf.privateKeyDER, format: .der)
        return (chain, key)
    }
}

/// Why a TLS handshake on the interception listener was refused.
package struct HandshakeRefused: Error, CustomStringConvertible {
    package var reason: String
    package var description: String { reason }
}

extension SNICertificates {
    /// A TLS server configuration (TLS 1.2 or later) that asks this object for each handshake's certificate.
    package var serverConfiguration: TLSConfiguration {
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: defaultChain.map { .certificate($0) }, privateKey: .privateKey(defaultKey)
        )
        tls.minimumTLSVersion = .tlsv12
        tls.sslContextCallback = callback
        return tls
    }
}
