/// What recording a conversion did.
package enum ConversionResult: Sendable, Hashable {
    /// A new order: counted once, with what it credited.
    case recorded(ConversionEvent)
    /// An order id already counted (within its time to live): nothing changed. Answer it like the
    /// first request, so clients can retry safely.
    case duplicate(orderID: String)

    /// Whether the conversion was counted now.
    package var isRecorded: Bool {
        if case .recorded = self { return true }
        return false
    }
}
