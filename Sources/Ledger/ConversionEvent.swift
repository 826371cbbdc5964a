package import ProxyCore

/// A conversion the ledger counted; the server emits `llm.session.converted` for each one.
package struct ConversionEvent: Sendable, Hashable {
    package var sessionID: String
    package var orderID: String
    /// The order's value.
    package var value: Money
    /// The session's LLM spend credited to this conversion (see
    /// ``SessionSpendLedger/attributeConversion(of:now:)``); zero when the session was unknown.
    package var creditedSpend: Money
    /// Whether the session was found in the spend ledger (not unknown, evicted or expired).
    package var sessionFound: Bool
    /// When the conversion was recorded.
    package var recordedAt: ContinuousClock.Instant

    /// An event.
    /// - Parameters:
    ///   - sessionID: The session id.
    ///   - orderID: The order id.
    ///   - value: The order's value.
    ///   - creditedSpend: The spend credited to the conversion.
    ///   - sessionFound: Whether the session was known.
    ///   - recordedAt: When it was recorded.
    package init(
        sessionID: String, orderID: String, value: Money, creditedSpend: Money, sessionFound: Bool,
        recordedAt: ContinuousClock.Instant
    ) {
        self.sessionID = sessionID
        self.orderID = orderID
        self.value = value
        self.creditedSpend = creditedSpend
        self.sessionFound = sessionFound
        self.recordedAt = recordedAt
    }
}
