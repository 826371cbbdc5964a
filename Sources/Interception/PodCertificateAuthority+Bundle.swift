extension PodCertificateAuthority {
    /// The CA bundle file the app trusts: the system roots, then the pod CA, each PEM block on its own lines.
    ///
    /// Safe with or without trailing newlines and CRLF endings; the CA is not appended twice.
    /// - Parameters:
    ///   - caPEM: ``certificatePEM``.
    ///   - systemRootsPEM: The system's CA bundle (e.g. `/etc/ssl/certs/ca-certificates.crt`), possibly empty.
    package static func bundle(caPEM: String, systemRootsPEM: String) -> String {
        let ca = caPEM.trimmedWhitespace
        let roots = String(systemRootsPEM.reversed().drop(while: \.isWhitespace).reversed())
        if ca.isEmpty { return roots.isEmpty ? "" : roots + "\n" }
        if roots.isEmpty { return ca + "\n" }
        if roots.contains(ca) { return roots + "\n" }
        return roots + "\n" + ca + "\n"
    }
}

extension StringProtocol {
    /// Without leading and trailing whitespace, newlines included.
    var trimmedWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
