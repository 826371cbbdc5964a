/// How much the advisor holds: table sizes across its kept windows, for tests and status pages.
package struct CostAdviceFootprint: Sendable, Hashable {
    /// Windows kept (current and previous): at most 2.
    package var windows = 0
    /// Calls observed in the kept windows.
    package var calls = 0
    /// Leading-content fingerprints kept; at most 2 × the prefix capacity.
    package var prefixEntries = 0
    /// Whole-prompt fingerprints kept; at most 2 × the prompt capacity.
    package var promptEntries = 0
    /// Model and dialect pairs kept; at most 2 × the model capacity.
    package var modelEntries = 0
    /// Entries dropped to stay within the capacities, in the kept windows.
    package var evictedEntries = 0

    package init() {}
}
