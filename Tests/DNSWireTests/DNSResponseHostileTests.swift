import DNSWire
import Testing

/// Responses built to hurt: every one must throw a typed error or parse, never trap or hang.
@Suite("DNSResponse, hostile input")
struct DNSResponseHostileTests {
    /// A header for id 1 with QR and RD set, one question and `answers` answers.
    private func header(answers: UInt16) -> [UInt8] {
        [0, 1, 0x81, 0x80, 0, 1, UInt8(answers >> 8), UInt8(answers & 0xFF), 0, 0, 0, 0]
    }

    /// The wire form of the question `a.b` type A class IN (offset 12, 9 bytes).
    private let abQuestion: [UInt8] = [1, 0x61, 1, 0x62, 0, 0, 1, 0, 1]

    private func parse(_ bytes: [UInt8]) throws(DNSWireError) -> DNSResponse {
        try DNSResponse.parse(bytes, id: 1, question: question("a.b"))
    }

    private func expectCode(_ code: String, _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let error = #expect(throws: DNSWireError.self, sourceLocation: sourceLocation) { try parse(bytes) }
        #expect(error?.code == code, "\(String(describing: error))", sourceLocation: sourceLocation)
    }

    @Test("a pointer to itself, and two pointers to each other, are refused")
    func pointerLoops() {
        // Answer owner at 21 points to 21.
        expectCode("bad_pointer", header(answers: 1) + abQuestion + [0xC0, 21] + [0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4])
        // Label "x" at 21, then a pointer at 23 back to 21: the labels from 21 reach the same pointer.
        expectCode("bad_pointer", header(answers: 1) + abQuestion + [1, 0x78, 0xC0, 21] + [0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4])
    }

    @Test("a pointer forwards, or into the name's own start, is refused")
    func forwardPointer() {
        expectCode("bad_pointer", header(answers: 1) + abQuestion + [0xC0, 40] + [0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4])
        // The A record's owner points forward to a well-formed "a.b" in the next record's data (byte 49).
        var forward = header(answers: 2) + abQuestion + [0xC0, 49, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4]
        forward += [0xC0, 12, 0, 99, 0, 1, 0, 0, 0, 1, 0, 5, 1, 0x61, 1, 0x62, 0]
        expectCode("bad_pointer", forward)
        expectCode("bad_pointer", header(answers: 0) + [0xC0, 12, 0, 1, 0, 1])
        expectCode("bad_pointer", header(answers: 0) + [0xFF, 0xFF, 0, 1, 0, 1])
    }

    @Test("a chain of pointers each going back is followed, and capped")
    func pointerChain() throws {
        // An unknown record (type 99) at 21 whose data at 33 holds two pointers: 33 -> 12, 35 -> 33.
        // The next record's owner points to 35: three jumps back to the question's name.
        var bytes = header(answers: 2) + abQuestion + [0xC0, 12, 0, 99, 0, 1, 0, 0, 0, 0, 0, 4, 0xC0, 12, 0xC0, 33]
        bytes += [0xC0, 35, 0, 1, 0, 1, 0, 0, 0, 9, 0, 4, 1, 2, 3, 4]
        #expect(try parse(bytes).addresses.map(\.description) == ["1.2.3.4"])
        // The same with 70 pointers in the unknown record: 71 jumps, more than the 64 allowed.
        var pointers: [UInt8] = [0xC0, 12]
        for index in 1..<70 { pointers += [0xC0, UInt8(33 + 2 * (index - 1))] }
        var long = header(answers: 2) + abQuestion + [0xC0, 12, 0, 99, 0, 1, 0, 0, 0, 0, 0, UInt8(pointers.count)] + pointers
        long += [0xC0, UInt8(33 + 2 * 69), 0, 1, 0, 1, 0, 0, 0, 9, 0, 4, 1, 2, 3, 4]
        expectCode("bad_pointer", long)
    }

    @Test("every cut of a valid message throws truncated_message or parses, never traps")
    func everyPrefix() throws {
        let q = question("x.generativelanguage.googleapis.com")
        let full = DNSMessageWriter.response(id: 1, question: q, answers: [
            DNSRecord(owner: q.name, ttl: 10, data: .alias(name("y.googleapis.com"))),
            DNSRecord(owner: name("y.googleapis.com"), ttl: 20, data: .address(address("10.1.1.1"))),
        ])
        #expect(try DNSResponse.parse(full, id: 1, question: q).addresses.count == 1)
        for cut in 0..<full.count {
            let error = #expect(throws: DNSWireError.self) { try DNSResponse.parse(Array(full[..<cut]), id: 1, question: q) }
            #expect(error?.code == "truncated_message", "cut at \(cut): \(String(describing: error))")
        }
    }

    @Test("answer counts far above what the message holds end in truncated_message")
    func hugeCounts() {
        expectCode("truncated_message", header(answers: 0xFFFF) + abQuestion)
        expectCode("truncated_message", header(answers: 0xFFFF) + abQuestion + [0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4])
        expectCode("truncated_message", header(answers: 1) + abQuestion + [0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 1, 0xFF, 0xFF, 1])
    }

    @Test("records whose data does not fit their type are refused", arguments: [
        ([0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 1, 0, 5, 1, 2, 3, 4, 5] as [UInt8], "bad_record"),   // A of 5 bytes
        ([0xC0, 12, 0, 28, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4], "bad_record"),              // AAAA of 4 bytes
        ([0xC0, 12, 0, 5, 0, 1, 0, 0, 0, 1, 0, 4, 0xC0, 12, 0, 0], "bad_record"),           // CNAME short of its length
        ([0xC0, 12, 0, 5, 0, 1, 0, 0, 0, 1, 0, 1, 0xC0, 12], "bad_record"),                 // CNAME name past its length
        ([0x40, 12, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4], "bad_name"),                 // label type 0x40
        ([0x80, 12, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4], "bad_name"),                 // label type 0x80
    ])
    func badRecords(_ row: ([UInt8], String)) {
        expectCode(row.1, header(answers: 1) + abQuestion + row.0)
    }

    @Test("a name longer than 255 bytes on the wire is refused")
    func longName() {
        var label63 = [UInt8(63)] + [UInt8](repeating: 0x61, count: 63)
        label63 = label63 + label63 + label63 + label63
        expectCode("bad_name", header(answers: 1) + abQuestion + label63 + [0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4])
    }

    @Test("a CNAME loop or a chain over 16 names is refused")
    func cnameLoops() {
        let q = question()
        let loop = DNSMessageWriter.response(id: 1, question: q, answers: [
            DNSRecord(owner: q.name, ttl: 1, data: .alias(name("x.example"))),
            DNSRecord(owner: name("x.example"), ttl: 1, data: .alias(q.name)),
        ])
        #expect(throws: DNSWireError.self) { try DNSResponse.parse(loop, id: 1, question: q) }
        let chain = (0..<17).map { index in
            DNSRecord(owner: index == 0 ? q.name : name("n\(index).example"), ttl: 1, data: .alias(name("n\(index + 1).example")))
        }
        let long = DNSMessageWriter.response(id: 1, question: q, answers: chain)
        let error = #expect(throws: DNSWireError.self) { try DNSResponse.parse(long, id: 1, question: q) }
        #expect(error?.code == "bad_cname_chain")
        let twice = DNSMessageWriter.response(id: 1, question: q, answers: [
            DNSRecord(owner: q.name, ttl: 1, data: .alias(name("x.example"))),
            DNSRecord(owner: q.name, ttl: 1, data: .alias(name("y.example"))),
        ])
        #expect(throws: DNSWireError.self) { try DNSResponse.parse(twice, id: 1, question: q) }
    }

    @Test("random bytes and random mutations of a valid answer never trap")
    func randomInput() {
        var generator = SplitMix(seed: 0x5EED)
        let q = question()
        let valid = DNSMessageWriter.response(id: 1, question: q, answers: [
            DNSRecord(owner: q.name, ttl: 10, data: .alias(name("y.googleapis.com"))),
            DNSRecord(owner: name("y.googleapis.com"), ttl: 20, data: .address(address("10.1.1.1"))),
        ])
        var parsed = 0
        for round in 0..<20_000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int(generator.next() % 600)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            } else {
                bytes = valid
                for _ in 0...(generator.next() % 4) {
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
            }
            if (try? DNSResponse.parse(bytes, id: 1, question: q)) != nil { parsed += 1 }
        }
        #expect(parsed > 0, "some mutations still parse")
    }
}

/// A small deterministic generator for the random-input test.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
