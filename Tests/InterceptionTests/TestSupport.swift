import Crypto
import Foundation
import SwiftASN1
@_spi(FixedExpiryValidationTime) import X509
@testable import Interception

/// A fixed instant, so tests do not depend on the wall clock.
let testNow = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28

func certificate(der: [UInt8]) throws -> Certificate {
    try Certificate(derEncoded: der)
}

/// Whether swift-certificates' own verifier accepts `leaf` for `hostname`, with the CA as sole root.
func swiftCertificatesAccepts(
    _ leaf: LeafCredential, hostname: String, authority: PodCertificateAuthority, at time: Date = testNow
) async throws -> Bool {
    let root = try certificate(der: authority.certificateDER)
    var verifier = Verifier(rootCertificates: CertificateStore([root])) {
        RFC5280Policy(fixedExpiryValidationTime: time)
        ServerIdentityPolicy(serverHostname: hostname, serverIP: nil)
    }
    let result = await verifier.validate(
        leaf: try certificate(der: leaf.leafCertificateDER), intermediates: CertificateStore())
    if case .validCertificate = result { return true }
    return false
}

/// A CA built by the test itself (not through the module), for the Secret-mounted path.
struct HandMadeAuthority {
    let key = P256.Signing.PrivateKey()
    var isAuthority = true
    var keyCertSign = true
    var nameConstraints: NameConstraints? = nil
    var notValidBefore = testNow - 86_400
    var notValidAfter = testNow + 30 * 86_400
    var subject = "Hand-made test CA"

    func certificate() throws -> Certificate {
        let name = try DistinguishedName { CommonName(subject) }
        let publicKey = Certificate.PublicKey(key.publicKey)
        let extensions = try Certificate.Extensions {
            Critical(isAuthority ? BasicConstraints.isCertificateAuthority(maxPathLength: nil) : .notCertificateAuthority)
            Critical(KeyUsage(digitalSignature: !keyCertSign, keyCertSign: keyCertSign))
            if let nameConstraints { Critical(nameConstraints) }
            SubjectKeyIdentifier(hash: publicKey)
        }
        return try Certificate(
            version: .v3, serialNumber: .init(), publicKey: publicKey,
            notValidBefore: notValidBefore, notValidAfter: notValidAfter,
            issuer: name, subject: name, extensions: extensions, issuerPrivateKey: .init(key))
    }

    var certificatePEM: String { get throws { try certificate().serializeAsPEM().pemString } }
    var keyPEM: String { key.pemRepresentation }
}
