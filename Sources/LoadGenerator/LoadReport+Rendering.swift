import FoundationEssentials

extension LoadReport {
    /// The report as pretty-printed JSON with snake_case keys.
    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The report as aligned text lines.
    package var text: String {
        func counts(_ map: [String: Int]) -> String {
            map.isEmpty ? "none" : map.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        func ms(_ value: Double) -> String { String(Int(value.rounded())) + " ms" }
        let c = conversions
        return [
            "scenario        \(scenario.rawValue) (seed \(seed), \(rate) req/s for \(durationSeconds) s, took \(Int(elapsedSeconds.rounded())) s)",
            "requests        planned \(planned), sent \(sent) (\(counts(sentByKind))), bursts \(burstRequests)",
            "status          \(counts(statusCounts))",
            "errors          \(counts(errors))",
            "latency         p50 \(ms(latencyMs.p50))  p99 \(ms(latencyMs.p99))  max \(ms(latencyMs.max))",
            "blocked         \(blocked)" + (proxyErrors.isEmpty ? "" : "  proxy errors: \(counts(proxyErrors))"),
            "hallucinated    \(hallucinated)",
            "mock faults     \(counts(faults))",
            "conversions     planned \(c.planned), posted \(c.posted): recorded \(c.recorded), duplicate \(c.duplicate), failed \(c.failed)"
                + (c.skipped > 0 ? ", skipped \(c.skipped) (no --admin)" : ""),
            "behind schedule \(behindSchedule)",
        ].joined(separator: "\n")
    }
}
