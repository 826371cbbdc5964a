package import ProxyCore

/// One model's prices as written by a person: decimal text in USD per million tokens.
///
/// ``PriceTable/init(entries:multipliers:)`` validates entries; a configuration reader builds them
/// from its own format and reports ``PriceConfigError``s with its key paths in front. Prices are
/// parsed exactly (see ``DecimalMicros``): `"0.30"` is 300,000 micro-USD per million tokens.
package struct PriceEntry: Sendable, Hashable {
    /// The model's name, e.g. `gemini-2.5-flash`; normalized with ``ModelName/normalize(_:)``.
    package var model: String
    /// Other names priced the same, e.g. `gemini-2.0-flash-001`; normalized like ``model``.
    package var aliases: [String]
    /// Uncached input price, e.g. `"0.30"`.
    package var input: String
    /// Output price, thinking included, e.g. `"2.50"`.
    package var output: String
    /// Cached input price, e.g. `"0.03"`; nil bills cached tokens at ``input``.
    package var cachedInput: String?
    /// Context-length tiers; a tier gives a cached price exactly when the entry does.
    package var tiers: [Tier]
    /// Prices that differ in one dialect; fields left nil keep this entry's values.
    package var dialects: [Dialect: Override]

    /// An entry.
    /// - Parameters:
    ///   - model: The model's name.
    ///   - aliases: Other names for the same prices.
    ///   - input: Uncached input price in USD per million tokens.
    ///   - output: Output price in USD per million tokens.
    ///   - cachedInput: Cached input price in USD per million tokens, if known.
    ///   - tiers: Higher prices for long prompts.
    ///   - dialects: Per-dialect differences.
    package init(
        model: String,
        aliases: [String] = [],
        input: String,
        output: String,
        cachedInput: String?,
        tiers: [Tier] = [],
        dialects: [Dialect: Override] = [:]
    ) {
        self.model = model
        self.aliases = aliases
        self.input = input
        self.output = output
        self.cachedInput = cachedInput
        self.tiers = tiers
        self.dialects = dialects
    }

    /// Prices for prompts longer than a threshold.
    package struct Tier: Sendable, Hashable {
        /// The tier applies when `promptTokenCount` is strictly greater than this, e.g. `200_000`.
        package var promptTokensAbove: Int
        /// Uncached input price inside the tier.
        package var input: String
        /// Output price inside the tier.
        package var output: String
        /// Cached input price inside the tier.
        package var cachedInput: String?

        /// A tier.
        /// - Parameters:
        ///   - promptTokensAbove: Prompts longer than this use the tier.
        ///   - input: Uncached input price in USD per million tokens.
        ///   - output: Output price in USD per million tokens.
        ///   - cachedInput: Cached input price in USD per million tokens.
        package init(promptTokensAbove: Int, input: String, output: String, cachedInput: String?) {
            self.promptTokensAbove = promptTokensAbove
            self.input = input
            self.output = output
            self.cachedInput = cachedInput
        }
    }

    /// What differs for one dialect. Each nil field keeps the entry's value; ``tiers`` replaces the
    /// entry's tiers as a whole (give `[]` to drop them), so override tiers whenever their prices
    /// differ too.
    package struct Override: Sendable, Hashable {
        package var input: String?
        package var output: String?
        package var cachedInput: String?
        package var tiers: [Tier]?

        /// A dialect override.
        /// - Parameters:
        ///   - input: Uncached input price, or nil to keep the entry's.
        ///   - output: Output price, or nil to keep the entry's.
        ///   - cachedInput: Cached input price, or nil to keep the entry's.
        ///   - tiers: Replacement tiers, or nil to keep the entry's.
        package init(input: String? = nil, output: String? = nil, cachedInput: String? = nil, tiers: [Tier]? = nil) {
            self.input = input
            self.output = output
            self.cachedInput = cachedInput
            self.tiers = tiers
        }
    }
}
