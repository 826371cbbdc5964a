import Inspection
import Testing

/// Random text built from the bytes the matchers care about: no crash, well-formed findings.
@Suite("Robustness")
struct RobustnessTests {
    /// A small deterministic generator (xorshift64*), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return Int((state &* 2_685_821_657_736_338_717) >> 33) % bound
        }
    }

    static let pieces: [String] = [
        "0", "1", "4", "9", "12", "415", "0100", "4111", " ", "-", ".", ":", "::", "+", "(", ")", "@", "a", "A", "B",
        "Bearer ", "AIza", "DE89", "sk-", "ghp_", "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", "é", "😀",
        "\u{301}", "電話", "\n", "example.com", "x@y.io", "ff", "_", "/", ",", "255", "fe80",
    ]

    @Test(arguments: 0..<8)
    func randomTextGivesSortedDisjointFindingsOnScalarBoundaries(_ seed: Int) {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15 &+ UInt64(seed) &* 0x1000_0000_01B3)
        let detector = PIIDetector()
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<generator.next(40) { text += Self.pieces[generator.next(Self.pieces.count)] }
            let findings = detector.findings(in: text)
            var previousEnd = 0
            for finding in findings {
                #expect(finding.utf8Range.lowerBound >= previousEnd)
                #expect(!finding.utf8Range.isEmpty)
                #expect(finding.utf8Range.upperBound <= text.utf8.count)
                let range = finding.range(in: text)
                #expect(range.lowerBound.samePosition(in: text.unicodeScalars) != nil)
                #expect(range.upperBound.samePosition(in: text.unicodeScalars) != nil)
                previousEnd = finding.utf8Range.upperBound
            }
            let redacted = detector.redact(text)
            #expect(redacted.counts.total == findings.count)
            #expect(redacted.text.utf8.count == text.utf8.count + findings.reduce(0) {
                $0 + $1.kind.placeholder.utf8.count - $1.utf8Range.count
            })
        }
    }
}

@Suite("API")
struct APITests {
    @Test func kindRawValuesAreMetricTags() {
        #expect(PIIKind.allCases.map(\.rawValue) == ["email", "phone", "payment_card", "iban", "us_ssn", "ip_address", "secret"])
        #expect(PIIKind.allCases.map(\.placeholder) == ["[EMAIL]", "[PHONE]", "[CARD]", "[IBAN]", "[SSN]", "[IP]", "[SECRET]"])
    }

    @Test func countsStartEmptyAndAddUp() {
        var counts = PIICounts()
        #expect(counts.isEmpty)
        counts[.iban] += 2
        #expect(counts == [.iban: 2])
        #expect(counts.total == 2)
        #expect(counts.nonZero.map(\.count) == [2])
    }

    @Test func rangeInTextMapsOffsetsPastMultibyteCharacters() throws {
        let text = "😀é x@ab.io"
        let finding = try #require(PIIDetector().findings(in: text).first)
        #expect(finding.utf8Range == 7..<14)
        #expect(text[finding.range(in: text)] == "x@ab.io")
    }
}
