import Logging
import NIOPosix
import ProxyTesting
import Synchronization
import Testing
import UpstreamClient

/// Workload Identity tokens from the metadata server: reused until five minutes before they
/// expire (on an injected clock), the project asked once, refusals explained.
@Suite struct MetadataTokenSourceTests {
    private static let quiet = Logger(label: "metadata", factory: { _ in SwiftLogNoOpLogHandler() })

    private static func client() -> UpstreamHTTPClient {
        UpstreamHTTPClient(
            settings: UpstreamClientSettings(connectTimeout: .seconds(2), idleReadTimeout: .seconds(5)),
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton
        )
    }

    @Test func aTokenIsReusedUntilFiveMinutesBeforeItExpires() async throws {
        let metadata = MetadataServerStub(token: "ya29.a", expiresIn: 3600)
        let clock = Mutex(ContinuousClock.now)
        try await metadata.run { base in
            let client = Self.client()
            let tokens = MetadataTokenSource(client: client, base: base, logger: Self.quiet, now: { clock.withLock { $0 } })
            #expect(try await tokens.token() == "ya29.a")
            clock.withLock { $0 += .seconds(3600 - 301) }
            #expect(try await tokens.token() == "ya29.a")
            #expect(metadata.tokensServed == 1)
            clock.withLock { $0 += .seconds(2) }
            _ = try await tokens.token()
            #expect(metadata.tokensServed == 2, "renewed within five minutes of expiry")
            #expect(try await tokens.projectID() == "v-commerce-prod")
            #expect(try await tokens.projectID() == "v-commerce-prod")
            #expect(metadata.projectsServed == 1)
            try await client.shutdown()
        }
    }

    @Test func aRefusalSaysWhatToCheck() async throws {
        let metadata = MetadataServerStub(failStatus: 403)
        try await metadata.run { base in
            let client = Self.client()
            let tokens = MetadataTokenSource(client: client, base: base, logger: Self.quiet)
            let error = await #expect(throws: MetadataTokenError.self) { try await tokens.token() }
            #expect(error?.description.contains("HTTP 403") == true && error?.description.contains("Vertex AI User") == true)
            try await client.shutdown()
        }
    }
}
