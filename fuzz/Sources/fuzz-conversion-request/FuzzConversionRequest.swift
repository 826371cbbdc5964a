import FuzzSupport
import JSON
import Ledger
import ProxyCore

@main
enum FuzzConversionRequest {
    static func main() { runFuzzer(fuzzConversionRequest) }
}

/// libFuzzer target: ``ConversionRequest/parse(_:)-([UInt8])``, the `POST /v1/conversions` body reader.
///
/// Checks that no body crashes the reader, and what an accepted body promises: both ids are non-empty,
/// trimmed, at most ``ConversionRequest/maximumIDLength`` bytes, and the order id has no control or format
/// character; the value is from 0 to ``ConversionRequest/maximumValue``. An accepted request written back as
/// JSON (ids quoted, value as ``Money/decimalText``) reads back as the same request.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzConversionRequest(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let body = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let request = try? ConversionRequest.parse(body) else { return 0 }
    for (field, id) in [("session_id", request.sessionID), ("order_id", request.orderID)] {
        fuzzCheck(
            !id.isEmpty && id.utf8.count <= ConversionRequest.maximumIDLength
                && id.first?.isWhitespace == false && id.last?.isWhitespace == false,
            "accepted \(field) \(escaped(id.utf8)) from \(escaped(body))"
        )
    }
    fuzzCheck(
        !request.orderID.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format },
        "accepted order_id with a control or format character from \(escaped(body))"
    )
    fuzzCheck(
        request.value >= .zero && request.value <= ConversionRequest.maximumValue,
        "accepted value \(request.value) from \(escaped(body))"
    )
    let written = "{\"session_id\":\(JSONWriter.quoted(request.sessionID)),\"order_id\":\(JSONWriter.quoted(request.orderID)),"
        + "\"value_usd\":\(request.value.decimalText)}"
    let again = Result { () throws(ConversionError) in try ConversionRequest.parse(written) }
    fuzzCheck(
        (try? again.get()) == request,
        "\(escaped(body)) read as \(request), written back as \(escaped(written.utf8)), read again as \(again)"
    )
    return 0
}
