import Inspection
import Testing

@Suite("US SSN")
struct SSNTests {
    @Test(arguments: ["123-45-6789", "123 45 6789", "078-05-1120", "899-99-9999", "001-01-0001"])
    func validSSNIsFound(_ ssn: String) {
        #expect(Hit.all(in: "SSN: \(ssn).") == [Hit(.usSSN, ssn)])
    }

    @Test(arguments: [
        "000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567", "123-45-0000", "123456789",
        "123-45-67890", "123-45 6789", "1234-56-7890", "123-45-6789-1", "a123-45-6789",
    ])
    func invalidSSNIsIgnored(_ text: String) {
        #expect(Hit.all(in: text).filter { $0.kind == .usSSN } == [])
    }
}
