extension ListenAddress {
    /// The host used for `:port`: every IPv4 interface.
    package static let anyHost = "0.0.0.0"

    /// Parses `host:port`, `[ipv6]:port` or `:port` (every interface).
    /// - Parameters:
    ///   - text: The address, e.g. `0.0.0.0:8080`, `[::1]:9464` or `:8080`.
    package init(parsing text: String) throws(ConfigValueError) {
        func invalid(_ reason: String) -> ConfigValueError {
            .invalidValue("invalid listen address '\(text)': \(reason)")
        }
        let host: Substring
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw invalid("missing ']' after the IPv6 address") }
            host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.first == ":" else { throw invalid("expected ':port' after ']'") }
            portText = rest.dropFirst()
            guard !host.isEmpty else { throw invalid("empty IPv6 address") }
        } else {
            guard let colon = text.lastIndex(of: ":") else {
                throw invalid("expected host:port, like 0.0.0.0:8080, [::1]:8080 or :8080")
            }
            host = text[..<colon].isEmpty ? Substring(Self.anyHost) : text[..<colon]
            portText = text[text.index(after: colon)...]
            guard !host.contains(":") else { throw invalid("put an IPv6 address in brackets, like [::1]:8080") }
        }
        let allowed = host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_:%".contains($0)) }
        guard allowed else { throw invalid("the host may only contain letters, digits, '.', '-', '_' and ':'") }
        guard !portText.isEmpty, portText.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw invalid("the port must be a number from 0 to 65535")
        }
        guard portText.count <= 5, let port = Int(portText), port <= 65535 else {
            throw .outOfRange("invalid listen address '\(text)': the port must be a number from 0 to 65535")
        }
        self.init(host: String(host), port: port)
    }
}
