import AsyncHTTPClient
import ProxyCore
package import HTTPTypes
package import NIOHTTP1

/// Which headers cross the proxy, per RFC 9110 §7.6.1: hop-by-hop fields and those named in
/// `Connection` are dropped; every end-to-end field passes unchanged, in order.
package enum HeaderPolicy {
    /// Fields that apply to a single connection (RFC 9110 §7.6.1, plus the legacy `Proxy-Connection`).
    static let hopByHop: Set<String> = [
        "connection", "proxy-connection", "keep-alive", "te", "transfer-encoding", "upgrade",
        "proxy-authenticate", "proxy-authorization", "trailer",
    ]

    /// Request headers for the upstream: end-to-end fields only, without `Host` (the client sets it
    /// from the upstream URL) and without `Content-Length` (recomputed from the body).
    package static func upstreamRequestHeaders(from fields: HTTPFields) -> HTTPHeaders {
        let named = connectionNamed(fields)
        var headers = HTTPHeaders()
        headers.reserveCapacity(fields.count)
        for field in fields {
            let name = field.name.canonicalName
            if hopByHop.contains(name) || named.contains(name) || name == "host" || name == "content-length" { continue }
            headers.add(name: field.name.rawName, value: field.value)
        }
        return headers
    }

    /// Response headers for the client: end-to-end fields only. `Content-Length` is kept when the
    /// body is relayed unchanged, which is always.
    package static func clientResponseHeaders(from headers: HTTPHeaders) -> HTTPFields {
        var named: Set<String> = []
        for value in headers["connection"] {
            for token in value.split(separator: ",") { named.insert(token.trimmingWhitespace().lowercased()) }
        }
        var fields = HTTPFields()
        fields.reserveCapacity(headers.count)
        for (name, value) in headers {
            let lower = name.lowercased()
            if hopByHop.contains(lower) || named.contains(lower) { continue }
            guard let fieldName = HTTPField.Name(name) else { continue }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        return fields
    }

    private static func connectionNamed(_ fields: HTTPFields) -> Set<String> {
        var named: Set<String> = []
        for value in fields[values: .connection] {
            for token in value.split(separator: ",") { named.insert(token.trimmingWhitespace().lowercased()) }
        }
        return named
    }
}
