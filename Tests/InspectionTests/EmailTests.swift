import Inspection
import Testing

@Suite("Email")
struct EmailTests {
    @Test(arguments: [
        "jane.doe@example.com", "j_doe+tag@mail.example.co.uk", "x@ab.io", "first-last@sub-domain.example.org",
        "user%relay@example.museum", "ORDERS@EXAMPLE.COM", "a1.b2@x1.example.net",
    ])
    func addressInASentenceIsFound(_ address: String) {
        #expect(Hit.all(in: "Please write to \(address), thanks.") == [Hit(.email, address)])
    }

    @Test func trailingSentenceDotIsNotPartOfTheDomain() {
        #expect(Hit.all(in: "Mail me at bob@example.com.") == [Hit(.email, "bob@example.com")])
    }

    @Test func addressesNextToPunctuationAndOtherAddresses() {
        #expect(
            Hit.all(in: "<a@example.com>,(b@example.org);c@example.net")
                == [Hit(.email, "a@example.com"), Hit(.email, "b@example.org"), Hit(.email, "c@example.net")])
    }

    @Test func leadingDotsOfTheLocalPartAreLeftOut() {
        #expect(Hit.all(in: "see...bob@example.com") == [Hit(.email, "bob@example.com")])
    }

    @Test func latinDiacriticsBelongToTheAddress() {
        #expect(Hit.all(in: "Écris à jürgen.müller@bücher.de stp") == [Hit(.email, "jürgen.müller@bücher.de")])
    }

    @Test func cjkAndEmojiEndTheAddress() {
        #expect(Hit.all(in: "連絡先taro@example.jp📧です") == [Hit(.email, "taro@example.jp")])
    }

    @Test(arguments: [
        "@mention in a chat", "user@localhost", "a@b.c", "user@example.123", "name@-bad.com", "john.@example.com",
        "@@example.com", "price is 5 @ $3.99 each", "user@example", "user@.example.com",
    ])
    func nonAddressesAreIgnored(_ text: String) {
        #expect(Hit.all(in: text).filter { $0.kind == .email } == [])
    }

    @Test func overlongLocalPartIsNotAnAddress() {
        let local = String(repeating: "a", count: 65)
        #expect(Hit.all(in: "\(local)@example.com") == [])
    }
}
