import JSON
import Testing

@Suite("JSON parsing")
struct JSONValueTests {
    @Test(arguments: [
        ("null", JSONValue.null),
        ("true", .bool(true)),
        (" false\n", .bool(false)),
        ("0", .number(0)),
        ("-0", .number(-0.0)),
        ("42", .number(42)),
        ("-17", .number(-17)),
        ("3.25", .number(3.25)),
        ("1e3", .number(1000)),
        ("-2.5E-2", .number(-0.025)),
        ("123456789012345678", .number(JSONNumber(Double(123_456_789_012_345_678 as Int)))),
        (#""""#, .string("")),
        (#""plain""#, .string("plain")),
        (#""Café ☕ 日本語 🚀""#, .string("Café ☕ 日本語 🚀")),
        (#""a\"b\\c\/d\b\f\n\r\t""#, .string("a\"b\\c/d\u{08}\u{0C}\n\r\t")),
        (#""\u00e9\u65E5\ud83d\ude80""#, .string("é日🚀")),
        (#""x\u0000y""#, .string("x\u{0}y")),
        ("[]", .array([])),
        ("[1, [2, []], {}]", .array([.number(1), .array([.number(2), .array([])]), .object([])])),
        (#"{"b": 1, "a": [true, null]}"#, .object([(key: "b", value: .number(1)),
                                                   (key: "a", value: .array([.bool(true), .null]))])),
        (" \t\r\n{ \"k\" : \"v\" } \n", .object([(key: "k", value: .string("v"))])),
    ])
    func parsesValidDocuments(_ text: String, _ expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
        #expect(try JSONParser.parse(Array(text.utf8)) == expected)
    }

    @Test(arguments: [
        ("", "unexpected_end", 0),
        ("   ", "unexpected_end", 3),
        ("{", "unexpected_end", 1),
        (#"{"a" 1}"#, "unexpected_byte", 5),
        (#"{"a": 1,}"#, "unexpected_byte", 8),
        ("[1,]", "unexpected_byte", 3),
        ("[1 2]", "unexpected_byte", 3),
        ("{'a': 1}", "unexpected_byte", 1),
        ("tru", "unexpected_end", 3),
        ("nul!", "unexpected_byte", 3),
        ("01", "invalid_number", 0),
        ("1.", "invalid_number", 0),
        ("-", "unexpected_end", 1),
        ("1e+", "invalid_number", 0),
        (".5", "unexpected_byte", 0),
        (#""abc"#, "unexpected_end", 4),
        (#""\x""#, "invalid_escape", 1),
        (#""\u12G4""#, "invalid_escape", 5),
        (#""\ud83d""#, "invalid_escape", 1),
        (#""\ud83dx""#, "invalid_escape", 1),
        (#""\ud83d\u0041""#, "invalid_escape", 1),
        (#""\ude80""#, "invalid_escape", 1),
        ("\"tab\there\"", "unexpected_byte", 4),
        ("{} {}", "trailing_bytes", 3),
        ("1 2", "trailing_bytes", 2),
    ])
    func rejectsMalformedDocuments(_ text: String, _ code: String, _ offset: Int) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.code == code && error.offset == offset
        }
    }

    @Test(arguments: [
        ("lone continuation", [0x80], 1),
        ("overlong slash", [0xC0, 0xAF], 1),
        ("overlong 3-byte", [0xE0, 0x80, 0xAF], 2),
        ("encoded surrogate", [0xED, 0xA0, 0x80], 2),
        ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80], 2),
        ("invalid lead", [0xFF], 1),
        ("truncated 2-byte", [0xC3], 2),
        ("truncated 4-byte", [0xF0, 0x9F, 0x9A], 4),
        ("bad continuation", [0xE6, 0x97, 0x41], 3),
    ] as [(String, [UInt8], Int)])
    func rejectsInvalidUTF8(_ name: String, _ bad: [UInt8], _ offset: Int) {
        let document: [UInt8] = [UInt8(ascii: "\"")] + bad + [UInt8(ascii: "\"")]
        #expect(throws: JSONParseError.self, "\(name)") { try JSONParser.parse(document) }
        do {
            _ = try JSONParser.parse(document)
        } catch {
            #expect(error.code == "invalid_utf8", "\(name)")
            #expect(error.offset == offset, "\(name)")
        }
    }

    @Test func depthLimit() throws {
        let atLimit = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        #expect(throws: Never.self) { try JSONParser.parse(atLimit) }
        let overLimit = String(repeating: "[", count: 129) + String(repeating: "]", count: 129)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(overLimit) }
        let hostile = String(repeating: "{\"a\":", count: 100_000)
        do {
            _ = try JSONParser.parse(hostile)
            Issue.record("expected a depth error")
        } catch {
            #expect(error.code == "too_deep")
            #expect(error.description == "nesting deeper than 128 levels at byte 640")
        }
        let custom = String(repeating: "[", count: 5) + String(repeating: "]", count: 5)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(custom, maxDepth: 4) }
    }

    @Test func errorDescriptionIsReadable() {
        do {
            _ = try JSONParser.parse(#"{"a": }"#)
        } catch {
            #expect(error.description == "unexpected byte '}', expected a value at byte 6")
        }
    }

    @Test func rawBufferEntryPoint() throws {
        let bytes = Array(#"{"x": [1, "two"]}"#.utf8)
        let value = try bytes.withUnsafeBytes { try JSONParser.parse($0) }
        #expect(value["x"]?[1]?.stringValue == "two")
    }

    // MARK: Accessors

    @Test(arguments: [
        ("usageMetadata", "usageMetadata"), ("usageMetadata", "usage_metadata"),
        ("usage_metadata", "usageMetadata"), ("promptTokensDetails", "prompt_tokens_details"),
        ("toolUsePromptTokenCount", "tool_use_prompt_token_count"),
    ])
    func keysMatchInBothSpellings(_ query: String, _ wire: String) throws {
        let value = try JSONParser.parse(#"{"other": 0, "\#(wire)": 7}"#)
        #expect(value[query]?.intValue == 7)
    }

    @Test(arguments: [("usagemetadata", "usageMetadata"), ("usage", "usageMetadata"), ("usageMetadataX", "usageMetadata")])
    func keysDoNotMatchLoosely(_ query: String, _ wire: String) throws {
        let value = try JSONParser.parse(#"{"\#(wire)": 7}"#)
        #expect(value[query] == nil)
    }

    @Test func scalarAccessors() throws {
        let value = try JSONParser.parse(#"""
            {"n": 12, "s": "34", "big": "9007199254740993", "neg": "-5", "f": 1.5, "text": "x", "flag": true,
             "list": [1], "none": null, "huge": 1e300}
            """#)
        #expect(value["n"]?.intValue == 12)
        #expect(value["s"]?.intValue == 34)
        #expect(value["big"]?.intValue == 9_007_199_254_740_993)
        #expect(value["neg"]?.intValue == -5)
        #expect(value["f"]?.intValue == nil)
        #expect(value["f"]?.doubleValue == 1.5)
        #expect(value["huge"]?.intValue == nil)
        #expect(value["text"]?.intValue == nil)
        #expect(value["text"]?.stringValue == "x")
        #expect(value["n"]?.stringValue == nil)
        #expect(value["flag"]?.boolValue == true)
        #expect(value["list"]?.arrayValue == [.number(1)])
        #expect(value["list"]?[0] == .number(1))
        #expect(value["list"]?[1] == nil)
        #expect(value["none"]?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(value["list"]?["n"] == nil)
        #expect(value.objectValue?.count == 10)
    }

    @Test func equalityAndHashingFollowStructure() {
        let a = JSONValue.object([(key: "k", value: .array([.number(1), .string("x")]))])
        let b = JSONValue.object([(key: "k", value: .array([.number(1), .string("x")]))])
        let c = JSONValue.object([(key: "k", value: .array([.number(1), .string("y")]))])
        #expect(a == b)
        #expect(a != c)
        #expect(Set([a, b, c]).count == 2)
    }
}
