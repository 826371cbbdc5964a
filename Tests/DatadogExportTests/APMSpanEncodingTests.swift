@testable import DatadogExport
import Testing

@Suite("APM span payload size")
struct APMSpanEncodingTests {
    static func span(_ id: UInt64, tags: Int, valueLength: Int, metricKeyLength: Int) -> APMSpan {
        var meta: [String: String] = [:]
        for index in 0..<tags { meta["outrigger.tag_\(index)"] = String(repeating: "v", count: valueLength) }
        var metrics: [String: Double] = [:]
        for index in 0..<8 { metrics["_dd.\(index)." + String(repeating: "k", count: metricKeyLength)] = Double(index) / 3 }
        return APMSpan(
            traceID: id, spanID: id &* 7, parentID: 0, name: "outrigger.request", resource: "generateContent gemini-2.5-flash",
            service: "outrigger", type: "llm", start: 1_795_931_374_690_612_358, duration: 120_668, error: id % 2 == 0,
            meta: meta, metrics: metrics
        )
    }

    /// The byte bound of the export queue and the payload's reserved capacity both rely on
    /// `approximateBytes` never being under the encoded size.
    @Test(arguments: [(0, 0, 0), (20, 40, 10), (3, 2_000, 200), (60, 1, 60), (0, 0, 200)])
    func theEstimateCoversTheEncoding(tags: Int, valueLength: Int, metricKeyLength: Int) {
        let spans = (1...50).map { Self.span(UInt64($0), tags: tags, valueLength: valueLength, metricKeyLength: metricKeyLength) }
        let encoded = APMSpan.encodeV04(spans.map { [$0] })
        let estimate = spans.reduce(0) { $0 + $1.approximateBytes }
        #expect(encoded.count <= estimate, "\(encoded.count) bytes encoded, \(estimate) estimated")
        #expect(encoded.count * 3 >= estimate, "the estimate is far above the encoding: \(estimate) for \(encoded.count)")
    }
}
