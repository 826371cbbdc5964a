#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import Crypto
import X509

extension PodCertificateAuthority {
    /// A new CA with a P-256 key that exists only in this process's memory.
    ///
    /// The certificate is self-signed, CA:TRUE with path length 0, keyUsage keyCertSign and cRLSign,
    /// and name-constrained to exactly `hosts` (IP addresses excluded), all three critical.
    /// - Parameters:
    ///   - hosts: The hosts it may sign for.
    ///   - now: The current time; the CA is valid from `now - lifetimes.backdate`.
    ///   - lifetimes: Certificate lifetimes; default ``CertificateLifetimes/default``.
    package convenience init(hosts: InterceptedHosts, now: Date, lifetimes: CertificateLifetimes = .default) throws {
        let key = Certificate.PrivateKey(P256.Signing.PrivateKey())
        let certificate = try AuthorityTemplate(hosts: hosts, now: now, lifetimes: lifetimes).certificate(key: key)
        try self.init(certificate: certificate, signingKey: key, hosts: hosts, lifetimes: lifetimes, warnings: [])
    }
}
