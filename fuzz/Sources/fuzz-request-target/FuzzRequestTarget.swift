import FuzzSupport
import ProxyCore

@main
enum FuzzRequestTarget {
    static func main() { runFuzzer(fuzzRequestTarget) }
}

/// libFuzzer target: ``RequestTarget/classify(_:)-(Substring)`` over the input as a request-target
/// (invalid UTF-8 repaired, as the server's `String` would hold it).
///
/// Checks that no target crashes the classifier, that ``RequestTarget/name`` reads back to the same form,
/// and that an origin form, which is appended to the upstream URL, starts with `/` and holds only RFC 3986
/// path and query bytes: no `#`, `\`, space, control or non-ASCII byte, and every `%` followed by two
/// hexadecimal digits.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRequestTarget(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let target = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let form = RequestTarget.classify(target)
    fuzzCheck(RequestTarget(name: Substring(form.name)) == form, "name \(form.name) does not read back")
    guard form == .origin else { return 0 }
    let bytes = Array(target.utf8)
    fuzzCheck(bytes.first == UInt8(ascii: "/"), "origin form without a leading slash: \(escaped(bytes))")
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?%".utf8)
    let hex = Set("0123456789abcdefABCDEF".utf8)
    for (index, byte) in bytes.enumerated() {
        fuzzCheck(allowed.contains(byte), "origin form with byte \(byte): \(escaped(bytes))")
        if byte == UInt8(ascii: "%") {
            fuzzCheck(
                index + 2 < bytes.count && hex.contains(bytes[index + 1]) && hex.contains(bytes[index + 2]),
                "origin form with a bad percent escape: \(escaped(bytes))"
            )
        }
    }
    return 0
}
