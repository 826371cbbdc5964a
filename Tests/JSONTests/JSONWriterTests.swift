import JSON
import Testing

@Suite("JSON writing")
struct JSONWriterTests {
    @Test func membersInWrittenOrderWithCommasWhereTheyBelong() {
        var json = JSONWriter()
        json.object { json in
            json.field("b", "x")
            json.field("a", 1.5)
            json.key("list")
            json.array { json in
                json.number(1)
                json.object { json in json.field("ok", true) }
                json.null()
                json.array { _ in }
            }
            json.key("empty")
            json.object { _ in }
            json.field("n", 3)
        }
        #expect(json.text == #"{"b":"x","a":1.5,"list":[1,{"ok":true},null,[]],"empty":{},"n":3}"#)
    }

    @Test func stringsAreEscapedAndNonFiniteNumbersAreNull() {
        var json = JSONWriter()
        json.array { json in
            json.string("quote \" backslash \\ newline \n tab \t bell \u{7} é")
            json.number(Double.infinity)
            json.number(1e300)
            json.number(-0.25)
        }
        #expect(json.text == #"["quote \" backslash \\ newline \n tab \t bell \u0007 é",null,1e+300,-0.25]"#)
    }

    @Test(arguments: [
        #"{"a":[1,2.50,{"b":null}],"c":"\u00e9\n","d":true,"e":1e400}"#,
        #"[]"#, #""x""#, #"-0"#,
    ])
    func aParsedDocumentIsWrittenBackWithItsNumbersAsOnTheWire(text: String) throws {
        let value = try JSONParser.parse(text)
        let written = value.compactText
        #expect(try JSONParser.parse(written) == value)
        if text.hasPrefix("{") { #expect(written.contains("2.50") && written.contains("1e400")) }
    }
}
