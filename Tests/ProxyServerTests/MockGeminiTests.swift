import GeminiWire
@testable import MockGemini
import ProxyCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// mock-gemini's own promises: its embedded catalog is data/products.json, and its knobs parse.
@Suite("MockGemini")
struct MockGeminiTests {
    @Test func embeddedCatalogMatchesTheRepositoryCopy() throws {
        let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let file = try #require(fopen("/" + path + "/data/products.json", "r"))
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[..<n]
        }
        let fromFile = try MockCatalog(json: String(decoding: bytes, as: UTF8.self))
        #expect(fromFile.products == MockCatalog.onlineBoutique.products)
        #expect(fromFile.products.count == 9)
        #expect(fromFile.products.first { $0.id == "1YMWWN1N4O" }?.priceText == "$109.99")
    }

    @Test func behaviorSpecParsesEveryKnob() throws {
        let b = try MockBehavior().applying(
            "latency=50ms; ttfc=1.5s, chunks=8, interval=20ms, error_rate=0.1, error_status=503, "
                + "midstream_error=true, hallucination_rate=0.2, long=true, gzip=false"
        )
        #expect(b.latency == .milliseconds(50))
        #expect(b.timeToFirstChunk == .milliseconds(1500))
        #expect(b.chunks == 8)
        #expect(b.chunkInterval == .milliseconds(20))
        #expect(b.errorRate == 0.1)
        #expect(b.errorStatus == 503)
        #expect(b.midStreamErrorRate == 1)
        #expect(b.hallucinationRate == 0.2)
        #expect(b.longOutput)
        #expect(!b.gzip)
    }

    @Test func layoutKnobPicksOneLayoutOrMixed() throws {
        #expect(try MockBehavior().applying("layout=table").layout == .table)
        #expect(try MockBehavior().applying("layout=id_first").applying("layout=mixed").layout == nil)
    }

    @Test(arguments: ["latency=fast", "chunks=0", "error_rate=2", "error_status=418", "nonsense=1", "long", "layout=spiral"])
    func badSpecsAreRejectedWithTheKey(_ spec: String) {
        #expect(throws: MockBehaviorError.self) { try MockBehavior().applying(spec) }
    }
}

@Suite("mock-gemini quality faults")
struct MockQualityFaultTests {
    static let prompt = "Customer message: a gift for a coffee lover?"

    /// Lines and sentences: a product's name, ID and price share one in every layout.
    static func sentences(_ text: String) -> [Substring] {
        text.split(separator: "\n").flatMap { $0.split(separator: ". ") }
    }

    @Test(arguments: [
        ("swap_name_rate=1", "swapped_name"), ("wrong_price_rate=1", "wrong_price"), ("refusal_rate=1", "refusal"),
        ("loop_rate=1", "loop"), ("truncate_rate=1", "truncated"), ("hallucination_rate=1", "hallucination"),
    ])
    func eachFaultIsProducedOnDemandAndReported(spec: String, fault: String) throws {
        let behavior = try MockBehavior().applying(spec)
        let catalog = MockCatalog.onlineBoutique
        let answer = MockAnswer.make(
            prompt: Self.prompt, catalog: catalog, seed: 42,
            faults: MockAnswer.Faults(
                hallucinate: behavior.hallucinationRate == 1, swapName: behavior.swapNameRate == 1,
                wrongPrice: behavior.wrongPriceRate == 1, refusal: behavior.refusalRate == 1, loop: behavior.loopRate == 1,
                truncate: behavior.truncateRate == 1
            ),
            long: false
        )
        #expect(answer.faults == [fault])
        switch fault {
        case "swapped_name":
            let id = try #require(answer.swappedNameIDs.first)
            let product = try #require(catalog.products.first { $0.id == id })
            let line = try #require(Self.sentences(answer.text).first { $0.contains(id) })
            #expect(!line.contains(product.name), "the line names another product")
        case "wrong_price":
            let id = try #require(answer.wrongPriceIDs.first)
            let product = try #require(catalog.products.first { $0.id == id })
            let line = try #require(Self.sentences(answer.text).first { $0.contains(id) })
            #expect(!line.contains(product.priceText))
        case "refusal": #expect(answer.text.hasPrefix("I'm sorry"))
        case "truncated": #expect(answer.finishReason == "MAX_TOKENS")
        default: break
        }
    }
}
