import HTTPTypes
import NIOHTTP1
import ProxyServer
import Testing

/// RFC 9110 §7.6.1: hop-by-hop fields and fields named in `Connection` do not cross the proxy.
@Suite("HeaderPolicy")
struct HeaderPolicyTests {
    @Test func requestDropsHopByHopAndHostButKeepsEndToEnd() {
        var fields = HTTPFields()
        fields[HTTPField.Name("host")!] = "localhost:8080"
        fields[.connection] = "keep-alive, x-trace-hop"
        fields[HTTPField.Name("keep-alive")!] = "timeout=5"
        fields[HTTPField.Name("x-trace-hop")!] = "1"
        fields[.te] = "trailers"
        fields[.contentLength] = "12"
        fields[.contentType] = "application/json"
        fields[HTTPField.Name("x-goog-api-key")!] = "k"
        fields[HTTPField.Name("x-goog-api-client")!] = "genai-sdk"
        let headers = HeaderPolicy.upstreamRequestHeaders(from: fields)
        #expect(headers.map { $0.name.lowercased() } == ["content-type", "x-goog-api-key", "x-goog-api-client"])
    }

    @Test func responseDropsHopByHopKeepsOrderAndDuplicates() {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/event-stream")
        headers.add(name: "Transfer-Encoding", value: "chunked")
        headers.add(name: "Connection", value: "close, X-Upstream-Hop")
        headers.add(name: "X-Upstream-Hop", value: "1")
        headers.add(name: "Vary", value: "Origin")
        headers.add(name: "Vary", value: "X-Origin")
        headers.add(name: "Server-Timing", value: "gfet4t7; dur=412")
        let fields = HeaderPolicy.clientResponseHeaders(from: headers)
        #expect(fields.map(\.name.canonicalName) == ["content-type", "vary", "vary", "server-timing"])
        #expect(fields[values: .vary] == ["Origin", "X-Origin"])
    }
}
