import Pricing
import Testing

@Suite struct DecimalMicrosTests {
    @Test(arguments: [
        ("0.30", Int64(300_000)),
        ("0.3", 300_000),
        ("0", 0),
        ("0.0", 0),
        ("15", 15_000_000),
        ("1.25", 1_250_000),
        ("0.0375", 37_500),
        ("0.01875", 18_750),
        ("0.000001", 1),
        ("0.123456", 123_456),
        ("007.5", 7_500_000),
        ("10000", 10_000_000_000),
        ("9223372036854", 9_223_372_036_854_000_000),
    ])
    func parses(text: String, expected: Int64) throws {
        #expect(try DecimalMicros.parse(text) == expected)
    }

    @Test(arguments: [
        ("", "invalid_number"),
        ("-0.30", "negative"),
        ("-0", "negative"),
        ("+0.30", "invalid_number"),
        ("0.1234567", "too_precise"),
        ("0.3000000", "too_precise"),
        ("1e-3", "invalid_number"),
        ("1E3", "invalid_number"),
        ("1,5", "invalid_number"),
        ("1_000", "invalid_number"),
        (" 0.30", "invalid_number"),
        ("0.30 ", "invalid_number"),
        (".5", "invalid_number"),
        ("5.", "invalid_number"),
        ("1.2.3", "invalid_number"),
        ("$0.30", "invalid_number"),
        ("abc", "invalid_number"),
        ("0x10", "invalid_number"),
        ("NaN", "invalid_number"),
        ("١٢", "invalid_number"),
        ("9223372036855", "out_of_range"),
        ("99999999999999999999", "out_of_range"),
    ])
    func rejects(text: String, code: String) {
        #expect {
            try DecimalMicros.parse(text, what: "price")
        } throws: { error in
            (error as? PriceConfigError)?.code == code
        }
    }

    @Test(arguments: [
        (
            "0.1234567",
            "invalid price '0.1234567': at most 6 digits after the decimal point are allowed "
                + "(prices are kept in whole micro-dollars); round it to 6 digits"
        ),
        ("-1", "invalid price '-1': it cannot be negative; write 0 or a positive amount"),
        ("$0.30", "invalid price '$0.30': write the amount in US dollars without a currency sign, e.g. 0.30"),
        ("1.25e-4", "invalid price '1.25e-4': write it without an exponent, e.g. 0.000125 instead of 1.25e-4"),
        ("1,5", "invalid price '1,5': use '.' as the decimal point and no digit separators, e.g. 1250.50"),
    ])
    func errorsSayWhatToDo(text: String, message: String) {
        #expect(throws: PriceConfigError.self) { try TokenPrice(parsing: text) }
        do {
            _ = try TokenPrice(parsing: text)
        } catch {
            #expect(error.description == message)
            #expect(error.path.isEmpty)
        }
    }

    @Test(arguments: [
        (Int64(300_000), "0.30"),
        (37_500, "0.0375"),
        (15_000_000, "15.00"),
        (1, "0.000001"),
        (0, "0.00"),
        (1_250_000, "1.25"),
    ])
    func formatsAndReadsBack(micros: Int64, expected: String) throws {
        #expect(DecimalMicros.format(micros) == expected)
        #expect(try DecimalMicros.parse(expected) == micros)
    }

    @Test func priceHasAnUpperBound() throws {
        #expect(try TokenPrice(parsing: "10000").microUSDPerMillion == 10_000_000_000)
        #expect(throws: PriceConfigError.self) { try TokenPrice(parsing: "10000.000001") }
        #expect(try TokenPrice(parsing: "0.30").description == "$0.30/M")
    }
}
