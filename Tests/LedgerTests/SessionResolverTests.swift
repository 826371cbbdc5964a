import Ledger
import Testing

@Suite struct SessionResolverTests {
    /// The header wins when it yields an id; otherwise the label; ids are trimmed and cleaned.
    @Test(arguments: [
        ("abc", ["session_id": "from-label"], "abc"),
        (nil, ["session_id": "from-label"], "from-label"),
        ("   ", ["session_id": "from-label"], "from-label"),
        ("\u{7}\t", ["session_id": "from-label"], "from-label"),
        (nil, [:], nil),
        (nil, ["other": "x"], nil),
        (nil, ["session_id": "  "], nil),
        ("  padded\t", [:], "padded"),
        ("a\u{0}b\u{7}c\u{7F}", [:], "abc"),
        ("zero\u{200B}width", [:], "zerowidth"),
        ("caf\u{E9} ☕️", [:], "caf\u{E9} ☕️"),
    ] as [(String?, [String: String], String?)])
    func precedence(header: String?, labels: [String: String], expected: String?) {
        #expect(SessionResolver.default.resolve(header: header, labels: labels) == expected)
    }

    @Test func configuredNames() {
        let resolver = SessionResolver(headerName: "X-User-Session", labelKey: "user_session")
        #expect(resolver.headerName == "x-user-session")
        #expect(resolver.resolve(header: nil, labels: ["user_session": "u1", "session_id": "s1"]) == "u1")
        #expect(SessionResolver.default.headerName == "x-session-id")
        #expect(SessionResolver.default.labelKey == "session_id")
    }

    /// Ids are cut to 128 UTF-8 bytes on a character boundary.
    @Test(arguments: [
        (String(repeating: "a", count: 200), String(repeating: "a", count: 128)),
        (String(repeating: "\u{E9}", count: 100), String(repeating: "\u{E9}", count: 64)),
        (String(repeating: "a", count: 127) + "\u{E9}", String(repeating: "a", count: 127)),
        // A combining accent on the 128th byte's letter would split a character: the letter goes.
        (String(repeating: "a", count: 128) + "\u{301}", String(repeating: "a", count: 127)),
        (String(repeating: " ", count: 600) + "x", "x"),
        (String(repeating: "a", count: 127) + " b", String(repeating: "a", count: 127)),
    ])
    func lengthCap(raw: String, expected: String) {
        let id = SessionResolver.normalize(raw)
        #expect(id == expected)
        #expect((id?.utf8.count ?? 0) <= SessionResolver.maximumUTF8Length)
    }
}
