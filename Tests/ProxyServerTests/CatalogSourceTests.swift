import CatalogSources
import GRPCCore
import GRPCNIOTransportHTTP2Posix
import Grounding
import Logging
import MockGemini
import ProxyConfig
import ProxyCore
@testable import ProxyServer
import Testing

/// A stand-in productcatalogservice: ListProducts answers with the given products.
struct StandInCatalogService: RegistrableRPCService {
    let products: [Product]

    func registerMethods<Transport: ServerTransport>(with router: inout RPCRouter<Transport>) {
        let answer = ProductCatalogWire.encode(products)
        router.registerHandler(forMethod: GRPCCatalogClient.method, deserializer: BytesCodec(), serializer: BytesCodec()) { request, _ in
            for try await _ in request.messages {}
            return StreamingServerResponse(single: ServerResponse(message: answer))
        }
    }
}

@Suite("Catalog sources", .timeLimit(.minutes(1)))
struct CatalogSourceTests {
    static let products = MockCatalog.onlineBoutique.products

    @Test func theWireFormatRoundTrips() throws {
        let decoded = try ProductCatalogWire.decode(ProductCatalogWire.encode(Self.products))
        #expect(decoded == Self.products)
        #expect(throws: (any Error).self) { try ProductCatalogWire.decode([0x0A, 0x05, 0x01]) }
    }

    @Test func grpcLoadsTheCatalogAndAnOutageKeepsTheLastGoodOne() async throws {
        let server = GRPCServer(
            transport: HTTP2ServerTransport.Posix(address: .ipv4(host: "127.0.0.1", port: 0), transportSecurity: .plaintext),
            services: [StandInCatalogService(products: Self.products)]
        )
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await server.serve() }
            let address = try await server.listeningAddress
            let port = try #require(address?.ipv4?.port)

            let listed = try await GRPCCatalogClient.listProducts(host: "127.0.0.1", port: port)
            #expect(listed.map(\.id) == Self.products.map(\.id))
            #expect(listed.first?.priceMicros == 19_990_000)

            let configuration = CatalogConfiguration(source: .grpc(host: "127.0.0.1", port: port))
            let stage = ResponseCheckStage(grounding: configuration.grounding, markers: [], initial: nil)
            let readiness = Readiness()
            readiness.markListening()
            let loader = CatalogLoader(configuration: CatalogConfiguration(source: .grpc(host: "127.0.0.1", port: port), waitForFirstLoad: true), stage: stage, readiness: readiness, logger: Logger(label: "test"))
            #expect(readiness.reason == "waiting for the first catalog load")
            await loader.loadOnce()
            #expect(loader.status.products == 9 && loader.status.failures == 0)
            #expect(stage.hasCatalog && readiness.isReady)

            server.beginGracefulShutdown()
            try await tasks.waitForAll()
            await loader.loadOnce()
            #expect(loader.status.failures == 1, "the outage is counted")
            #expect(loader.status.lastError != nil)
            #expect(loader.status.products == 9 && stage.hasCatalog, "the last good catalog stays")
        }
    }

    @Test func aBadFileIsReportedAndNothingIsInstalled() async throws {
        let path = "/tmp/outrigger-catalog-\(UInt32.random(in: 0...UInt32.max)).json"
        let configuration = CatalogConfiguration(source: .file(path: path))
        let stage = ResponseCheckStage(grounding: configuration.grounding, markers: [], initial: nil)
        let loader = CatalogLoader(configuration: configuration, stage: stage, readiness: Readiness(), logger: Logger(label: "test"))
        await loader.loadOnce()
        #expect(loader.status.failures == 1 && !stage.hasCatalog)
    }
}
