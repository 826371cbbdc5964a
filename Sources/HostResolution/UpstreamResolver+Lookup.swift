import DNSWire
import Logging
import NIOCore

/// The queries behind `resolve(_:)`: A and AAAA at once, each tried over the servers in turn.
extension UpstreamResolver {
    /// What to cache for a name, and for how long.
    struct Outcome {
        var entry: ResolverCache.Entry
        var ttl: UInt32?
    }

    /// What one record type's lookup came to.
    enum TypeResult {
        /// A server answered (possibly with no records of the type: NODATA).
        case answer(DNSResponse)
        /// A server said the name does not exist.
        case nameError(server: String)
        /// No server gave an answer; why, server by server.
        case failed(notes: [String], refused: Bool)
    }

    /// Asks A and AAAA concurrently and combines them: any address wins; two definite
    /// negatives make a cacheable negative; otherwise an uncached error.
    func query(_ name: DNSName) async throws -> Outcome {
        async let v4 = lookup(DNSQuestion(name: name, type: .a))
        async let v6 = lookup(DNSQuestion(name: name, type: .aaaa))
        let results = try await [v4, v6]
        let tried = results.flatMap(\.tried).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var addresses: [ResolvedAddress] = []
        var ttl: UInt32?
        for case .answer(let response) in results.map(\.result) where !response.addresses.isEmpty {
            addresses += response.addresses.map(ResolvedAddress.init)
            ttl = min(ttl ?? .max, response.ttl ?? 0)
        }
        let host = name.description
        if !addresses.isEmpty { return Outcome(entry: .addresses(addresses), ttl: ttl) }
        var notes: [String] = []
        var refused = false
        var nameErrorFrom: String?
        for result in results.map(\.result) {
            switch result {
            case .answer: continue
            case .nameError(let server): nameErrorFrom = server
            case .failed(let more, let wasRefused):
                notes += more
                refused = refused || wasRefused
            }
        }
        if notes.isEmpty, let server = nameErrorFrom {
            return Outcome(entry: .negative(.notFound(host, servers: tried, "\(server) answered NXDOMAIN")), ttl: nil)
        }
        if notes.isEmpty { return Outcome(entry: .negative(.noAddresses(host, servers: tried)), ttl: nil) }
        let detail = notes.joined(separator: "; ")
        logger.warning("upstream host not resolved", metadata: ["host": "\(host)", "why": "\(detail)"])
        throw refused ? HostResolutionError.serverFailure(host, servers: tried, detail)
            : HostResolutionError.unreachable(host, servers: tried, detail)
    }

    /// One record type: each round asks every server in order until one answers; a truncated
    /// UDP answer is asked again over TCP.
    func lookup(_ question: DNSQuestion) async throws -> (result: TypeResult, tried: [String]) {
        var notes: [String] = []
        var tried: [String] = []
        var refused = false
        for round in 1...attempts {
            for server in nameservers {
                let label = Self.label(server)
                if !tried.contains(label) { tried.append(label) }
                let exchange = DNSExchange(server: server, timeout: timeout, group: group, logger: logger)
                do {
                    var response = try await exchange.udp(id: .random(in: .min ... .max), question: question)
                    if response.isTruncated {
                        logger.debug("truncated UDP answer, asking over TCP", metadata: ["server": "\(label)"])
                        response = try await exchange.tcp(id: .random(in: .min ... .max), question: question)
                    }
                    return (.answer(response), tried)
                } catch let error as DNSWireError where error.isNameError {
                    return (.nameError(server: label), tried)
                } catch let error as DNSWireError {
                    refused = refused || error.isServerRefusal
                    notes.append("\(label) \(question.type) round \(round): \(error)")
                } catch is CancellationError {
                    throw CancellationError()
                } catch {
                    notes.append("\(label) \(question.type) round \(round): \(error)")
                }
            }
        }
        return (.failed(notes: notes, refused: refused), tried)
    }

    /// `ip:port`, with brackets around an IPv6 address.
    static func label(_ server: SocketAddress) -> String {
        let ip = server.ipAddress ?? "\(server)"
        let port = server.port.map(String.init) ?? "?"
        return server.protocol == .inet6 ? "[\(ip)]:\(port)" : "\(ip):\(port)"
    }
}
