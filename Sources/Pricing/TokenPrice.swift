package import ProxyCore

/// A price in whole micro-USD per million tokens: 0.30 USD/M is `300_000`.
///
/// With this unit `N` tokens cost exactly `N × microUSDPerMillion` pico-USD (see ``Money``).
package struct TokenPrice: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The highest price accepted from configuration: 10,000 USD per million tokens, far above any
    /// real model, so that a misplaced digit is caught.
    package static let maximum = TokenPrice(microUSDPerMillion: 10_000 * DecimalMicros.scale)

    /// The price in micro-USD per million tokens.
    package var microUSDPerMillion: Int64

    /// A price in micro-USD per million tokens.
    /// - Parameters:
    ///   - microUSDPerMillion: e.g. `300_000` for 0.30 USD per million tokens.
    package init(microUSDPerMillion: Int64) {
        self.microUSDPerMillion = microUSDPerMillion
    }

    /// Reads a price written in USD per million tokens, exactly (see ``DecimalMicros``).
    /// - Parameters:
    ///   - text: Decimal text such as `0.30`, `2.50` or `0.0375`; at most 6 fraction digits.
    package init(parsing text: String) throws(PriceConfigError) {
        let micros = try DecimalMicros.parse(text, what: "price")
        guard micros <= TokenPrice.maximum.microUSDPerMillion else {
            throw .outOfRange(
                "invalid price '\(text)': prices are in USD per million tokens and must not exceed "
                    + "\(TokenPrice.maximum); check for a misplaced digit"
            )
        }
        self.init(microUSDPerMillion: micros)
    }

    /// The cost of a number of tokens at this price, exact; saturates at ``Money``'s range.
    /// - Parameters:
    ///   - tokens: The token count; a negative count is treated as zero.
    package func cost(of tokens: Int) -> Money {
        let count = Int64(clamping: max(0, tokens))
        let (pico, overflow) = count.multipliedReportingOverflow(by: microUSDPerMillion)
        guard !overflow else { return Money(picoUSD: microUSDPerMillion < 0 ? .min : .max) }
        return Money(picoUSD: pico)
    }

    package static func < (lhs: TokenPrice, rhs: TokenPrice) -> Bool {
        lhs.microUSDPerMillion < rhs.microUSDPerMillion
    }

    /// The price in USD per million tokens as decimal text, e.g. `0.30` or `0.0375`.
    package var decimalText: String { DecimalMicros.format(microUSDPerMillion) }

    /// `$<decimalText>/M`.
    package var description: String { "$\(decimalText)/M" }
}
