import Inspection
import Testing

@Suite("Phone")
struct PhoneTests {
    @Test(arguments: [
        "+1 415 555 0100", "+44 20 7946 0958", "+49 (0)30 1234567", "+33 1 23 45 67 89", "+14155550100",
        "+1-415-555-0100", "+1.415.555.0100", "+1 (415) 555-0100", "+44 (20) 7946 0958", "+81 3-1234-5678",
        "+299 12 34 56",
    ])
    func internationalNumberIsFound(_ number: String) {
        #expect(Hit.all(in: "Call me on \(number) after 6.") == [Hit(.phone, number)])
    }

    @Test(arguments: [
        "(415) 555-0100", "(415) 555 0100", "(020) 7946 0958", "415-555-0100", "415.555.0100", "415 555 0100",
        "1-800-555-0100", "020 7946 0958", "030 1234567", "01 23 45 67 89", "0176-12345678",
    ])
    func nationalNumberIsFound(_ number: String) {
        #expect(Hit.all(in: "My number: \(number).") == [Hit(.phone, number)])
    }

    @Test func numberFollowedByAQuantityStopsAtTheQuantity() {
        #expect(Hit.all(in: "(415) 555-0100 2 items") == [Hit(.phone, "(415) 555-0100")])
        #expect(Hit.all(in: "call 415-555-0100, or 415.555.0101") == [
            Hit(.phone, "415-555-0100"), Hit(.phone, "415.555.0101"),
        ])
    }

    @Test(arguments: [
        "1299.99", "+12999.99", "2026-11-29", "1.2.3", "10:30", "12:00:00", "2026", "4155550100", "+4930123",
        "555-0100", "05-11-2026", "01.02.2026", "11/02/2026", "ORD-2026-004512", "123-456-7890", "3-5 business days",
        "+10%", "C++ 20", "5+3=8", "(2 items)", "(10) 12:30", "0044", "1 234 567",
        "10 000 000", "+1", "(415)", "order 1234567890123",
    ])
    func nonPhoneIsIgnored(_ text: String) {
        #expect(Hit.all(in: text).filter { $0.kind == .phone } == [])
    }

    @Test func overlongInternationalNumberIsNotAPhone() {
        #expect(Hit.all(in: "+1234567890123456") == [])
        #expect(Hit.all(in: "+12 34 5678.90123456") == [])
    }

    @Test func internationalNumberEndsAtTheLastSpaceWhereItWasComplete() {
        #expect(Hit.all(in: "+1 415 555 0100 123-45-6789") == [Hit(.phone, "+1 415 555 0100"), Hit(.usSSN, "123-45-6789")])
        #expect(Hit.all(in: "+44 20 7946 0958 12x") == [Hit(.phone, "+44 20 7946 0958")])
    }

    @Test func plusAfterAWordIsNotACountryCode() {
        #expect(Hit.all(in: "a+14155550100") == [])
    }
}
