/// One example request attached to a signal, already redacted by the adapter.
package struct RuleSample: Sendable, Hashable, Codable {
    /// The 128-bit trace id as 32 hex characters; nil when tracing was off.
    package var traceID: String?
    /// The proxy's call id.
    package var callID: String
    /// A short redacted excerpt (prompt or answer).
    package var text: String
    package var model: String

    /// A sample.
    /// - Parameters:
    ///   - traceID: The trace id in hex, if any.
    ///   - callID: The call id.
    ///   - text: Redacted text, kept to at most 200 characters.
    ///   - model: The model.
    package init(traceID: String?, callID: String, text: String, model: String) {
        self.traceID = traceID
        self.callID = callID
        self.text = text.count > 200 ? String(text.prefix(199)) + "…" : text
        self.model = model
    }
}
