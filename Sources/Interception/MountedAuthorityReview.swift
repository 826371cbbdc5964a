#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import X509

/// What weakens a mounted CA without making it unusable, as warnings for the operator.
struct MountedAuthorityReview {
    let certificate: Certificate
    let hosts: InterceptedHosts
    let now: Date
    let lifetimes: CertificateLifetimes

    var warnings: [CertificateAuthorityWarning] {
        var found: [CertificateAuthorityWarning] = []
        if let constraints = try? certificate.extensions.nameConstraints {
            found += constraintWarnings(constraints)
        } else {
            found.append(.init(
                code: "no_name_constraints",
                description: "the mounted CA has no nameConstraints: an app that trusts it accepts its certificates for any host, so whoever holds its key can impersonate any site to that app; issue a CA constrained to tls.hosts (docs/interception-ca.md)"))
        }
        if certificate.issuer != certificate.subject {
            found.append(.init(
                code: "not_self_signed",
                description: "the mounted CA is not self-signed: put its issuer chain up to the root in the app's CA bundle too, or clients that need a self-signed anchor will reject the leaves"))
        }
        if certificate.notValidAfter.timeIntervalSince(now) < lifetimes.leaf {
            found.append(.init(
                code: "expires_soon",
                description: "the mounted CA expires at \(certificate.notValidAfter.formatted(.iso8601)), within one leaf lifetime: rotate the Secret"))
        }
        return found
    }

    private func constraintWarnings(_ constraints: NameConstraints) -> [CertificateAuthorityWarning] {
        var found: [CertificateAuthorityWarning] = []
        let permitted = Array(constraints.permittedDNSDomains)
        let excluded = Array(constraints.excludedDNSDomains)
        let outside = hosts.names.filter { host in
            (!permitted.isEmpty && !permitted.contains { Self.dnsName(host, within: $0) })
                || excluded.contains { Self.dnsName(host, within: $0) }
        }
        if !outside.isEmpty {
            found.append(.init(
                code: "hosts_outside_name_constraints",
                description: "the mounted CA's nameConstraints do not permit \(outside.count) of tls.hosts (\(outside.prefix(5).joined(separator: ", "))\(outside.count > 5 ? ", …" : "")): clients will reject their leaves; reissue the CA or remove them from tls.hosts"))
        }
        if permitted.isEmpty {
            found.append(.init(
                code: "dns_names_unconstrained",
                description: "the mounted CA's nameConstraints permit every DNS name (no permitted dNSName subtree): constrain it to tls.hosts"))
        }
        if constraints.permittedIPRanges.isEmpty && constraints.excludedIPRanges.isEmpty {
            found.append(.init(
                code: "ip_addresses_unconstrained",
                description: "the mounted CA's nameConstraints neither permit nor exclude IP addresses, so it could sign for any IP: exclude 0.0.0.0/0 and ::/0"))
        }
        return found
    }

    /// RFC 5280 §4.2.1.10 `dNSName` matching: equal, or `constraint` plus labels on the left.
    static func dnsName(_ host: String, within constraint: String) -> Bool {
        let base = constraint.lowercased().hasPrefix(".") ? String(constraint.lowercased().dropFirst()) : constraint.lowercased()
        if base.isEmpty { return true }
        return host == base || host.hasSuffix("." + base)
    }
}
