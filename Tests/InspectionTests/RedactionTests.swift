import Inspection
import Testing

@Suite("Redaction")
struct RedactionTests {
    let detector = PIIDetector()

    @Test(arguments: [
        ("Call +1 415 555 0100 or mail jane@example.com.", "Call [PHONE] or mail [EMAIL]."),
        ("Card 4111 1111 1111 1111, exp 12/28.", "Card [CARD], exp 12/28."),
        ("IBAN: DE89 3704 0044 0532 0130 00\nSSN 123-45-6789", "IBAN: [IBAN]\nSSN [SSN]"),
        ("from 192.168.1.10 and 2001:db8::1", "from [IP] and [IP]"),
        ("key AIzaSyD4x7Kq2Lm9Np3Rt6Vw8Yz1Bc5Fg0Hj_-Q!", "key [SECRET]!"),
        ("a@example.com", "[EMAIL]"),
        ("a@example.com,b@example.com", "[EMAIL],[EMAIL]"),
    ])
    func redactionReplacesEachFindingExactly(_ input: String, _ expected: String) {
        #expect(detector.redact(input).text == expected)
    }

    @Test func redactionCountsByKind() {
        let result = detector.redact("x@ex.com, y@ex.com, +44 20 7946 0958, 10.0.0.1")
        #expect(result.text == "[EMAIL], [EMAIL], [PHONE], [IP]")
        #expect(result.counts == [.email: 2, .phone: 1, .ipAddress: 1])
        #expect(result.counts.total == 4)
        #expect(result.counts.nonZero.map(\.kind) == [.email, .phone, .ipAddress])
        #expect(detector.counts(in: "x@ex.com, y@ex.com, +44 20 7946 0958, 10.0.0.1") == result.counts)
    }

    @Test func multibyteTextAroundFindingsIsKeptByteForByte() {
        let input = "電話：+81 3-1234-5678。メール📧taro@example.jp、Ça coûte 5 € — café ☕ 10.0.0.1"
        let result = detector.redact(input)
        #expect(result.text == "電話：[PHONE]。メール📧[EMAIL]、Ça coûte 5 € — café ☕ [IP]")
        let findings = detector.findings(in: input)
        #expect(findings.map { String(input[$0.range(in: input)]) } == ["+81 3-1234-5678", "taro@example.jp", "10.0.0.1"])
    }

    @Test func findingsAreSortedAndDisjoint() {
        let text = shopPrompt + " jane@example.com 4111111111111111 +1 415 555 0100 123-45-6789 NL91 ABNA 0417 1643 00"
        let findings = detector.findings(in: text)
        #expect(findings.map(\.kind) == [.email, .paymentCard, .phone, .usSSN, .iban])
        for (a, b) in zip(findings, findings.dropFirst()) { #expect(a.utf8Range.upperBound <= b.utf8Range.lowerBound) }
    }

    @Test func disabledKindsAreNotDetected() {
        let onlyEmail = PIIDetector(kinds: [.email])
        #expect(onlyEmail.kinds == [.email])
        #expect(onlyEmail.redact("jane@example.com +1 415 555 0100").text == "[EMAIL] +1 415 555 0100")
        #expect(PIIDetector(kinds: []).findings(in: "jane@example.com") == [])
    }

    @Test func emptyTextIsUnchanged() {
        let result = detector.redact("")
        #expect(result.text == "")
        #expect(result.counts.isEmpty)
        #expect(detector.findings(in: "") == [])
    }

    @Test func textWithoutFindingsIsReturnedWithoutCopying() {
        var input = shopPrompt
        var output = detector.redact(input).text
        #expect(output == input)
        let sameStorage = input.withUTF8 { a in output.withUTF8 { b in a.baseAddress == b.baseAddress } }
        #expect(sameStorage)
    }

    @Test(arguments: ["é", "🙂", "a\u{301}@", "+", "(", "@", "-", ":", "::", "1", "+1", "(1", "-----BEGIN ", "Bearer ", "AIza"])
    func truncatedAndOddInputsNeverCrash(_ text: String) {
        for end in text.indices + [text.endIndex] {
            let prefix = String(text[..<end])
            #expect(detector.redact(prefix).text == prefix)
        }
    }

    @Test func combiningMarkAfterAFindingSurvives() {
        let input = "mail bob@example.com\u{301} now"
        #expect(detector.redact(input).text == "mail [EMAIL]\u{301} now")
    }
}
