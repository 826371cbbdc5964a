import DNSWire
import Testing

/// The question most tests ask.
func question(_ host: String = "aiplatform.googleapis.com", type: DNSRecordType = .a) -> DNSQuestion {
    DNSQuestion(name: try! DNSName(host: host), type: type)
}

func address(_ text: String) -> DNSAddress { DNSAddress(literal: text)! }

func name(_ text: String) -> DNSName { try! DNSName(host: text) }

@Suite("DNSResponse")
struct DNSResponseTests {
    @Test("an A answer round-trips: addresses, TTL, compressed owner names")
    func roundTripA() throws {
        let q = question()
        let bytes = DNSMessageWriter.response(id: 7, question: q, answers: [
            DNSRecord(owner: q.name, ttl: 300, data: .address(address("142.250.1.95"))),
            DNSRecord(owner: q.name, ttl: 120, data: .address(address("142.250.1.96"))),
        ])
        #expect(bytes[12 + 27 + 4] == 0xC0, "the owner name is a pointer to the question")
        let response = try DNSResponse.parse(bytes, id: 7, question: q)
        #expect(response.addresses.map(\.description) == ["142.250.1.95", "142.250.1.96"])
        #expect(response.ttl == 120 && response.aliases.isEmpty && !response.isTruncated)
        #expect(try DNSResponse.parse(response.message, id: 7, question: q) == response)
    }

    @Test("a CNAME chain is followed to the addresses; the TTL is the chain's minimum")
    func cnameChain() throws {
        let q = question("generativelanguage.googleapis.com", type: .aaaa)
        let bytes = DNSMessageWriter.response(id: 9, question: q, answers: [
            DNSRecord(owner: name("b.gstatic.example"), ttl: 60, data: .address(address("2001:db8::9"))),
            DNSRecord(owner: q.name, ttl: 3600, data: .alias(name("a.googleusercontent.example"))),
            DNSRecord(owner: name("a.googleusercontent.example"), ttl: 30, data: .alias(name("b.gstatic.example"))),
            DNSRecord(owner: name("b.gstatic.example"), ttl: 90, data: .address(address("2001:db8::a"))),
            DNSRecord(owner: q.name, ttl: 1, data: .address(address("127.0.0.1"))),
            DNSRecord(owner: name("other.example"), ttl: 1, data: .address(address("2001:db8::bad"))),
        ])
        let response = try DNSResponse.parse(bytes, id: 9, question: q)
        #expect(response.aliases == [name("a.googleusercontent.example"), name("b.gstatic.example")])
        #expect(response.canonicalName == name("b.gstatic.example"))
        #expect(response.addresses.map(\.description) == ["2001:db8::9", "2001:db8::a"])
        #expect(response.ttl == 30)
        #expect(try DNSResponse.parse(response.message, id: 9, question: q) == response)
    }

    @Test("NODATA: the name exists without records of the type; no TTL")
    func noData() throws {
        let q = question(type: .aaaa)
        let response = try DNSResponse.parse(DNSMessageWriter.response(id: 1, question: q, answers: []), id: 1, question: q)
        #expect(response.addresses.isEmpty && response.ttl == nil)
    }

    @Test("a server's negative RCODE is a typed error", arguments: [
        (UInt8(3), "nxdomain", true), (2, "servfail", false), (5, "refused", false), (4, "rcode", false), (1, "rcode", false),
    ])
    func rcode(_ row: (UInt8, String, Bool)) {
        let q = question()
        let bytes = DNSMessageWriter.response(id: 2, question: q, rcode: row.0, answers: [])
        let error = #expect(throws: DNSWireError.self) { try DNSResponse.parse(bytes, id: 2, question: q) }
        #expect(error?.code == row.1)
        #expect(error?.isNameError == row.2 && error?.isServerRefusal == !row.2)
    }

    @Test("an RCODE without the question echoed is still read")
    func rcodeWithoutQuestion() {
        let bytes: [UInt8] = [0, 2, 0x81, 0x82, 0, 0, 0, 0, 0, 0, 0, 0]
        let error = #expect(throws: DNSWireError.self) { try DNSResponse.parse(bytes, id: 2, question: question()) }
        #expect(error?.code == "servfail")
    }

    @Test("TC is reported and the records are left unread")
    func truncated() throws {
        let q = question()
        var bytes = DNSMessageWriter.response(id: 3, question: q, truncated: true, answers: [
            DNSRecord(owner: q.name, ttl: 5, data: .address(address("10.0.0.1"))),
        ])
        bytes.removeLast(3)
        let response = try DNSResponse.parse(bytes, id: 3, question: q)
        #expect(response.isTruncated && response.addresses.isEmpty)
    }

    @Test("a reply to something else is a foreign reply", arguments: [
        ("wrong id", "id_mismatch"), ("a query", "not_a_response"), ("other name", "question_mismatch"),
        ("other type", "question_mismatch"), ("two questions", "question_mismatch"), ("status opcode", "unexpected_opcode"),
    ])
    func foreign(_ row: (String, String)) {
        let q = question()
        var bytes = DNSMessageWriter.response(id: 4, question: q, answers: [])
        var asked = q
        var id: UInt16 = 4
        switch row.0 {
        case "wrong id": id = 5
        case "a query": bytes[2] &= 0x7F
        case "other name": asked = question("aiplatform.googleapis.co")
        case "other type": asked = question(type: .aaaa)
        case "two questions": bytes[5] = 2
        default: bytes[2] |= 0x10
        }
        let error = #expect(throws: DNSWireError.self) { try DNSResponse.parse(bytes, id: id, question: asked) }
        #expect(error?.code == row.1)
        #expect(error?.isForeignReply == (row.1 != "unexpected_opcode"))
    }

    @Test("a TTL with the top bit set counts as 0 (RFC 2181 §8)")
    func negativeTTL() throws {
        let q = question()
        let bytes = DNSMessageWriter.response(id: 1, question: q, answers: [
            DNSRecord(owner: q.name, ttl: 0x8000_0001, data: .address(address("10.0.0.1"))),
        ])
        #expect(try DNSResponse.parse(bytes, id: 1, question: q).ttl == 0)
    }

    @Test("records of other types and classes are skipped")
    func otherRecords() throws {
        let q = question()
        var bytes = DNSMessageWriter.response(id: 1, question: q, answers: [])
        bytes[7] = 3
        bytes += [0xC0, 12, 0, 16, 0, 1, 0, 0, 0, 60, 0, 3, 2, 0x68, 0x69]          // TXT "hi"
        bytes += [0xC0, 12, 0, 1, 0, 3, 0, 0, 0, 60, 0, 4, 10, 9, 9, 9]             // A in class CH
        bytes += [0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 10, 1, 2, 3]             // A in class IN
        let response = try DNSResponse.parse(bytes, id: 1, question: q)
        #expect(response.addresses.map(\.description) == ["10.1.2.3"])
    }
}
