import CatalogWire
import FuzzSupport
import ProxyCore

@main
enum FuzzCatalogProto {
    static func main() { runFuzzer(fuzzCatalogProto) }
}

/// libFuzzer target: ``ProductCatalogWire/decode(_:)``, the protobuf reader for the shop's
/// `ListProducts` answer (a catalog fetched over gRPC).
///
/// Checks that no answer crashes the reader, and that an accepted catalog survives a round trip:
/// encoded again and decoded, it gives the same products.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCatalogProto(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let products = try? ProductCatalogWire.decode(bytes) else { return 0 }
    let again = Result { try ProductCatalogWire.decode(ProductCatalogWire.encode(products)) }
    fuzzCheck(
        (try? again.get()) == products,
        "\(escaped(bytes)) decoded as \(products), round trip gave \(again)"
    )
    return 0
}
