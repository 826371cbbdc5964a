import DatadogExport
import Testing

@Suite("DogStatsD aggregation and packing")
struct DogStatsDAggregatorTests {
    @Test func countsSumGaugesKeepLastDistributionsPack() {
        var aggregator = DogStatsDAggregator()
        aggregator.add(MetricSample(name: "llm.request.count", value: 1, type: .count, tags: ["model:m", "api:vertex"]))
        aggregator.add(MetricSample(name: "llm.request.count", value: 1, type: .count, tags: ["api:vertex", "model:m"]))
        aggregator.add(MetricSample(name: "llm.request.count", value: 1, type: .count, tags: ["api:gemini_api", "model:m"]))
        aggregator.add(MetricSample(name: "g", value: 3, type: .gauge, tags: []))
        aggregator.add(MetricSample(name: "g", value: 5, type: .gauge, tags: []))
        aggregator.add(MetricSample(name: "llm.tokens.input", value: 12, type: .distribution, tags: ["model:m"]))
        aggregator.add(MetricSample(name: "llm.tokens.input", value: 7.5, type: .distribution, tags: ["model:m"]))
        let lines = aggregator.flush(globalTags: ["env:test"], maxLineBytes: 1432)
        #expect(lines.contains("llm.request.count:2|c|#api:vertex,model:m,env:test"), "tag order must not split a context")
        #expect(lines.contains("llm.request.count:1|c|#api:gemini_api,model:m,env:test"))
        #expect(lines.contains("g:5|g|#env:test"))
        #expect(lines.contains("llm.tokens.input:12:7.5|d|#model:m,env:test"))
        #expect(lines.count == 4)
        #expect(aggregator.isEmpty)
        #expect(aggregator.flush(globalTags: [], maxLineBytes: 1432).isEmpty)
    }

    @Test func tagSeparatorsAreSanitised() {
        var aggregator = DogStatsDAggregator()
        aggregator.add(MetricSample(name: "x", value: 1, type: .count, tags: ["model:a|b,c#d\ne"]))
        #expect(aggregator.flush(globalTags: [], maxLineBytes: 1432) == ["x:1|c|#model:a_b_c_d_e"])
    }

    @Test func longDistributionsSplitIntoLinesUnderTheLimit() {
        var aggregator = DogStatsDAggregator()
        for i in 0..<1000 {
            aggregator.add(MetricSample(name: "llm.request.duration", value: Double(i) + 0.25, type: .distribution, tags: ["model:m"]))
        }
        let lines = aggregator.flush(globalTags: [], maxLineBytes: 200)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 200 })
        let values = lines.flatMap { line in
            line.split(separator: "|")[0].split(separator: ":").dropFirst().compactMap { Double($0) }
        }
        #expect(values.count == 1000, "no value lost when splitting")
    }

    /// A busy context (over 2,000 calls per second per pod fills one between two flushes) loses
    /// no value: full contexts are set aside whole and sent at the flush, up to their own bound.
    @Test func aBusyContextLosesNoValueUntilTheSetAsideBound() {
        var aggregator = DogStatsDAggregator()
        let sent = 3 * DogStatsDAggregator.maxValuesPerContext + 5
        for i in 0..<sent {
            aggregator.add(MetricSample(name: "llm.request.duration", value: Double(i), type: .distribution, tags: ["model:m"]))
        }
        #expect(aggregator.droppedValues == 0)
        let values = aggregator.flush(globalTags: [], maxLineBytes: 1432).flatMap { line in
            line.split(separator: "|")[0].split(separator: ":").dropFirst().compactMap { Double($0) }
        }
        #expect(values.count == sent)
        #expect(Set(values).count == sent, "each value once")
        #expect(aggregator.isEmpty)

        let beyond = DogStatsDAggregator.maxSetAsideValues + 2 * DogStatsDAggregator.maxValuesPerContext
        for i in 0..<beyond {
            aggregator.add(MetricSample(name: "d", value: Double(i % 7), type: .distribution, tags: []))
        }
        #expect(aggregator.droppedValues == 2 * DogStatsDAggregator.maxValuesPerContext, "the two fills past the bound are dropped, counted")
    }

    @Test(arguments: [1432, 8192])
    func packerKeepsDatagramsUnderTheLimitAndNeverSplitsALine(maxBytes: Int) {
        let lines = (0..<2000).map { "metric.\($0):\($0)|c|#tag:value\($0 % 7)" }
        let (datagrams, oversized) = DatagramPacker.pack(lines, maxBytes: maxBytes)
        #expect(oversized == 0)
        #expect(datagrams.allSatisfy { $0.count <= maxBytes })
        let rejoined = datagrams.flatMap { String(decoding: $0, as: UTF8.self).split(separator: "\n").map(String.init) }
        #expect(rejoined == lines)
    }

    @Test func oversizedLinesAreDroppedAndCounted() {
        let (datagrams, oversized) = DatagramPacker.pack(["ok:1|c", String(repeating: "x", count: 2000)], maxBytes: 1432)
        #expect(oversized == 1)
        #expect(datagrams.count == 1)
    }
}

@Suite("DogStatsD events and service checks")
struct DogStatsDEventTests {
    @Test func eventMatchesTheAgentsFormat() {
        // The reference capture from datadogpy: `_e{24,32}:Prompt injection blocked|score=0.97\nrule=ignore-previous|…`
        let event = DogStatsDEvent(
            title: "Prompt injection blocked", text: "score=0.97\nrule=ignore-previous", alertType: .warning,
            priority: .low, aggregationKey: "llm-proxy-inj", sourceTypeName: "llm-proxy", tags: ["detector:prompt_injection"]
        )
        #expect(
            event.line(globalTags: ["env:test", "service:llm-proxy"])
                == #"_e{24,32}:Prompt injection blocked|score=0.97\nrule=ignore-previous|k:llm-proxy-inj|p:low|s:llm-proxy|t:warning|#detector:prompt_injection,env:test,service:llm-proxy"#
        )
    }

    @Test func eventLengthsCountUTF8Bytes() {
        let event = DogStatsDEvent(title: "Café", text: "☕", sourceTypeName: nil)
        #expect(event.line(globalTags: []) == "_e{5,3}:Café|☕|p:normal|t:info")
    }

    @Test func serviceCheckEscapesItsMessage() {
        let check = DogStatsDServiceCheck(
            name: "outrigger.upstream.can_connect", status: .critical, message: "refused\nm: retry", tags: ["upstream:generativelanguage.googleapis.com"]
        )
        #expect(
            check.line(globalTags: ["env:test"])
                == #"_sc|outrigger.upstream.can_connect|2|#upstream:generativelanguage.googleapis.com,env:test|m:refused\nm\: retry"#
        )
    }
}
