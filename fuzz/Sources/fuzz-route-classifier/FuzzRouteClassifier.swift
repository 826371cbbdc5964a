import FuzzSupport
import GeminiWire
import ProxyCore

@main
enum FuzzRouteClassifier {
    static func main() { runFuzzer(fuzzRouteClassifier) }
}

/// libFuzzer target: ``RouteClassifier/classify(path:query:)`` over the input as a request path
/// (invalid UTF-8 repaired, as the server's `String` would hold it).
///
/// Checks that no path crashes the classifier, that passing the query inline or apart gives the same route,
/// and what a recognised route promises the upstream URL builder: a regional Vertex location is a host label
/// (`[a-z0-9-]`, 1 to 63 bytes), and the model, project and publisher are never empty, `.` or `..`, nor
/// contain `/` (except the `endpoints/` and `tunedModels/` prefixes) or `?`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRouteClassifier(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let route = RouteClassifier.classify(path)
    if let mark = path.firstIndex(of: "?") {
        let apart = RouteClassifier.classify(path: path[..<mark], query: path[path.index(after: mark)...])
        fuzzCheck(route == apart, "query inline vs apart differ for \(escaped(path.utf8))")
    }
    guard route != .unrecognised else { return 0 }
    if case .vertexRegional(let location) = route.target {
        let label = !location.isEmpty && location.utf8.count <= 63
            && location.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        fuzzCheck(label, "regional location \(escaped(location.utf8)) is not a host label, from \(escaped(path.utf8))")
    }
    var model = Substring(route.model)
    for prefix in ["endpoints/", "tunedModels/"] where model.hasPrefix(prefix) {
        model = model.dropFirst(prefix.count)
    }
    for name in [model] + [route.project, route.publisher].compactMap({ $0 }).map({ Substring($0) }) {
        fuzzCheck(
            !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("?"),
            "unsafe resource name \(escaped(name.utf8)) from \(escaped(path.utf8))"
        )
    }
    return 0
}
