#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The minted leaves by lower-cased host name, bounded.
///
/// Names are already limited to the intercepted hosts; the bound is a second line of defence.
struct LeafCache: Sendable {
    /// Most leaves kept at once.
    let capacity: Int
    private var entries: [String: LeafCredential] = [:]

    init(capacity: Int) {
        precondition(capacity > 0, "LeafCache needs room for at least one leaf")
        self.capacity = capacity
    }

    /// How many leaves are cached.
    var count: Int { entries.count }

    /// The cached leaf for `name` if it may still be served at `now`.
    /// - Parameters:
    ///   - name: The lower-cased host name.
    ///   - now: The current time.
    ///   - renewal: A leaf with less than this left is stale, unless it already ends with the CA.
    ///   - authorityExpiry: The CA's `notValidAfter`.
    func fresh(for name: String, now: Date, renewal: TimeInterval, authorityExpiry: Date) -> LeafCredential? {
        guard let leaf = entries[name], Self.isFresh(leaf, now: now, renewal: renewal, authorityExpiry: authorityExpiry)
        else { return nil }
        return leaf
    }

    /// Stores `leaf`, evicting stale entries first and then the one expiring soonest when full.
    /// - Parameters:
    ///   - leaf: The newly minted leaf.
    ///   - now: The current time.
    ///   - renewal: As for ``fresh(for:now:renewal:authorityExpiry:)``.
    ///   - authorityExpiry: The CA's `notValidAfter`.
    mutating func insert(_ leaf: LeafCredential, now: Date, renewal: TimeInterval, authorityExpiry: Date) {
        if entries[leaf.serverName] == nil, entries.count >= capacity {
            entries = entries.filter { Self.isFresh($0.value, now: now, renewal: renewal, authorityExpiry: authorityExpiry) }
            if entries.count >= capacity, let soonest = entries.min(by: { $0.value.notValidAfter < $1.value.notValidAfter }) {
                entries[soonest.key] = nil
            }
        }
        entries[leaf.serverName] = leaf
    }

    private static func isFresh(_ leaf: LeafCredential, now: Date, renewal: TimeInterval, authorityExpiry: Date) -> Bool {
        guard now >= leaf.notValidBefore, now < leaf.notValidAfter else { return false }
        // A leaf cut short by the CA's own expiry cannot be renewed into a longer one; keep serving it.
        return leaf.notValidAfter.timeIntervalSince(now) >= renewal || leaf.notValidAfter >= authorityExpiry
    }
}
