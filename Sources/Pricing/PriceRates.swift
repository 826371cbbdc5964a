/// The three per-token prices that apply to one call: input, output and cached input.
package struct PriceRates: Sendable, Hashable {
    /// Price of prompt tokens not served from the context cache, and of tool-use prompt tokens.
    package var input: TokenPrice
    /// Price of generated tokens, thinking tokens included.
    package var output: TokenPrice
    /// Price of prompt tokens served from the context cache; nil when the table gives none, and
    /// cached tokens are then billed at ``input`` (an upper bound, never zero).
    package var cachedInput: TokenPrice?

    /// Prices for one model.
    /// - Parameters:
    ///   - input: Uncached input price.
    ///   - output: Output price, thinking included.
    ///   - cachedInput: Cached input price, if known.
    package init(input: TokenPrice, output: TokenPrice, cachedInput: TokenPrice?) {
        self.input = input
        self.output = output
        self.cachedInput = cachedInput
    }

    /// The price actually used for cached tokens: ``cachedInput``, or ``input`` without one.
    package var effectiveCachedInput: TokenPrice { cachedInput ?? input }
}
