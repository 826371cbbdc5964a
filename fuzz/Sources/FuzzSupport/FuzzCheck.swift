/// Stops the run with `message` when a property does not hold.
///
/// A trap is what libFuzzer reports as a crash: it saves the input as `crash-<sha1>` and exits non-zero,
/// so a broken property is found, minimized and reproduced like any other crash.
/// - Parameters:
///   - condition: The property.
///   - message: What was expected, and what was seen instead.
package func fuzzCheck(
    _ condition: @autoclosure () -> Bool,
    _ message: @autoclosure () -> String,
    file: StaticString = #fileID,
    line: UInt = #line
) {
    guard !condition() else { return }
    fatalError("property violated: \(message())", file: file, line: line)
}

/// A short printable rendering of bytes for property messages: printable ASCII as is, the rest escaped.
/// - Parameters:
///   - bytes: The bytes.
///   - limit: How many bytes to show at most.
package func escaped(_ bytes: some Collection<UInt8>, limit: Int = 200) -> String {
    var out = "\""
    for byte in bytes.prefix(limit) {
        switch byte {
        case 0x20..<0x7F where byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\"):
            out.unicodeScalars.append(Unicode.Scalar(byte))
        default:
            let hex = Array("0123456789abcdef".unicodeScalars)
            out += "\\x"
            out.unicodeScalars.append(hex[Int(byte >> 4)])
            out.unicodeScalars.append(hex[Int(byte & 0xF)])
        }
    }
    return out + (bytes.count > limit ? "\"…(\(bytes.count) bytes)" : "\"")
}
