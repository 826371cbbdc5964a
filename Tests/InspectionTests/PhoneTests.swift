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

    @Test(arguments: [
        "387.978.9328x792", "+1-647-201-7468x1453", "(624)560-5547x7453", "415-555-0100 ext. 12", "415-555-0100 ext204",
        "(415) 555-0100 #204", "020 7946 0958 x12", "001-647-201-7468", "001-262-997-3608x755", "0049 30 1234567",
    ])
    func numberWithExtensionOrInternationalPrefixIsFound(_ number: String) {
        #expect(Hit.all(in: "Reach us: \(number), thanks") == [Hit(.phone, number)])
    }

    @Test(arguments: [
        ("My phone number is ", "4155550100"), ("call me on ", "6495635139"), ("Meine Telefonnummer ist ", "0619345145"),
        ("Handy: ", "07110033066"), ("Rufen Sie mich unter ", "0711 0033066"), ("Mon téléphone : ", "0590938347"),
        ("Appelez-moi au ", "06 19 34 51 45"), ("Mi móvil es el ", "612 34 56 78"), ("Llámeme al ", "912345678"),
        ("Il mio cellulare è ", "375687789"), ("Tel. ", "0362453928"), ("telefone ", "48 2723-3601"),
        ("Liguem-me para o ", "931 320 557"), ("O meu telemóvel é ", "912345678"), ("Tel: ", "415 555 0100 x12"),
    ])
    func nationalNumberAfterAPhoneWordIsFound(_ cue: String, _ number: String) {
        #expect(Hit.all(in: cue + number + ".") == [Hit(.phone, number)])
    }

    @Test(arguments: [
        "order 0619345145", "I called about order 0619345145", "Bestellung 07110033066, bitte anrufen",
        "Ich habe wegen der Bestellung 0711 0033066 angerufen", "Sendungsnummer 0619345145", "Rechnung 0590938347",
        "appelez-moi pour la commande 0590938347", "numéro de suivi 0590938347", "facture 0590938347",
        "llamé por el pedido 612345678", "seguimiento 612345678", "factura 612345678", "chiamo per l'ordine 375687789",
        "fattura 375687789", "ligo por causa da encomenda 912345678", "rastreamento 912345678", "fatura 912345678",
        "tracking 020 7946 0958", "invoice 020 7946 0958",
    ])
    func numberAfterAnIdentifierWordIsNotAPhone(_ text: String) {
        #expect(Hit.all(in: text).filter { $0.kind == .phone } == [])
    }

    @Test(arguments: [
        "call me on 29.11.2026", "Ruf mich am 2026-11-29 an", "téléphone le 11/29/2026", "phone 10000000000000000",
        "call me about 1.2.3", "Telefon 123456", "Teléfono móvil reacondicionado, 1 299 000 unidades vendidas.",
        "Cellulare in offerta a 1.299.000 lire", "Mobile app version 10.4.1 build 20261129 crashes.",
    ])
    func datesAmountsAndOddLengthsAfterAPhoneWordAreNotPhones(_ text: String) {
        #expect(Hit.all(in: text).filter { $0.kind == .phone } == [])
    }

    @Test func phoneWordIsOnlyReadNearTheNumber() {
        #expect(Hit.all(in: "Call me later. Your parcel weighs a lot and the reference is 0619345145") == [])
        #expect(Hit.all(in: "Order 12 is late; call me on 0619345145 or 0619345146") == [
            Hit(.phone, "0619345145"), Hit(.phone, "0619345146"),
        ])
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
