/// A resource record to put in a response: an address or an alias of `owner`.
package struct DNSRecord: Sendable, Equatable {
    /// What the record holds.
    package enum Data: Sendable, Equatable {
        /// An A record for an IPv4 address, AAAA for an IPv6 one.
        case address(DNSAddress)
        /// A CNAME record.
        case alias(DNSName)
    }

    /// The name the record belongs to.
    package var owner: DNSName
    /// Seconds it may be cached.
    package var ttl: UInt32
    package var data: Data

    package init(owner: DNSName, ttl: UInt32, data: Data) {
        self.owner = owner
        self.ttl = ttl
        self.data = data
    }
}

/// Writes DNS responses, names compressed (RFC 1035 §4.1.4): what a server sends. The resolver
/// itself only sends queries; this serves the tests' fake server and the round-trip checks.
package struct DNSMessageWriter {
    private(set) var bytes: [UInt8] = []
    /// Where each name already written starts, for pointers to it (only offsets below 0x4000).
    private var offsets: [DNSName: Int] = [:]

    /// A whole response message.
    ///
    /// - Parameters:
    ///   - id: the query's id.
    ///   - question: the question echoed.
    ///   - rcode: 0 (NOERROR), 2 (SERVFAIL), 3 (NXDOMAIN), 5 (REFUSED)...
    ///   - truncated: sets TC.
    ///   - answers: the answer section, in order.
    package static func response(
        id: UInt16, question: DNSQuestion, rcode: UInt8 = 0, truncated: Bool = false, answers: [DNSRecord]
    ) -> [UInt8] {
        var writer = DNSMessageWriter()
        let flags: UInt16 = 0x8000 | DNSQuery.flags | 0x0080 | (truncated ? 0x0200 : 0) | UInt16(rcode & 0xF)
        for field in [id, flags, 1, UInt16(clamping: answers.count), 0, 0] { writer.u16(field) }
        writer.name(question.name)
        writer.u16(question.type.rawValue)
        writer.u16(UInt16(DNSMessageReader.classIN))
        for record in answers.prefix(Int(UInt16.max)) { writer.record(record) }
        return writer.bytes
    }

    private mutating func record(_ record: DNSRecord) {
        name(record.owner)
        switch record.data {
        case .address(let address):
            u16(address.family == .ipv4 ? DNSRecordType.a.rawValue : DNSRecordType.aaaa.rawValue)
        case .alias:
            u16(DNSRecordType.cname.rawValue)
        }
        u16(UInt16(DNSMessageReader.classIN))
        u16(UInt16(record.ttl >> 16))
        u16(UInt16(record.ttl & 0xFFFF))
        let lengthAt = bytes.count
        u16(0)
        switch record.data {
        case .address(let address): bytes += address.bytes
        case .alias(let target): name(target)
        }
        let length = bytes.count - lengthAt - 2
        bytes[lengthAt] = UInt8(length >> 8)
        bytes[lengthAt + 1] = UInt8(length & 0xFF)
    }

    /// Writes labels until a suffix already written, then a pointer to it.
    private mutating func name(_ name: DNSName) {
        var labels = name.labels[...]
        while let label = labels.first {
            let suffix = DNSName(wireLabels: Array(labels))
            if let offset = offsets[suffix] {
                u16(0xC000 | UInt16(offset))
                return
            }
            if bytes.count < 0x4000 { offsets[suffix] = bytes.count }
            bytes.append(UInt8(label.count))
            bytes += label
            labels = labels.dropFirst()
        }
        bytes.append(0)
    }

    private mutating func u16(_ value: UInt16) {
        bytes.append(UInt8(value >> 8))
        bytes.append(UInt8(value & 0xFF))
    }
}

extension DNSResponse {
    /// This answer as a server would send it: the CNAME chain, then the addresses, every record
    /// with `ttl` (0 when nil). Parsing the result gives this value back.
    package var message: [UInt8] {
        var records: [DNSRecord] = []
        var owner = question.name
        for alias in aliases {
            records.append(DNSRecord(owner: owner, ttl: ttl ?? 0, data: .alias(alias)))
            owner = alias
        }
        records += addresses.map { DNSRecord(owner: owner, ttl: ttl ?? 0, data: .address($0)) }
        return DNSMessageWriter.response(id: id, question: question, truncated: isTruncated, answers: records)
    }
}
