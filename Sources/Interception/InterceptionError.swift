/// Why the pod CA or its host list cannot be used, and what to do about it.
///
/// ``description`` is one line for an operator; ``code`` is label-safe for metric tags.
package struct InterceptionError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case invalidHostName = "invalid_host_name"
        case noHosts = "no_hosts"
        case unreadableCertificate = "unreadable_ca_certificate"
        case unreadablePrivateKey = "unreadable_ca_private_key"
        case notCertificateAuthority = "not_a_ca_certificate"
        case keyMismatch = "ca_key_mismatch"
        case expired = "ca_expired"
        case mintFailed = "mint_failed"
    }

    private let _code: Code
    /// What is wrong and what to do, in one line.
    package let description: String

    private init(_ code: Code, _ description: String) {
        self._code = code
        self.description = description
    }

    /// A label-safe code, e.g. `ca_key_mismatch`.
    package var code: String { _code.rawValue }

    static func invalidHostName(_ raw: String, index: Int, problem: HostName.Problem) -> Self {
        Self(.invalidHostName, "tls.hosts[\(index)] \"\(raw)\" is not an exact host name: \(problem.rawValue)")
    }

    static func noHosts() -> Self {
        Self(.noHosts, "tls.hosts is empty: list at least one host to intercept (an empty list would leave the CA unconstrained)")
    }

    static func unreadableCertificate(_ detail: String) -> Self {
        Self(.unreadableCertificate, "the CA certificate (Secret key tls.crt) is not a PEM X.509 certificate (\(detail)): mount the CA certificate itself, in PEM, first in the file")
    }

    static func unreadablePrivateKey(_ detail: String) -> Self {
        Self(.unreadablePrivateKey, "the CA private key (Secret key tls.key) is not an unencrypted PEM key (\(detail)): use PKCS#8 (BEGIN PRIVATE KEY), SEC1 (BEGIN EC PRIVATE KEY) or PKCS#1 RSA")
    }

    static func notCertificateAuthority(_ why: String) -> Self {
        Self(.notCertificateAuthority, "the mounted certificate cannot sign leaf certificates: \(why); mount a CA certificate (basicConstraints CA:TRUE, keyUsage keyCertSign), or drop the Secret and let Outrigger create a CA in memory")
    }

    static func keyMismatch() -> Self {
        Self(.keyMismatch, "the CA private key does not belong to the CA certificate (their public keys differ): mount the tls.crt and tls.key of the same CA")
    }

    static func expired(notValidAfter: String, now: String) -> Self {
        Self(.expired, "the CA certificate expired at \(notValidAfter) (now \(now)): rotate the Secret, or drop it and let Outrigger create a CA in memory")
    }

    static func mintFailed(_ host: String, _ detail: String) -> Self {
        Self(.mintFailed, "could not sign a certificate for \(host): \(detail)")
    }
}

/// A TLS client asked for a host that is not in the intercepted set (config `tls.hosts`).
///
/// The listener should fail that handshake: the CA will not sign for any other name.
package struct HostNotIntercepted: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server name as the client sent it.
    package let host: String
    /// Label-safe code for metric tags.
    package var code: String { "host_not_intercepted" }

    package init(host: String) { self.host = host }

    package var description: String {
        "\"\(host)\" is not an intercepted host: add it to tls.hosts to intercept it, or point the client at it directly (remove it from the pod's hostAliases)"
    }
}

/// Something about a mounted CA that works but weakens the trust model; returned, for the caller to log.
package struct CertificateAuthorityWarning: Sendable, Equatable, CustomStringConvertible {
    /// Label-safe code, e.g. `no_name_constraints`.
    package let code: String
    /// What is weaker and what to do, in one line.
    package let description: String
}
