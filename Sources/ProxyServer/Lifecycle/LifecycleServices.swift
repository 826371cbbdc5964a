import AsyncHTTPClient
import ServiceLifecycle
import UpstreamClient

/// Shuts an HTTP client down once the services after it have stopped.
struct HTTPClientService: Service {
    let client: HTTPClient

    func run() async throws {
        try? await gracefulShutdown()
        try await client.shutdown()
    }
}

/// Shuts the upstream client down when the group shuts down (after the listeners stopped).
struct UpstreamClientService: Service {
    let client: UpstreamHTTPClient

    func run() async throws {
        try? await gracefulShutdown()
        try await client.shutdown()
    }
}

/// Marks the proxy not ready as soon as graceful shutdown begins, and starts the grace period
/// after which open streams are cut.
struct DrainSignal: Service {
    let readiness: Readiness
    let drain: DrainDeadline
    let gracePeriod: Duration

    func run() async throws {
        try? await gracefulShutdown()
        readiness.markDraining()
        drain.begin(gracePeriod: gracePeriod)
    }
}
