import Inspection
import Testing

/// Matches at the end of a sentence.
@Suite("PII boundaries")
struct PIIBoundaryTests {
    @Test(arguments: ["2001:db8:85a3:8d3:1319:8a2e:370:7348", "fe80::1", "7b99:57ca:8c18:372:5808:c6d0:de5:5a98"])
    func ipv6BeforeAFullStopIsFound(_ address: String) {
        #expect(Hit.all(in: "It only works from \(address).") == [Hit(.ipAddress, address)])
    }

    @Test func ipv6FollowedByADecimalIsNotAnAddress() {
        #expect(Hit.all(in: "fe80::1.5") == [])
    }
}
