package import ProxyCore

/// A valid `POST /v1/conversions` body: an order placed in an end-user session.
///
/// Built by ``parse(_:)-(String)`` from `{"session_id": "…", "order_id": "…", "value_usd": 12.34}`.
package struct ConversionRequest: Sendable, Hashable {
    /// The session the order was placed in, normalized as ``SessionResolver`` does.
    package var sessionID: String
    /// The order's id: the idempotency key of the request.
    package var orderID: String
    /// The order's value, exact; zero when `value_usd` was omitted.
    package var value: Money

    /// A conversion.
    /// - Parameters:
    ///   - sessionID: The session id.
    ///   - orderID: The order id.
    ///   - value: The order's value.
    package init(sessionID: String, orderID: String, value: Money = .zero) {
        self.sessionID = sessionID
        self.orderID = orderID
        self.value = value
    }
}
