#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SwiftASN1
import X509

/// The pod CA's own certificate: self-signed, name-constrained to the intercepted hosts.
struct AuthorityTemplate {
    static let commonName = "Outrigger pod-local interception CA"

    let hosts: InterceptedHosts
    let now: Date
    let lifetimes: CertificateLifetimes

    /// The RFC 5280 §4.2.1.10 name constraints: each host a permitted `dNSName` subtree, and every
    /// IPv4 and IPv6 address excluded ("the minimum ... 0.0.0.0/0 ... excludes all IPv4 addresses"
    /// is how §4.2.1.10 describes an iPAddress subtree with a zero mask), so no IP SAN can verify.
    /// A `dNSName` subtree also permits names with more labels on the left (`x.aiplatform.googleapis.com`);
    /// the leaf API never signs those, since it signs only exact members of ``hosts``.
    var nameConstraints: NameConstraints {
        NameConstraints(
            permittedDNSDomains: hosts.names,
            excludedIPRanges: [ASN1OctetString(contentBytes: [UInt8](repeating: 0, count: 8)[...]),
                               ASN1OctetString(contentBytes: [UInt8](repeating: 0, count: 32)[...])])
    }

    /// The signed CA certificate.
    /// - Parameters:
    ///   - key: The CA's private key (its public half goes in the certificate).
    func certificate(key: Certificate.PrivateKey) throws -> Certificate {
        let name = try DistinguishedName {
            OrganizationName("Outrigger")
            CommonName(Self.commonName)
        }
        let keyID = SubjectKeyIdentifier(hash: key.publicKey)
        let extensions = try Certificate.Extensions {
            Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
            Critical(KeyUsage(keyCertSign: true, cRLSign: true))
            Critical(nameConstraints)
            keyID
            AuthorityKeyIdentifier(keyIdentifier: keyID.keyIdentifier)
        }
        return try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.publicKey,
            notValidBefore: now - lifetimes.backdate, notValidAfter: now + lifetimes.authority,
            issuer: name, subject: name, extensions: extensions, issuerPrivateKey: key)
    }
}

/// A leaf certificate for TLS server authentication, issued by the pod CA.
struct LeafTemplate {
    let dnsNames: [String]
    let ipAddresses: [[UInt8]]
    let authority: Certificate
    let now: Date
    let lifetimes: CertificateLifetimes

    /// The signed leaf: SAN = the names, EKU serverAuth, keyUsage digitalSignature (critical),
    /// basicConstraints CA:FALSE (critical), the CA's key identifier as authority key identifier.
    /// - Parameters:
    ///   - publicKey: The leaf's public key.
    ///   - issuerKey: The CA's private key.
    func certificate(publicKey: Certificate.PublicKey, issuerKey: Certificate.PrivateKey) throws -> Certificate {
        let sans = dnsNames.map { GeneralName.dnsName($0) }
            + ipAddresses.map { GeneralName.ipAddress(ASN1OctetString(contentBytes: $0[...])) }
        let subject = try DistinguishedName {
            if let first = dnsNames.first { CommonName(first) }
        }
        let authorityKeyID = (try? authority.extensions.subjectKeyIdentifier)?.keyIdentifier
            ?? SubjectKeyIdentifier(hash: authority.publicKey).keyIdentifier
        let extensions = try Certificate.Extensions {
            Critical(BasicConstraints.notCertificateAuthority)
            Critical(KeyUsage(digitalSignature: true))
            try ExtendedKeyUsage([.serverAuth])
            SubjectAlternativeNames(sans)
            AuthorityKeyIdentifier(keyIdentifier: authorityKeyID)
            SubjectKeyIdentifier(hash: publicKey)
        }
        return try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey,
            notValidBefore: max(now - lifetimes.backdate, authority.notValidBefore),
            notValidAfter: min(now + lifetimes.leaf, authority.notValidAfter),
            issuer: authority.subject, subject: subject, extensions: extensions, issuerPrivateKey: issuerKey)
    }
}
