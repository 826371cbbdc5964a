/// The answer section's CNAME and address records, and the chain through them.
extension DNSResponse {
    /// A record of the answer section the resolver uses.
    struct AnswerRecords {
        var aliases: [DNSName: (target: DNSName, ttl: UInt32)] = [:]
        var addresses: [(owner: DNSName, type: UInt16, address: DNSAddress, ttl: UInt32)] = []

        /// Reads `count` resource records (§4.1.3); records of other types or classes are skipped.
        init(_ reader: inout DNSMessageReader, count: Int) throws(DNSWireError) {
            for _ in 0..<count {
                let owner = try reader.name()
                let type = try reader.u16()
                let recordClass = try reader.u16()
                let ttl = Self.ttl(try reader.u32())
                let length = Int(try reader.u16())
                guard length <= reader.remaining else { throw .truncatedMessage(at: reader.bytes.count) }
                guard recordClass == UInt16(DNSMessageReader.classIN) else {
                    try reader.skip(length)
                    continue
                }
                switch DNSRecordType(rawValue: type) {
                case .a?, .aaaa?:
                    guard let address = DNSAddress(bytes: try reader.take(length)),
                          address.family == DNSRecordType(rawValue: type)?.family else {
                        throw .badRecord("a type \(type) record of \(length) bytes for \(owner)")
                    }
                    addresses.append((owner, type, address, ttl))
                case .cname?:
                    let end = reader.index + length
                    let target = try reader.name()
                    guard reader.index == end else {
                        throw .badRecord("a CNAME record for \(owner) whose name does not fill its \(length) bytes")
                    }
                    guard aliases[owner] == nil else { throw .badChain("two CNAME records for \(owner)") }
                    aliases[owner] = (target, ttl)
                case nil:
                    try reader.skip(length)
                }
            }
        }

        /// A TTL with the top bit set is read as 0 (RFC 2181 §8).
        private static func ttl(_ raw: UInt32) -> UInt32 { raw > UInt32(Int32.max) ? 0 : raw }
    }

    /// Follows the CNAME chain from the question's name, then takes the addresses of the last name.
    mutating func follow(_ records: AnswerRecords) throws(DNSWireError) {
        var name = question.name
        var ttl: UInt32?
        while let alias = records.aliases[name] {
            guard aliases.count < Self.maximumChainLength else {
                throw .badChain("more than \(Self.maximumChainLength) CNAME records from \(question.name)")
            }
            guard alias.target != question.name, !aliases.contains(alias.target) else {
                throw .badChain("the CNAME chain from \(question.name) loops at \(alias.target)")
            }
            aliases.append(alias.target)
            ttl = min(ttl ?? alias.ttl, alias.ttl)
            name = alias.target
        }
        for record in records.addresses where record.owner == name && record.type == question.type.rawValue {
            addresses.append(record.address)
            ttl = min(ttl ?? record.ttl, record.ttl)
        }
        self.ttl = ttl
    }
}
