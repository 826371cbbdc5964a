#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// A leaf certificate for one intercepted host, its chain and its private key, ready for a TLS server.
///
/// Its `description` and mirror never show the private key.
package struct LeafCredential: Sendable {
    /// The lower-cased host name the certificate is for (its only `dNSName` SAN).
    package let serverName: String
    /// DER certificates: the leaf, then the pod CA.
    package let certificateChainDER: [[UInt8]]
    /// The leaf's P-256 private key as DER PKCS#8 `PrivateKeyInfo` (RFC 5208 §5).
    package let privateKeyDER: [UInt8]
    /// The chain as PEM: the leaf, then the pod CA.
    package let certificateChainPEM: String
    /// The leaf's private key as PEM (`BEGIN PRIVATE KEY`, PKCS#8).
    package let privateKeyPEM: String
    /// When the leaf starts to be valid.
    package let notValidBefore: Date
    /// When the leaf expires.
    package let notValidAfter: Date

    /// The leaf certificate alone, DER.
    package var leafCertificateDER: [UInt8] { certificateChainDER[0] }
}

extension LeafCredential: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    package var description: String {
        "LeafCredential(\(serverName), valid \(notValidBefore) to \(notValidAfter), key redacted)"
    }

    package var debugDescription: String { description }

    package var customMirror: Mirror {
        Mirror(self, children: ["serverName": serverName, "notValidAfter": notValidAfter], displayStyle: .struct)
    }
}
