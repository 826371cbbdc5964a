package import AsyncHTTPClient
package import Logging

/// How Outrigger's own Gemini calls (the health report, the cost summary) leave the process.
///
/// In a pod in transparent mode, `hostAliases` points the Google hosts at Outrigger itself, so
/// the base-URL client would call its own interception listener and refuse its certificate.
/// Calls to an intercepted host go through the interception clients instead, which resolve it
/// without `/etc/hosts`, as intercepted traffic does.
package struct GeminiTransport: Sendable {
    /// The intercepted host a URL names, if any (nil: not intercepted).
    package typealias InterceptedHost = @Sendable (String) -> String?

    let client: UpstreamHTTPClient
    let intercepted: (upstreams: InterceptedUpstreams, host: InterceptedHost)?

    /// - Parameters:
    ///   - client: the base-URL client.
    ///   - intercepted: the interception clients and which hosts they serve, when `tls.listen` is on.
    package init(client: UpstreamHTTPClient, intercepted: (upstreams: InterceptedUpstreams, host: InterceptedHost)? = nil) {
        self.client = client
        self.intercepted = intercepted
    }

    /// Sends `request`, returning once the response head arrives.
    func send(_ request: HTTPClientRequest, firstByteTimeout: Duration, logger: Logger) async throws(UpstreamFailure) -> HTTPClientResponse {
        guard let intercepted, let host = intercepted.host(request.url) else {
            return try await client.send(request, firstByteTimeout: firstByteTimeout, logger: logger)
        }
        var rerouted = request
        rerouted.url = intercepted.upstreams.baseURL(for: host) + Self.pathAndQuery(of: request.url)
        return try await intercepted.upstreams.send(rerouted, host: host, firstByteTimeout: firstByteTimeout, logger: logger)
    }

    /// Everything from the first `/` after the authority.
    static func pathAndQuery(of url: String) -> Substring {
        let afterScheme = url.firstRange(of: "://").map { url[$0.upperBound...] } ?? Substring(url)
        return afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? ""
    }
}
