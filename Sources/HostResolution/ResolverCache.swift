/// Resolved hosts by name until their TTL runs out: bounded, times as durations since the
/// resolver's clock started.
struct ResolverCache {
    /// A cached outcome.
    enum Entry: Sendable, Equatable {
        case addresses([ResolvedAddress])
        case negative(HostResolutionError)
    }

    let policy: ResolverCachePolicy
    private var entries: [String: (entry: Entry, expires: Duration)] = [:]

    init(policy: ResolverCachePolicy) {
        self.policy = policy
    }

    /// How many names are held, expired ones included until they are replaced or evicted.
    var count: Int { entries.count }

    /// The entry for `name` if it has not expired at `now`.
    func lookup(_ name: String, now: Duration) -> Entry? {
        guard let held = entries[name], now < held.expires else { return nil }
        return held.entry
    }

    /// Keeps `entry` for `ttl` seconds clamped to the policy (negative entries: `negativeTTL`).
    mutating func store(_ entry: Entry, for name: String, ttl: UInt32?, now: Duration) {
        guard policy.capacity > 0 else { return }
        let keep: Duration = switch entry {
        case .addresses: min(max(.seconds(ttl ?? 0), policy.minimumTTL), policy.maximumTTL)
        case .negative: policy.negativeTTL
        }
        if entries[name] == nil, entries.count >= policy.capacity { evict(now: now) }
        entries[name] = (entry, now + keep)
    }

    /// Drops the expired entries, or if none, the one that expires first.
    private mutating func evict(now: Duration) {
        let before = entries.count
        entries = entries.filter { now < $0.value.expires }
        guard entries.count == before, let first = entries.min(by: { $0.value.expires < $1.value.expires }) else {
            return
        }
        entries[first.key] = nil
    }
}
