import Inspection
import Testing

@Suite("IBAN")
struct IBANTests {
    @Test(arguments: [
        "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606",
        "NL91 ABNA 0417 1643 00", "CH93 0076 2011 6238 5295 7", "BE68 5390 0754 7034", "ES91 2100 0418 4502 0005 1332",
        "IT60 X054 2811 1010 0000 0123 456", "PT50 0002 0123 1234 5678 9015 4", "GB82WEST12345698765432",
        "DE89370400440532013000", "NO93 8601 1117 947", "MT84 MALT 0110 0001 2345 MTLC AST0 01S", "XK051212012345678906",
    ])
    func validIBANIsFound(_ iban: String) {
        #expect(Hit.all(in: "Pay to \(iban). Thanks") == [Hit(.iban, iban)])
    }

    @Test func ibanFollowedByUpperCaseWordsStopsAtItsLength() {
        #expect(Hit.all(in: "IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX") == [
            Hit(.iban, "DE89 3704 0044 0532 0130 00")
        ])
    }

    @Test(arguments: [
        "DE89 3704 0044 0532 0130 01",  // mod-97 fails
        "GB82 WEST 1234 5698 7654 33",  // mod-97 fails
        "DE5137040044053201300",  // mod-97 holds but DE needs 22 characters
        "DE89 3704",  // too short
        "de89 3704 0044 0532 0130 00",  // lower case
        "DE89370400440532013000X",  // glued to more text
        "DE89 37040 0440 5320 1300 0",  // groups of five
    ])
    func invalidIBANIsIgnored(_ text: String) {
        #expect(Hit.all(in: text).filter { $0.kind == .iban } == [])
    }
}
