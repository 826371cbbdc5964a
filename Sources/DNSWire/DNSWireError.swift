/// Why a host name could not be put in a query, or why a DNS response was refused.
///
/// `code` is label-safe (no values in it) for metric tags; `description` says what happened and
/// what to do.
package struct DNSWireError: Error, CustomStringConvertible, Sendable, Equatable {
    private enum Code: String, Sendable {
        case invalidName = "invalid_name"
        case idMismatch = "id_mismatch"
        case notAResponse = "not_a_response"
        case unexpectedOpcode = "unexpected_opcode"
        case nameError = "nxdomain"
        case serverFailure = "servfail"
        case refused = "refused"
        case otherRcode = "rcode"
        case questionMismatch = "question_mismatch"
        case truncatedMessage = "truncated_message"
        case badPointer = "bad_pointer"
        case badName = "bad_name"
        case badRecord = "bad_record"
        case badChain = "bad_cname_chain"
    }

    private let value: Code
    /// What exactly was wrong, in words.
    package let detail: String

    private init(_ value: Code, _ detail: String) {
        self.value = value
        self.detail = detail
    }

    /// A label-safe name of the failure, e.g. `nxdomain`, `bad_pointer`.
    package var code: String { value.rawValue }

    /// The server said the name does not exist (NXDOMAIN): a definite, cacheable answer.
    package var isNameError: Bool { value == .nameError }

    /// The server answered but could not or would not resolve (SERVFAIL, REFUSED, other RCODEs):
    /// another server may do better.
    package var isServerRefusal: Bool { [.serverFailure, .refused, .otherRcode].contains(value) }

    /// The datagram is not the answer to our query (wrong id, not a response, other question):
    /// a late or forged reply to ignore while waiting for the real one.
    package var isForeignReply: Bool { [.idMismatch, .notAResponse, .questionMismatch].contains(value) }

    package var description: String {
        switch value {
        case .invalidName:
            "invalid host name: \(detail); use letters, digits, '-' or '_' in labels of 1-63 bytes, 253 bytes in all"
        case .nameError:
            "the DNS server answered NXDOMAIN: \(detail); check the host name"
        case .serverFailure, .refused, .otherRcode:
            "the DNS server could not answer: \(detail); try another server or check the server's logs"
        case .idMismatch, .notAResponse, .unexpectedOpcode, .questionMismatch:
            "a DNS reply that does not answer our query: \(detail); it is ignored"
        case .truncatedMessage, .badPointer, .badName, .badRecord, .badChain:
            "a malformed DNS response: \(detail); the server or something on the path is broken"
        }
    }

    static func invalidName(_ detail: String) -> Self { .init(.invalidName, detail) }
    static func idMismatch(expected: UInt16, got: UInt16) -> Self {
        .init(.idMismatch, "id \(got), expected \(expected)")
    }
    static func notAResponse() -> Self { .init(.notAResponse, "the QR bit is not set") }
    static func unexpectedOpcode(_ opcode: UInt8) -> Self {
        .init(.unexpectedOpcode, "opcode \(opcode), expected 0 (QUERY)")
    }
    static func nameError(_ name: String) -> Self { .init(.nameError, "\(name) does not exist") }
    static func serverFailure(_ name: String) -> Self { .init(.serverFailure, "SERVFAIL for \(name)") }
    static func refused(_ name: String) -> Self { .init(.refused, "REFUSED for \(name)") }
    static func otherRcode(_ rcode: UInt8, _ name: String) -> Self {
        .init(.otherRcode, "RCODE \(rcode) for \(name)")
    }
    static func questionMismatch(_ detail: String) -> Self { .init(.questionMismatch, detail) }
    static func truncatedMessage(at offset: Int) -> Self {
        .init(.truncatedMessage, "the message ends inside a field at byte \(offset)")
    }
    static func badPointer(_ detail: String) -> Self { .init(.badPointer, detail) }
    static func badName(_ detail: String) -> Self { .init(.badName, detail) }
    static func badRecord(_ detail: String) -> Self { .init(.badRecord, detail) }
    static func badChain(_ detail: String) -> Self { .init(.badChain, detail) }
}
