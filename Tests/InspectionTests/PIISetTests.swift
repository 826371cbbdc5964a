#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Inspection
import Testing

/// Acceptance on the labelled set in `data/pii/`: every personal-data row is found as its
/// kind, and no shop look-alike is flagged. `PII_REPORT=1` prints recall per kind and locale.
@Suite("PII set")
struct PIISetTests {
    @Test(arguments: ["dev", "holdout"])
    func everyRowIsFoundAndNoLookAlikeIsFlagged(_ part: String) throws {
        let set = try PIISet.load(part)
        #expect(set.rows.count > 1_000)
        let score = set.score()
        if ProcessInfo.processInfo.environment["PII_REPORT"] != nil {
            print(score.report(title: "data/pii/\(part).jsonl"))
        }
        #expect(score.misses.map(\.id) == [])
        #expect(score.falsePositives.map(\.row.id) == [])
    }
}
