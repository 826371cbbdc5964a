/// Builds DNS queries (RFC 1035 §4.1).
package enum DNSQuery {
    /// The header flags of our queries: QR=0 (query), OPCODE=0 (QUERY), RD=1 (recursion desired).
    static let flags: UInt16 = 0x0100

    /// A standard recursive query for one question, class IN, no EDNS: the whole message in bytes.
    ///
    /// - Parameters:
    ///   - id: the 16-bit id the response must echo; pass a random one (RFC 5452 §9.2).
    ///   - question: the name and the address type wanted.
    package static func make(id: UInt16, question: DNSQuestion) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(18 + question.name.labels.reduce(0) { $0 + $1.count + 1 })
        for field in [id, flags, 1, 0, 0, 0] {
            bytes.append(UInt8(field >> 8))
            bytes.append(UInt8(field & 0xFF))
        }
        bytes += question.name.wireBytes
        bytes += [UInt8(question.type.rawValue >> 8), UInt8(question.type.rawValue & 0xFF)]
        bytes += [0, DNSMessageReader.classIN]
        return bytes
    }
}

extension DNSQuery {
    /// Reads a query as a server does: its id and its one question (A, AAAA or CNAME, class IN).
    ///
    /// - Parameters:
    ///   - message: the query message.
    /// - Throws: `DNSWireError` when it is not such a query.
    package static func parse(_ message: [UInt8]) throws(DNSWireError) -> (id: UInt16, question: DNSQuestion) {
        var reader = DNSMessageReader(message)
        let id = try reader.u16()
        let flags = try reader.u16()
        guard flags & 0x8000 == 0, try reader.u16() == 1 else { throw .questionMismatch("not a query with one question") }
        try reader.skip(6)
        let name = try reader.name()
        guard let type = DNSRecordType(rawValue: try reader.u16()), try reader.u16() == UInt16(DNSMessageReader.classIN) else {
            throw .questionMismatch("a question of another type or class")
        }
        return (id, DNSQuestion(name: name, type: type))
    }
}
