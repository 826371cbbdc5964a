import FuzzSupport
import JSON

@main
enum FuzzJSONParser {
    static func main() { runFuzzer(fuzzJSONParser) }
}

/// libFuzzer target: ``JSONParser/parse(_:maxDepth:)-(UnsafeRawBufferPointer,_)`` over the raw input.
///
/// Checks that no input crashes the parser (deep nesting included), that the byte and `String` entry points
/// agree, and that a parsed document survives ``JSONValue/compactText``: parsing it again gives the same
/// value, numbers written exactly as they were on the wire.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSONParser(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let parsed = Result { () throws(JSONParseError) in try JSONParser.parse(bytes) }
    if let text = String(validating: bytes, as: UTF8.self) {
        let fromText = Result { () throws(JSONParseError) in try JSONParser.parse(text) }
        fuzzCheck(
            same(parsed, fromText),
            "bytes and String disagree on \(escaped(bytes)): \(parsed) vs \(fromText)"
        )
    }
    guard case .success(let value) = parsed else { return 0 }
    let written = value.compactText
    switch Result(catching: { () throws(JSONParseError) in try JSONParser.parse(written) }) {
    case .success(let again):
        fuzzCheck(equivalent(value, again), "compactText changed \(escaped(bytes)) into \(escaped(written.utf8))")
    case .failure(let error):
        fuzzCheck(false, "compactText of \(escaped(bytes)) does not parse: \(escaped(written.utf8)): \(error)")
    }
    return 0
}

private func same(_ a: Result<JSONValue, JSONParseError>, _ b: Result<JSONValue, JSONParseError>) -> Bool {
    switch (a, b) {
    case (.success(let x), .success(let y)): equivalent(x, y)
    case (.failure(let x), .failure(let y)): x == y
    default: false
    }
}

/// Structural equality; object members in order, duplicates included; numbers keep their wire text.
private func equivalent(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): true
    case (.bool(let x), .bool(let y)): x == y
    case (.number(let x), .number(let y)): x == y && x.text == y.text
    case (.string(let x), .string(let y)): x.utf8.elementsEqual(y.utf8)
    case (.array(let x), .array(let y)): x.count == y.count && zip(x, y).allSatisfy { equivalent($0, $1) }
    case (.object(let x), .object(let y)):
        x.count == y.count && zip(x, y).allSatisfy { $0.key.utf8.elementsEqual($1.key.utf8) && equivalent($0.value, $1.value) }
    default: false
    }
}
