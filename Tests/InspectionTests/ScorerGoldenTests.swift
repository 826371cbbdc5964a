#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Inspection
import Testing

/// Speed work on `InjectionScorer` must not change a single output: every case of `ScorerCorpus` is
/// scored and compared bit for bit with `Tests/Fixtures/injection-scores.txt` (outside the test target,
/// so that SwiftPM sees no unhandled file), recorded from the scorer before the work.
///
/// Regenerate the fixture only when scores are meant to change (new weights, rules or corpus rows),
/// never to make an optimisation pass: `INJECTION_GOLDEN_RECORD=1 swift test --filter ScorerGoldenTests`.
@Suite("Injection scorer golden outputs")
struct ScorerGoldenTests {
    static let fixture = "Tests/Fixtures/injection-scores.txt"

    @Test func everyOutputMatchesTheRecordedOne() throws {
        let cases = try ScorerCorpus.cases()
        let lines = cases.enumerated().map { i, item in Self.line(for: item, index: i) }
        let url = try PIISet.repositoryRoot().appending(path: Self.fixture)
        if ProcessInfo.processInfo.environment["INJECTION_GOLDEN_RECORD"] == "1" {
            let text = (Self.header + ["\(lines.count)"] + lines.map(\.golden)).joined(separator: "\n") + "\n"
            try Data(text.utf8).write(to: url)
            return
        }
        let recorded = String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }
        try #require(recorded.first.map(String.init) == "\(lines.count)", "corpus size changed: \(recorded.first ?? "")")
        var mismatches = 0
        for (i, line) in lines.enumerated() where recorded[i + 1] != line.golden {
            mismatches += 1
            if mismatches <= 5 {
                Issue.record("case \(i) (\(cases[i].text.prefix(80).debugDescription)): now \(line.golden) \(line.detail)")
            }
        }
        #expect(mismatches == 0, "\(mismatches) of \(lines.count) cases changed")
    }

    static let header = [
        "# InjectionScorer outputs over ScorerCorpus (Tests/InspectionTests/ScorerCorpus.swift), one line per case",
        "# after the case count: the score's IEEE 754 bit pattern, then an FNV-1a 64 digest of every output field",
        "# (score, rule score, model probability, threshold, categories, and each evidence's category, rule, weight",
        "# bits, matched text, UTF-8 range and origin; every tenth case also scored with code payloads disabled).",
        "# Regenerate only when scores are meant to change, never to make an optimisation pass:",
        "# INJECTION_GOLDEN_RECORD=1 swift test --filter ScorerGoldenTests",
    ]

    static let scorer = InjectionScorer()
    static let withoutCode = InjectionScorer(disabledCategories: [.codePayload])

    /// The fixture line of one case, and its full serialization for failure messages.
    static func line(for item: ScorerCorpus.Case, index: Int) -> (golden: String, detail: String) {
        let result = scorer.score(item.text, source: item.source)
        var detail = serialize(result)
        if index % 10 == 0 { detail += " | " + serialize(withoutCode.score(item.text, source: item.source)) }
        return ("\(bits(result.score)) \(bits(fnv1a(detail)))", detail)
    }

    /// Every field of `result`, doubles as bit patterns.
    static func serialize(_ result: InjectionResult) -> String {
        var out = "\(bits(result.score)) \(bits(result.ruleScore)) \(bits(result.modelProbability)) \(bits(result.threshold))"
        out += " [" + result.categories.map(\.rawValue).joined(separator: ",") + "]"
        for e in result.evidence {
            let range = e.utf8Range.map { "\($0.lowerBound)..<\($0.upperBound)" } ?? "nil"
            out += " {\(e.category.rawValue) \(e.rule) \(bits(e.weight)) \(e.matched.debugDescription) \(range) \(e.origin.rawValue)}"
        }
        return out
    }

    static func bits(_ value: Double) -> String { bits(value.bitPattern) }

    static func bits(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in text.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
        return hash
    }
}
