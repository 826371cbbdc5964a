/// Validation of the exact DNS host names the interception listener may answer for.
///
/// The rules are those of a preferred-syntax host name (RFC 1123 §2.1, RFC 5280 §4.2.1.6 for `dNSName`),
/// narrowed to what a TLS client sends in SNI (RFC 6066 §3: "HostName" is "the fully qualified DNS
/// hostname of the server ... without a trailing dot", and "Literal IPv4 and IPv6 addresses are not
/// permitted"): ASCII letters, digits and hyphens in labels of 1 to 63 bytes, no leading or trailing
/// hyphen, at most 253 bytes, no trailing dot, no wildcard, and not an IP literal.
enum HostName {
    /// The lower-cased name, or why it is not an exact host name.
    /// - Parameters:
    ///   - raw: The name as configured or as sent in SNI.
    static func normalized(_ raw: String) -> Result<String, Problem> {
        // ASCII only, lower-cased byte by byte: `lowercased()` would fold e.g. U+212A KELVIN SIGN to "k".
        let bytes = raw.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
        guard !bytes.isEmpty else { return .failure(.empty) }
        guard bytes.count <= 253 else { return .failure(.tooLong) }
        if bytes.last == UInt8(ascii: ".") { return .failure(.trailingDot) }
        if bytes.contains(UInt8(ascii: "*")) { return .failure(.wildcard) }
        if bytes.contains(UInt8(ascii: ":")) || bytes.first == UInt8(ascii: "[") { return .failure(.ipLiteral) }
        let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        for label in labels {
            if let problem = labelProblem(label) { return .failure(problem) }
        }
        // No top-level domain is all digits, so this rejects IPv4 literals ("127.0.0.1") and their
        // shortened forms ("127.1") that some resolvers accept.
        if let last = labels.last, last.allSatisfy(isDigit) { return .failure(.ipLiteral) }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    private static func labelProblem(_ label: ArraySlice<UInt8>) -> Problem? {
        guard !label.isEmpty else { return .emptyLabel }
        guard label.count <= 63 else { return .labelTooLong }
        guard label.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }) else {
            return .invalidCharacter
        }
        if label.first == UInt8(ascii: "-") || label.last == UInt8(ascii: "-") { return .edgeHyphen }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Why a string is not an exact host name, phrased for an error message.
    enum Problem: String, Error, Sendable {
        case empty = "it is empty"
        case tooLong = "it is longer than 253 characters"
        case trailingDot = "it ends with a dot; write the name without the trailing dot"
        case wildcard = "wildcards are not allowed; list each exact host"
        case ipLiteral = "it is an IP address; only DNS host names can be intercepted"
        case emptyLabel = "it has an empty label (two dots in a row, or a leading dot)"
        case labelTooLong = "a label is longer than 63 characters"
        case invalidCharacter = "it has a character other than a-z, 0-9, '-' and '.' (write IDNs as xn-- A-labels)"
        case edgeHyphen = "a label starts or ends with '-'"
    }
}
