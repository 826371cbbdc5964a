import DNSWire
import Testing

@Suite("DNSName and DNSQuery")
struct DNSNameTests {
    @Test("host names a query may carry", arguments: [
        "aiplatform.googleapis.com", "us-central1-aiplatform.googleapis.com", "generativelanguage.googleapis.com.",
        "_dns.example", "a", String(repeating: "a", count: 63) + ".com",
        [String](repeating: String(repeating: "b", count: 61), count: 4).joined(separator: ".") + ".c",
    ])
    func validHost(_ host: String) throws {
        let name = try DNSName(host: host)
        #expect(name.description == (host.hasSuffix(".") ? String(host.dropLast()) : host))
    }

    @Test("host names refused with a typed error", arguments: [
        "", ".", "a..b", ".a", "a.b..", String(repeating: "a", count: 64) + ".com",
        [String](repeating: String(repeating: "b", count: 62), count: 4).joined(separator: ".") + ".cc",
        "exa mple.com", "ex\u{e9}mple.com", "a/b", "a:b", "127.0.0.1:443", "a\u{0}b",
    ])
    func invalidHost(_ host: String) {
        #expect {
            try DNSName(host: host)
        } throws: { error in
            (error as? DNSWireError)?.code == "invalid_name"
        }
    }

    @Test("names compare without regard to ASCII case")
    func caseInsensitive() throws {
        #expect(try DNSName(host: "AIPlatform.GoogleAPIs.com") == DNSName(host: "aiplatform.googleapis.com."))
    }

    @Test("a query is the RFC 1035 header, then the question")
    func queryBytes() throws {
        let query = DNSQuery.make(id: 0xBEEF, question: DNSQuestion(name: try DNSName(host: "ab.Cd"), type: .aaaa))
        #expect(query == [
            0xBE, 0xEF, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0,
            2, 0x61, 0x62, 2, 0x63, 0x64, 0, 0, 28, 0, 1,
        ])
        let parsed = try DNSQuery.parse(query)
        let expected = DNSQuestion(name: try DNSName(host: "ab.cd"), type: .aaaa)
        #expect(parsed.id == 0xBEEF && parsed.question == expected)
    }

    @Test("an invalid name's error says which rule it broke and what is allowed")
    func errorText() {
        let error = #expect(throws: DNSWireError.self) { try DNSName(host: String(repeating: "x", count: 70)) }
        #expect(error?.description.contains("70 bytes") == true)
        #expect(error?.description.contains("1-63") == true)
    }
}

@Suite("DNSAddress")
struct DNSAddressTests {
    @Test("literals read and written back", arguments: [
        ("10.255.255.53", "10.255.255.53"), ("127.0.0.1", "127.0.0.1"), ("::1", "::1"), ("::", "::"),
        ("2001:DB8:0:0:0:0:2:1", "2001:db8::2:1"), ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),
        ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"), ("fe80::", "fe80::"), ("::ffff:1.2.3.4", "::ffff:102:304"),
        ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"), ("1::", "1::"),
    ])
    func literal(_ pair: (String, String)) throws {
        let address = try #require(DNSAddress(literal: pair.0))
        #expect(address.description == pair.1)
        #expect(DNSAddress(literal: address.description) == address)
    }

    @Test("host names and broken literals are not addresses", arguments: [
        "localhost", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4 ", "", ":", ":::", "1:::2",
        "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "fe80::1%eth0", "g::1", "::1.2.3",
    ])
    func notLiteral(_ text: String) {
        #expect(DNSAddress(literal: text) == nil)
    }
}
