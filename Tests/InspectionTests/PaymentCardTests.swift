import Inspection
import Testing

@Suite("Payment card")
struct PaymentCardTests {
    @Test(arguments: [
        "4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "5555 5555 5555 4444", "3782 822463 10005",
        "378282246310005", "6011111111111117", "4222222222222", "6011000990139424009", "6011 0009 9013 9424 009",
    ])
    func luhnValidNumberIsACard(_ number: String) {
        #expect(Hit.all(in: "Card: \(number), exp 12/28") == [Hit(.paymentCard, number)])
    }

    @Test(arguments: [
        "4111111111111112", "4111 1111 1111 1112", "1234 5678 1234 5678", "41111111111111111111", "4111 1111-1111 1111",
        "411111111111", "4111 11 11 1111 1111", "x4111111111111111", "4111111111111111x",
    ])
    func otherDigitRunsAreNotCards(_ text: String) {
        #expect(Hit.all(in: text).filter { $0.kind == .paymentCard } == [])
    }

    @Test(arguments: [
        "2223003122003222", "2720 9900 0000 0007", "3566002020360505", "3530 1113 3330 0000", "30569309025904",
        "38520000023237", "6200000000000005", "6304000000000000", "6759649826438453", "5018000000000009",
        "8171999927660000", "180012345678905", "4222 2222 2222 2",
    ])
    func everyNetworkIsACard(_ number: String) {
        #expect(Hit.all(in: "Card: \(number), exp 12/28") == [Hit(.paymentCard, number)])
    }

    @Test(arguments: [
        "113542617735902", "9712345678901231", "1812345678901237", "72123456789018", "3712345678901234",
        "412345678901233", "5100000000000000003", "9712 3456 7890 1231",
    ])
    func luhnValidNumberWithoutAnIssuerPrefixOrLengthIsNotACard(_ number: String) {
        #expect(Hit.all(in: "Number \(number) here").filter { $0.kind == .paymentCard } == [])
    }

    @Test func orderNumberPassingLuhnIsNotACardButTheCardBesideItIs() {
        #expect(Hit.all(in: "help me check the eta of the order 113542617735902") == [])
        #expect(Hit.all(in: "Order 113542617735902 was paid with 4111 1111 1111 1111.") == [
            Hit(.paymentCard, "4111 1111 1111 1111"),
        ])
        #expect(Hit.all(in: "Card 5555555555554444 for order 9712345678901231, please.") == [
            Hit(.paymentCard, "5555555555554444"),
        ])
    }

    @Test func numberAfterAnIdentifierWordIsNotACard() {
        #expect(Hit.all(in: "EAN 4222222222222") == [])
        #expect(Hit.all(in: "Bestellung 4111111111111111") == [])
        #expect(Hit.all(in: "Paid order 12 with card 4222222222222") == [Hit(.paymentCard, "4222222222222")])
    }

    @Test func trailingQuantityIsLeftOut() {
        #expect(Hit.all(in: "4111 1111 1111 1111 2 pcs") == [Hit(.paymentCard, "4111 1111 1111 1111")])
    }

    @Test func cardIsNotPartOfADecimalNumber() {
        #expect(Hit.all(in: "4111111111111111.50") == [])
    }
}
