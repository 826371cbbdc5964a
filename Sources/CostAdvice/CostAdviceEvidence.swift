/// The observed numbers a piece of advice rests on.
package struct CostAdviceEvidence: Sendable, Hashable {
    /// Calls of the model and dialect in the window.
    package var calls: Int
    /// Calls the saving comes from: repeats (calls after the first) for the caching kinds, calls
    /// above the cap, calls cut at `MAX_TOKENS`, repriced calls, or calls carrying a listing.
    package var affectedCalls: Int
    /// Tokens the saving is priced on, summed over the affected calls.
    package var tokens: Int
    /// Further figures particular to the kind, in a fixed order.
    package var figures: [CostAdviceFigure]

    /// Evidence.
    /// - Parameters:
    ///   - calls: Calls of the model and dialect.
    ///   - affectedCalls: Calls the saving comes from.
    ///   - tokens: Tokens the saving is priced on.
    ///   - figures: Kind-specific figures.
    package init(calls: Int, affectedCalls: Int, tokens: Int, figures: [CostAdviceFigure] = []) {
        self.calls = calls
        self.affectedCalls = affectedCalls
        self.tokens = tokens
        self.figures = figures
    }

    /// The value of a named figure, if present.
    /// - Parameters:
    ///   - name: The figure's name.
    package func figure(_ name: String) -> Double? {
        figures.first { $0.name == name }?.value
    }
}
