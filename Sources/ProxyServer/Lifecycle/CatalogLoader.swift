import AsyncHTTPClient
import CatalogSources
import FoundationEssentials
import Grounding
import Logging
import NIOCore
import NIOHTTP1
import ProxyConfig
import ProxyCore
import ServiceLifecycle
import Synchronization

/// Loads the product catalog at start and every `catalog.refresh` through ``CatalogFetcher``. A failed load keeps the last good catalog, logs once per failure and is counted.
final class CatalogLoader: Service, Sendable {
    struct Status: Sendable, Encodable {
        var source: String
        var products: Int?
        var loads = 0
        var failures = 0
        var lastError: String?

        enum CodingKeys: String, CodingKey { case source, products, loads, failures, lastError = "last_error" }
    }

    private let configuration: CatalogConfiguration
    private let stage: ResponseCheckStage
    private let readiness: Readiness
    private let logger: Logger
    private let state: Mutex<Status>

    init(configuration: CatalogConfiguration, stage: ResponseCheckStage, readiness: Readiness, logger: Logger) {
        self.configuration = configuration
        self.stage = stage
        self.readiness = readiness
        var logger = logger
        logger[metadataKey: "component"] = "catalog"
        self.logger = logger
        state = Mutex(Status(source: configuration.source.location))
        if configuration.waitForFirstLoad { readiness.waitForCatalog() }
    }

    var status: Status { state.withLock { $0 } }

    /// Runs until graceful shutdown (a service that returned early would stop the whole group).
    func run() async throws {
        await loadOnce()
        if configuration.source == .builtin {
            try? await gracefulShutdown()
            return
        }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do { try await Task.sleep(for: self.configuration.refresh) } catch { return }
                await self.loadOnce()
            }
        }
    }

    /// One load attempt; public to tests through `@testable`.
    func loadOnce() async {
        do {
            let catalog = try await CatalogFetcher.load(configuration.source, logger: logger)
            stage.install(catalog)
            readiness.markCatalogLoaded()
            state.withLock {
                $0.loads += 1
                $0.products = catalog.products.count
            }
        } catch {
            let message = "\(error)"
            state.withLock {
                $0.failures += 1
                $0.lastError = message
            }
            logger.warning(
                "catalog load failed; keeping the last good catalog", metadata: ["source": .string(status.source), "error": .string(message)]
            )
        }
    }
}
