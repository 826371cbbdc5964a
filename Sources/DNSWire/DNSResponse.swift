/// What a DNS response says about the one question asked: the addresses at the end of the CNAME
/// chain and how long they may be kept.
package struct DNSResponse: Sendable, Equatable {
    /// The id the response carried (the query's).
    package var id: UInt16
    /// The question, as the response echoed it.
    package var question: DNSQuestion
    /// TC: the server cut the answer to fit a datagram; ask again over TCP (RFC 7766 §5).
    /// A truncated response carries no records here.
    package var isTruncated: Bool
    /// The names followed through CNAME records, in order, the question's name not included.
    package var aliases: [DNSName]
    /// The addresses of the question's type owned by the last name of the chain; empty for a
    /// name that exists without such records (NODATA).
    package var addresses: [DNSAddress]
    /// The smallest TTL, in seconds, of the CNAME records followed and the addresses; nil when
    /// the answer section gave neither.
    package var ttl: UInt32?

    /// The name the addresses belong to: the last alias, or the question's name.
    package var canonicalName: DNSName { aliases.last ?? question.name }
}

extension DNSResponse {
    /// Longest CNAME chain followed inside one answer (BIND and glibc stop at about 16 too).
    static let maximumChainLength = 16

    /// Parses the response to a query made by `DNSQuery.make(id:question:)`.
    ///
    /// Checks the header (id, QR, OPCODE, RCODE) and the echoed question, then reads the answer
    /// section only; authority and additional records are not read. Never traps, whatever the
    /// bytes.
    ///
    /// - Parameters:
    ///   - message: the whole message (a UDP payload, or a TCP message without its length prefix).
    ///   - id: the id of the query.
    ///   - question: the question of the query.
    /// - Throws: `DNSWireError`: `nxdomain`, `servfail`, `refused` or `rcode` for a server's
    ///   negative answer; `id_mismatch`, `not_a_response`, `question_mismatch` for a reply to
    ///   something else; the other codes for a malformed message.
    package static func parse(
        _ message: [UInt8], id: UInt16, question: DNSQuestion
    ) throws(DNSWireError) -> DNSResponse {
        var reader = DNSMessageReader(message)
        let header = try Header(&reader)
        guard header.id == id else { throw .idMismatch(expected: id, got: header.id) }
        guard header.flags & 0x8000 != 0 else { throw .notAResponse() }
        let opcode = UInt8((header.flags >> 11) & 0xF)
        guard opcode == 0 else { throw .unexpectedOpcode(opcode) }
        let rcode = UInt8(header.flags & 0xF)
        if header.questionCount == 0, rcode != 0 { try checkRcode(rcode, question) }
        guard header.questionCount == 1 else {
            throw .questionMismatch("\(header.questionCount) questions, expected 1")
        }
        let echoed = try readQuestion(&reader)
        guard echoed.name == question.name, echoed.type == question.type.rawValue, echoed.class == 1 else {
            throw .questionMismatch("the response is for \(echoed.name) type \(echoed.type) class \(echoed.class), not \(question)")
        }
        try checkRcode(rcode, question)
        var response = DNSResponse(
            id: id, question: question, isTruncated: header.flags & 0x0200 != 0,
            aliases: [], addresses: [], ttl: nil
        )
        if response.isTruncated { return response }
        let records = try AnswerRecords(&reader, count: Int(header.answerCount))
        try response.follow(records)
        return response
    }

    /// The fixed 12 bytes at the start of every message (§4.1.1).
    private struct Header {
        var id: UInt16
        var flags: UInt16
        var questionCount: UInt16
        var answerCount: UInt16

        init(_ reader: inout DNSMessageReader) throws(DNSWireError) {
            id = try reader.u16()
            flags = try reader.u16()
            questionCount = try reader.u16()
            answerCount = try reader.u16()
            try reader.skip(4)
        }
    }

    private static func readQuestion(
        _ reader: inout DNSMessageReader
    ) throws(DNSWireError) -> (name: DNSName, type: UInt16, class: UInt16) {
        let name = try reader.name()
        return (name, try reader.u16(), try reader.u16())
    }

    private static func checkRcode(_ rcode: UInt8, _ question: DNSQuestion) throws(DNSWireError) {
        switch rcode {
        case 0: return
        case 2: throw .serverFailure(question.name.description)
        case 3: throw .nameError(question.name.description)
        case 5: throw .refused(question.name.description)
        default: throw .otherRcode(rcode, question.name.description)
        }
    }
}
