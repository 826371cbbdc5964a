import Pricing
import ProxyCore
import Testing

@testable import CostAdvice

@Suite struct InternalsTests {
    /// Published FNV-1a 64-bit test vectors.
    @Test(arguments: [
        ("", UInt64(0xcbf2_9ce4_8422_2325)), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8),
    ])
    func fnv1a(text: String, hash: UInt64) {
        var fnv = FNV1a()
        fnv.combine(text)
        #expect(fnv.value == hash)
    }

    /// A 20,000-byte system instruction and a short question: ladder cuts at 1, 2, 4, 8 and 16 KB,
    /// then the end of each message; the same system instruction gives the same cuts.
    @Test func cuts() {
        var prompt = PromptSummary()
        prompt.messages = [
            PromptMessage(role: "system", content: Traffic.catalog(bytes: 20_000)),
            PromptMessage(role: "user", content: "Is it in stock?"),
        ]
        let ladder = CostAdvisor.Configuration.default.cleanLadder
        let first = PromptFingerprint(of: prompt, model: "m", dialect: .vertex, ladder: ladder, boundaryMessages: 8)
        #expect(first.cuts.map(\.bytes) == [1_024, 2_048, 4_096, 8_192, 16_384, 20_000, 20_015])
        #expect(first.cuts.map(\.endsMessage) == [false, false, false, false, false, true, true])
        #expect(first.textBytes == 20_015)
        prompt.messages[1].content = "Is it blue?"
        let second = PromptFingerprint(of: prompt, model: "m", dialect: .vertex, ladder: ladder, boundaryMessages: 8)
        #expect(Array(second.cuts.prefix(6)) == Array(first.cuts.prefix(6)))
        #expect(second.cuts.last != first.cuts.last)
        #expect(second.whole != first.whole)
        let otherModel = PromptFingerprint(
            of: prompt, model: "n", dialect: .vertex, ladder: ladder, boundaryMessages: 8)
        #expect(otherModel.cuts.first != second.cuts.first)
    }

    /// A message ending exactly on a ladder step replaces the step's cut.
    @Test func boundaryOnAStep() {
        var prompt = PromptSummary()
        prompt.messages = [PromptMessage(role: "system", content: String(repeating: "x", count: 2_048))]
        let cuts = PromptFingerprint(
            of: prompt, model: "m", dialect: .vertex, ladder: [1_024, 2_048], boundaryMessages: 8
        ).cuts
        #expect(cuts.map(\.bytes) == [1_024, 2_048])
        #expect(cuts.map(\.endsMessage) == [false, true])
    }

    /// Buckets, the 95th percentile bound and the exact excess above a cap.
    @Test func histogram() {
        var histogram = OutputHistogram()
        for _ in 0..<96 { histogram.record(200) }
        for _ in 0..<4 { histogram.record(8_000) }
        #expect(histogram.upperBound(atQuantile: 0.95) == 256)
        #expect(histogram.upperBound(atQuantile: 0.97) == 8_192)
        #expect(OutputHistogram.bound(atLeast: 512) == 512)
        #expect(OutputHistogram.bound(atLeast: 513) == 768)
        #expect(histogram.excess(above: 512) == (calls: 4, tokens: 29_952))
        var huge = OutputHistogram()
        huge.record(200_000)
        #expect(huge.upperBound(atQuantile: 0.95) == nil)
    }

    /// Monthly scaling: × 2,592,000 ÷ window, with the window floored at the minimum.
    @Test(arguments: [
        (7_200.0, Int64(268_650_000_000), Int64(96_714_000_000_000)),
        (60.0, 1_000_000, 720_000_000),
        (86_400.0, 1, 30),
        // 2,592,000 ÷ 7,000 = 370.2857…: 1 pico × 370.29 rounds to 370.
        (7_000.0, 1, 370),
    ])
    func projection(seconds: Double, saving: Int64, monthly: Int64) {
        let projection = MonthlyProjection(observedSeconds: seconds, minimumSeconds: 3_600)
        #expect(projection.monthly(Money(picoUSD: saving)) == Money(picoUSD: monthly))
    }

    /// The table keeps at most its capacity and drops the least-seen, oldest entries.
    @Test func boundedTable() {
        var table = BoundedTable<PromptEntry>(capacity: 4)
        for key in UInt64(1)...3 {
            table.update(key, orInsert: PromptEntry(model: "m", dialect: .vertex)) {
                $0.record(time: Double(key), cost: .zero, tokens: 0)
            }
        }
        table.update(1, orInsert: PromptEntry(model: "m", dialect: .vertex)) {
            $0.record(time: 9, cost: .zero, tokens: 0)
        }
        for key in UInt64(4)...5 {
            table.update(key, orInsert: PromptEntry(model: "m", dialect: .vertex)) {
                $0.record(time: Double(key), cost: .zero, tokens: 0)
            }
        }
        // Inserting key 5 found 4 entries: dropped 2 and 3 (seen once, oldest), kept 1 (twice) and 4.
        #expect(Set(table.entries.keys) == [1, 4, 5])
        #expect(table.entries[1]?.count == 2)
        #expect(table.evicted == 2)
    }
}
