import FuzzSupport
import ProxyConfig

@main
enum FuzzConfigReader {
    static func main() { runFuzzer(fuzzConfigReader) }
}

/// libFuzzer target: ``ProxyConfiguration/load(yaml:source:)``, the reader behind `outrigger check-config`,
/// over the input as YAML text (inputs that are not UTF-8 are skipped, as the config file reader refuses
/// them before parsing).
///
/// Checks that no text crashes Yams, the document composer or the typed reader, and that a refused text
/// names at least one problem, each with a non-empty description.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzConfigReader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = String(validating: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self) else {
        return 0
    }
    do {
        _ = try ProxyConfiguration.load(yaml: text, source: "fuzz.yaml")
    } catch {
        fuzzCheck(
            !error.problems.isEmpty && error.problems.allSatisfy { !$0.description.isEmpty },
            "a refused config with no problem described: \(escaped(text.utf8))"
        )
    }
    return 0
}
