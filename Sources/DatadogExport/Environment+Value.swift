import ProxyCore

extension Dictionary where Key == String, Value == String {
    /// The variable's value, trimmed; nil when unset or blank (Datadog's tracers treat both alike).
    func nonBlank(_ name: String) -> String? {
        guard let v = self[name]?.trimmingWhitespace(), !v.isEmpty else { return nil }
        return String(v)
    }
}
