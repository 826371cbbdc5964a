package import AsyncHTTPClient
package import Logging
package import NIOCore
import ProxyCore

/// Forwards requests to Google with AsyncHTTPClient, configured for a transparent proxy:
/// no redirects followed, no decompression, pooled connections, HTTP/2 where TLS offers it.
package final class UpstreamHTTPClient: Sendable {
    private let client: HTTPClient

    /// Creates the client on the shared NIO event loops.
    /// - Parameters:
    ///   - settings: connect timeout, HTTP/2 and pool size.
    ///   - eventLoopGroup: the event loops to use (shared with the HTTP server).
    package init(settings: UpstreamClientSettings, eventLoopGroup: any EventLoopGroup) {
        self.client = HTTPClient(eventLoopGroup: eventLoopGroup, configuration: Self.configuration(settings))
    }

    /// The client configuration for a transparent proxy, shared with ``InterceptedUpstreams``.
    static func configuration(_ settings: UpstreamClientSettings) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        configuration.timeout.connect = .nanoseconds(Int64(settings.connectTimeout.nanoseconds))
        configuration.timeout.read = .nanoseconds(Int64(settings.idleReadTimeout.nanoseconds))
        configuration.httpVersion = settings.http2 ? .automatic : .http1Only
        // Outrigger makes its own spans; the client's tracing hooks only cost time per call.
        configuration.tracing.tracer = nil
        configuration.connectionPool = .init(
            idleTimeout: .nanoseconds(Int64(settings.idleConnectionTimeout.nanoseconds)),
            concurrentHTTP1ConnectionsPerHostSoftLimit: settings.maxConnectionsPerHost
        )
        return configuration
    }

    /// Sends a request and returns once the response head has arrived.
    /// - Parameters:
    ///   - request: the fully prepared upstream request.
    ///   - firstByteTimeout: how long to wait for the response head.
    ///   - logger: request logger.
    package func send(
        _ request: HTTPClientRequest, firstByteTimeout: Duration, logger: Logger
    ) async throws(UpstreamFailure) -> HTTPClientResponse {
        do {
            return try await client.execute(
                request, timeout: .nanoseconds(Int64(firstByteTimeout.nanoseconds)), logger: logger
            )
        } catch {
            throw UpstreamFailure.classify(error)
        }
    }

    /// Closes pooled connections; call once at shutdown.
    package func shutdown() async throws {
        try await client.shutdown()
    }
}
