/// Removes credentials from strings that may reach logs or telemetry.
///
/// Outrigger never logs `Authorization` or `x-goog-api-key` values; request targets can carry
/// `?key=…` (Developer API), which this masks.
package enum CredentialRedaction {
    /// Header names whose values are credentials (lowercased).
    package static let credentialHeaders: Set<String> = [
        "authorization", "proxy-authorization", "x-goog-api-key", "cookie", "set-cookie",
    ]

    /// Returns `target` (a path with optional query) with the values of `key`, `api_key`,
    /// `access_token` and `token` query parameters replaced by `REDACTED`.
    package static func redactTarget(_ target: String) -> String {
        guard let q = target.firstIndex(of: "?") else { return target }
        let path = target[..<q]
        let query = target[target.index(after: q)...]
        var changed = false
        let pairs = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> Substring in
            let name = pair.split(separator: "=", maxSplits: 1).first ?? pair
            if sensitiveParameters.contains(name.lowercased()) {
                changed = true
                return name + "=REDACTED"
            }
            return pair
        }
        guard changed else { return target }
        return path + "?" + pairs.joined(separator: "&")
    }

    private static let sensitiveParameters: Set<String> = ["key", "api_key", "apikey", "access_token", "token"]
}
