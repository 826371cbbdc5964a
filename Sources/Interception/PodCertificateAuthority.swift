#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import Crypto
import SwiftASN1
import Synchronization
import X509

/// The pod-local CA that signs a certificate for each intercepted host (docs/interception-ca.md).
///
/// Pure: no file or network I/O; every time-dependent call takes `now`. Its private key stays in
/// this object: no property or method returns it, and it is never serialised (a Secret-mounted key
/// is only read). Thread-safe: minted leaves are cached behind a `Mutex`.
package final class PodCertificateAuthority: Sendable {
    /// Most leaves cached at once.
    package static let leafCacheCapacity = 256

    /// The hosts this CA signs for; also the permitted subtrees of its name constraints.
    package let hosts: InterceptedHosts
    /// Certificate lifetimes in force.
    package let lifetimes: CertificateLifetimes
    /// The CA certificate, PEM: what the app's CA bundle must contain.
    package let certificatePEM: String
    /// The CA certificate, DER.
    package let certificateDER: [UInt8]
    /// Weaknesses of a mounted CA, for the caller to log at warning level; empty for a generated CA.
    package let warnings: [CertificateAuthorityWarning]

    let certificate: Certificate
    private let signingKey: Certificate.PrivateKey
    private let cache = Mutex(LeafCache(capacity: PodCertificateAuthority.leafCacheCapacity))

    /// When the CA certificate expires.
    package var notValidAfter: Date { certificate.notValidAfter }

    init(
        certificate: Certificate, signingKey: Certificate.PrivateKey, hosts: InterceptedHosts,
        lifetimes: CertificateLifetimes, warnings: [CertificateAuthorityWarning]
    ) throws {
        self.certificate = certificate
        self.signingKey = signingKey
        self.hosts = hosts
        self.lifetimes = lifetimes
        self.warnings = warnings
        self.certificateDER = try Self.der(certificate)
        self.certificatePEM = try certificate.serializeAsPEM().pemString + "\n"
    }

    /// A certificate for `serverName`, minted on first use and cached until it nears expiry.
    /// - Parameters:
    ///   - serverName: The SNI host name; matched case-insensitively against ``hosts``.
    ///   - now: The current time.
    /// - Throws: ``HostNotIntercepted`` for a name outside ``hosts``; ``InterceptionError`` (`ca_expired`,
    ///   `mint_failed`) if the CA cannot sign.
    package func leaf(for serverName: String, now: Date) throws -> LeafCredential {
        guard let name = hosts.canonical(serverName) else { throw HostNotIntercepted(host: serverName) }
        let renewal = lifetimes.leafRenewal
        let expiry = certificate.notValidAfter
        if let cached = cache.withLock({ $0.fresh(for: name, now: now, renewal: renewal, authorityExpiry: expiry) }) {
            return cached
        }
        // Sign outside the lock; if another thread stored a fresh leaf meanwhile, both callers get that one.
        let minted = try mint(dnsNames: [name], ipAddresses: [], now: now)
        return cache.withLock { cache in
            if let winner = cache.fresh(for: name, now: now, renewal: renewal, authorityExpiry: expiry) { return winner }
            cache.insert(minted, now: now, renewal: renewal, authorityExpiry: expiry)
            return minted
        }
    }

    /// How many leaves are cached (for tests and status).
    package var cachedLeafCount: Int { cache.withLock { $0.count } }

    /// TEST ONLY: a leaf for arbitrary names, signed by this CA without the host check, not cached.
    ///
    /// Exists so tests can prove that the CA's name constraints make verifiers reject such a leaf.
    /// Production code must call ``leaf(for:now:)``.
    /// - Parameters:
    ///   - dnsNames: `dNSName` SANs, written as given (the first is also the subject CN).
    ///   - ipAddresses: `iPAddress` SANs, 4 or 16 bytes each.
    ///   - now: The current time.
    package func unconstrainedLeafForTesting(dnsNames: [String], ipAddresses: [[UInt8]] = [], now: Date) throws -> LeafCredential {
        try mint(dnsNames: dnsNames, ipAddresses: ipAddresses, now: now)
    }

    private func mint(dnsNames: [String], ipAddresses: [[UInt8]], now: Date) throws -> LeafCredential {
        let label = dnsNames.first ?? "an IP address"
        guard now < certificate.notValidAfter else {
            throw InterceptionError.expired(
                notValidAfter: certificate.notValidAfter.formatted(.iso8601), now: now.formatted(.iso8601))
        }
        let key = P256.Signing.PrivateKey()
        let template = LeafTemplate(
            dnsNames: dnsNames, ipAddresses: ipAddresses, authority: certificate, now: now, lifetimes: lifetimes)
        do {
            let leaf = try template.certificate(publicKey: .init(key.publicKey), issuerKey: signingKey)
            let leafDER = try Self.der(leaf)
            let chainPEM = try leaf.serializeAsPEM().pemString + "\n" + certificatePEM
            return LeafCredential(
                serverName: label, certificateChainDER: [leafDER, certificateDER],
                privateKeyDER: Array(key.derRepresentation), certificateChainPEM: chainPEM,
                privateKeyPEM: key.pemRepresentation + "\n",
                notValidBefore: leaf.notValidBefore, notValidAfter: leaf.notValidAfter)
        } catch {
            throw InterceptionError.mintFailed(label, String(describing: error))
        }
    }

    static func der(_ certificate: Certificate) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(certificate)
        return serializer.serializedBytes
    }
}
