@testable import CatalogSources
import ProtoWire
import ProxyCore
import Testing

@Suite("ListProducts wire format")
struct ProductCatalogWireTests {
    static let mug = Product(
        id: "6E92ZMYYFZ", name: "Mug", description: "A simple mug with a mustard interior.",
        priceMicros: 8_990_000, currency: "USD", categories: ["kitchen"]
    )

    @Test("a catalog survives encode and decode")
    func roundTrip() throws {
        let refund = Product(id: "NEG1", name: "Refund", description: "", priceMicros: -3_500_000, currency: "USD", categories: ["", "refunds"])
        #expect(try ProductCatalogWire.decode(ProductCatalogWire.encode([Self.mug, refund])) == [Self.mug, refund])
    }

    @Test("unknown fields of every wire type are skipped")
    func unknownFields() throws {
        var product = ProtoWriter()
        product.string(1, "ID1")
        product.string(2, "Thing")
        product.int(11, 300)
        let fixed64: [UInt8] = [9 << 3 | 1, 1, 2, 3, 4, 5, 6, 7, 8]
        let fixed32: [UInt8] = [10 << 3 | 5, 1, 2, 3, 4]
        var answer = ProtoWriter()
        answer.message(1, product.bytes + fixed64 + fixed32)
        let decoded = try ProductCatalogWire.decode(answer.bytes)
        #expect(decoded.map(\.id) == ["ID1"])
        #expect(decoded.first?.name == "Thing")
    }

    /// Found by fuzz/fuzz-catalog-proto (fuzz/corpus/fuzz-catalog-proto/regression-price-overflow):
    /// `units * 1_000_000` trapped on a huge price, so one bad catalog answer killed the process.
    @Test("a price too large for micro-units is an error, not a crash")
    func priceOverflow() {
        let bytes: [UInt8] = [
            0x0a, 0x3c, 0x0a, 0x04, 0x4e, 0x45, 0x47, 0x31, 0x12, 0x06, 0x52, 0x65, 0x66, 0x75, 0x6e, 0x64,
            0x2a, 0x1b, 0x0a, 0x03, 0x55, 0x53, 0x44, 0x10, 0xfd, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x01, 0x18,
            0x80, 0xb6, 0xca, 0x91, 0xfe, 0xff, 0xff, 0xff, 0xff, 0x01, 0x49, 0x01, 0x01, 0x01, 0x01, 0x01,
            0x01, 0x01, 0x02, 0x55, 0x01, 0x02, 0x02, 0x02, 0x58, 0xac, 0x02,
        ]
        #expect(throws: ProtoError.self) { try ProductCatalogWire.decode(bytes) }
        #expect(throws: ProtoError.self) { try ProductCatalogWire.decode(Self.answer(units: .max, nanos: 0)) }
        #expect(throws: ProtoError.self) { try ProductCatalogWire.decode(Self.answer(units: .min, nanos: 0)) }
    }

    /// Found by fuzz/fuzz-catalog-proto (fuzz/corpus/fuzz-catalog-proto/regression-length-overflow):
    /// a field length above `Int.max` trapped in `Int(_:)` before the bounds check.
    @Test("a length larger than any Int is an error, not a crash")
    func lengthOverflow() {
        let bytes: [UInt8] = [
            0x0a, 0x3c, 0x0a, 0x04, 0x4e, 0x45, 0x47, 0x12, 0x31, 0xf6, 0x06, 0x52, 0x65, 0x66, 0x75, 0x6e,
            0x64, 0x2a, 0xfd, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x18, 0x80, 0xb6, 0xca,
            0x91, 0xfe, 0xff, 0xff, 0xff, 0xff, 0x01, 0x49, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x53, 0x74,
            0x72, 0x69, 0x6e, 0x67, 0x01, 0x01, 0x55, 0x2c, 0x02, 0x02, 0x02, 0x02, 0x58, 0xac, 0x02,
        ]
        #expect(throws: ProtoError.self) { try ProductCatalogWire.decode(bytes) }
        // Field 1, length-delimited, length 2^63.
        #expect(throws: ProtoError.self) {
            try ProductCatalogWire.decode([0x0a, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01])
        }
    }

    @Test("nanos out of range or of the other sign than units are refused")
    func moneyRules() throws {
        #expect(throws: ProtoError.self) { try ProductCatalogWire.decode(Self.answer(units: 1, nanos: 1_000_000_000)) }
        #expect(throws: ProtoError.self) { try ProductCatalogWire.decode(Self.answer(units: 1, nanos: -1_000)) }
        #expect(try ProductCatalogWire.decode(Self.answer(units: 9_223_372_036_853, nanos: 0)).first?.priceMicros == 9_223_372_036_853_000_000)
        #expect(try ProductCatalogWire.decode(Self.answer(units: -2, nanos: -250_000_000)).first?.priceMicros == -2_250_000)
    }

    /// Found by fuzz/fuzz-catalog-proto: an explicit empty currency code decoded as "" but encoded as
    /// absent, so the catalog changed on a round trip. proto3 reads an empty string as unset.
    @Test("an empty currency code is the default")
    func emptyCurrency() throws {
        var money = ProtoWriter()
        money.message(1, [])
        money.int(2, 5)
        var product = ProtoWriter()
        product.string(1, "P1")
        product.message(5, money.bytes)
        var answer = ProtoWriter()
        answer.message(1, product.bytes)
        #expect(try ProductCatalogWire.decode(answer.bytes).first?.currency == "USD")
    }

    static func answer(units: Int64, nanos: Int64) -> [UInt8] {
        var money = ProtoWriter()
        money.string(1, "USD")
        money.int(2, units)
        money.int(3, nanos)
        var product = ProtoWriter()
        product.string(1, "P1")
        product.message(5, money.bytes)
        var answer = ProtoWriter()
        answer.message(1, product.bytes)
        return answer.bytes
    }
}
