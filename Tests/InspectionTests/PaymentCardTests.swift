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

    @Test func trailingQuantityIsLeftOut() {
        #expect(Hit.all(in: "4111 1111 1111 1111 2 pcs") == [Hit(.paymentCard, "4111 1111 1111 1111")])
    }

    @Test func cardIsNotPartOfADecimalNumber() {
        #expect(Hit.all(in: "4111111111111111.50") == [])
    }
}
