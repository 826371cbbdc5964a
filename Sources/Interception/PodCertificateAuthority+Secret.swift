#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import SwiftASN1
import X509

extension PodCertificateAuthority {
    /// A CA mounted from a Kubernetes Secret (`tls.crt`, `tls.key`), e.g. to share one CA across pods.
    ///
    /// Requires a CA certificate (basicConstraints CA:TRUE; keyUsage, if present, with keyCertSign)
    /// that has not expired and whose public key matches the private key. Weaker setups still load and
    /// are reported in ``warnings``: no name constraints, hosts outside them, not self-signed, expiring
    /// within one leaf lifetime.
    /// - Parameters:
    ///   - certificatePEM: The CA certificate, PEM; the first CERTIFICATE block is used.
    ///   - privateKeyPEM: Its unencrypted private key: PKCS#8, SEC1 EC or PKCS#1 RSA PEM.
    ///   - hosts: The hosts to sign for.
    ///   - now: The current time, for the expiry checks.
    ///   - lifetimes: Leaf lifetimes; `authority` is unused (the certificate says).
    /// - Throws: ``InterceptionError`` saying what is wrong and what to do.
    package convenience init(
        certificatePEM: String, privateKeyPEM: String, hosts: InterceptedHosts, now: Date,
        lifetimes: CertificateLifetimes = .default
    ) throws {
        let certificate = try Self.parseCertificate(certificatePEM)
        let key: Certificate.PrivateKey
        do {
            key = try Certificate.PrivateKey(pemEncoded: privateKeyPEM.trimmedWhitespace)
        } catch {
            throw InterceptionError.unreadablePrivateKey(String(describing: error))
        }
        try Self.requireAuthority(certificate)
        guard key.publicKey == certificate.publicKey else { throw InterceptionError.keyMismatch() }
        guard now < certificate.notValidAfter else {
            throw InterceptionError.expired(
                notValidAfter: certificate.notValidAfter.formatted(.iso8601), now: now.formatted(.iso8601))
        }
        let warnings = MountedAuthorityReview(certificate: certificate, hosts: hosts, now: now, lifetimes: lifetimes).warnings
        try self.init(certificate: certificate, signingKey: key, hosts: hosts, lifetimes: lifetimes, warnings: warnings)
    }

    private static func parseCertificate(_ pem: String) throws -> Certificate {
        do {
            let documents = try PEMDocument.parseMultiple(pemString: pem)
            guard let first = documents.first(where: { $0.discriminator == Certificate.defaultPEMDiscriminator }) else {
                throw InterceptionError.unreadableCertificate("no BEGIN CERTIFICATE block")
            }
            return try Certificate(pemDocument: first)
        } catch let error as InterceptionError {
            throw error
        } catch {
            throw InterceptionError.unreadableCertificate(String(describing: error))
        }
    }

    private static func requireAuthority(_ certificate: Certificate) throws {
        let extensions = certificate.extensions
        let basic: BasicConstraints?
        let usage: KeyUsage?
        do {
            basic = try extensions.basicConstraints
            usage = try extensions.keyUsage
        } catch {
            throw InterceptionError.notCertificateAuthority("its extensions do not parse (\(error))")
        }
        guard case .isCertificateAuthority = basic else {
            throw InterceptionError.notCertificateAuthority("basicConstraints is missing or CA:FALSE")
        }
        if let usage, !usage.keyCertSign {
            throw InterceptionError.notCertificateAuthority("its keyUsage lacks keyCertSign")
        }
    }
}
