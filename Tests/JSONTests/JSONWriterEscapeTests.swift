import JSON
import Testing

@Suite struct JSONWriterEscapeTests {
    @Test(arguments: [
        ("plain text", #""plain text""#),
        ("", #""""#),
        ("quote \" backslash \\ end", #""quote \" backslash \\ end""#),
        ("line\nreturn\rtab\t", #""line\nreturn\rtab\t""#),
        ("nul \u{0} bell \u{7} unit \u{1F}", #""nul \u0000 bell \u0007 unit \u001f""#),
        ("é日🚀 and \u{7F} delete", "\"é日🚀 and \u{7F} delete\""),
        ("\"", #""\"""#),
        ("ends with a control \u{1}", #""ends with a control \u0001""#),
    ])
    func quotedEscapesExactlyWhatJSONRequires(text: String, expected: String) {
        #expect(JSONWriter.quoted(text) == expected)
        #expect(JSONWriter.quoted(text[...]) == expected, "a Substring gives the same")
    }

    @Test func everyByteRoundTripsThroughTheParser() throws {
        var text = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        text += "ü€😀"
        let parsed = try JSONParser.parse(Array(JSONWriter.quoted(text).utf8))
        #expect(parsed.stringValue == text)
    }

    @Test func aSequenceWithoutContiguousStorageEscapesTheSame() {
        var out: [UInt8] = []
        JSONWriter.appendEscaped(AnySequence("a\"b\n".utf8), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"a\"b\n"#)
    }
}
