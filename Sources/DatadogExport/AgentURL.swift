import ProxyCore

/// The node Agent's trace intake address, read the way Datadog's tracers read it.
package enum AgentURL {
    /// Where the Agent's APM socket lives in Datadog's Kubernetes and host installs.
    package static let defaultSocketPath = "/var/run/datadog/apm.socket"

    /// `DD_TRACE_AGENT_URL` (`http://host:port` or `unix:///path/apm.socket`), else
    /// `http://$DD_AGENT_HOST:${DD_TRACE_AGENT_PORT:-8126}` when the host is set, else the default
    /// socket if `socketExists` says it is there, else `http://localhost:8126`.
    /// - Returns: a base URL for the HTTP client (`http://…` or `http+unix://<encoded path>`), no trailing `/`.
    package static func resolve(environment: [String: String], socketExists: (String) -> Bool = { _ in false }) -> String {
        var url: String
        if let explicit = environment.nonBlank("DD_TRACE_AGENT_URL") {
            url = explicit
        } else if let host = environment.nonBlank("DD_AGENT_HOST") {
            url = "http://\(host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host):\(environment.nonBlank("DD_TRACE_AGENT_PORT") ?? "8126")"
        } else if environment.nonBlank("DD_TRACE_AGENT_PORT") == nil, socketExists(defaultSocketPath) {
            url = "unix://" + defaultSocketPath
        } else {
            url = "http://localhost:\(environment.nonBlank("DD_TRACE_AGENT_PORT") ?? "8126")"
        }
        if url.hasSuffix("/") { url.removeLast() }
        if url.hasPrefix("unix://") { return unixSocketBase(path: String(url.dropFirst("unix://".count))) }
        return url
    }

    /// `http+unix://` with the socket path percent-encoded as the host, the form the HTTP client takes.
    package static func unixSocketBase(path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~".contains(c) {
                encoded.append(c)
            } else {
                encoded += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return "http+unix://" + encoded
    }
}
