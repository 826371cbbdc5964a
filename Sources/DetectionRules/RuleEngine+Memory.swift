/// Memory accounting.
///
/// The estimate adds, per tracked group: a fixed 256 bytes (dictionary entry, key, state machine,
/// runtime fields), the group value's bytes, the kind's accumulators (a sliding window is 32 bytes
/// per bucket; an hourly baseline 168 × 24 bytes; a capacity tracker a quantile sketch of at most
/// 128 four-byte buckets, a 10-bucket window and four forecasters), up to `samplesPerGroup`
/// samples (96 bytes plus their text), and the last assessment's measurements (96 bytes each).
/// With the default five rules and 1000 groups per rule, the bound is roughly
/// 1000 × (256 + 1 KiB) per windowed rule, 1000 × (256 + 5 KiB) per baseline rule and
/// 1000 × (256 + 1.5 KiB) for capacity, plus samples: well under 16 MiB in all.
/// It is an accounting of the structures, not a measurement of the process.
extension RuleEngine {
    /// The estimated bytes held by all groups of all rules.
    package var approximateMemoryBytes: Int {
        rules.reduce(0) { total, rule in total + rule.groups.values.reduce(0) { $0 + $1.approximateBytes } }
    }
}
