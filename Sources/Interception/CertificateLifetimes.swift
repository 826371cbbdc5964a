#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// How long the pod CA and its leaf certificates are valid, in seconds.
package struct CertificateLifetimes: Sendable, Hashable {
    /// How far `notValidBefore` is set before `now`, for clients whose clock is behind. Default 1 hour.
    package var backdate: TimeInterval
    /// Validity of a CA created in memory, from `now`. Default 365 days.
    package var authority: TimeInterval
    /// Validity of a leaf certificate, from `now`; never past the CA's own expiry. Default 7 days.
    package var leaf: TimeInterval
    /// A cached leaf with less than this left is minted anew. Default 1 day.
    package var leafRenewal: TimeInterval

    /// 1 hour back, CA 365 days, leaf 7 days, renewed with 1 day left.
    package static let `default` = CertificateLifetimes(
        backdate: 3_600, authority: 365 * 86_400, leaf: 7 * 86_400, leafRenewal: 86_400)

    /// - Parameters:
    ///   - backdate: Seconds before `now` that certificates start.
    ///   - authority: Seconds a generated CA lasts.
    ///   - leaf: Seconds a leaf lasts.
    ///   - leafRenewal: Seconds before a leaf's expiry that it is replaced.
    package init(backdate: TimeInterval, authority: TimeInterval, leaf: TimeInterval, leafRenewal: TimeInterval) {
        self.backdate = backdate
        self.authority = authority
        self.leaf = leaf
        self.leafRenewal = leafRenewal
    }
}
