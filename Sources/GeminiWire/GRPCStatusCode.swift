/// The canonical gRPC status codes (grpc/grpc doc/statuscodes.md; `google.rpc.Code`).
package enum GRPCStatusCode: Int, Sendable, Hashable, CaseIterable {
    case ok = 0
    case cancelled = 1
    case unknown = 2
    case invalidArgument = 3
    case deadlineExceeded = 4
    case notFound = 5
    case alreadyExists = 6
    case permissionDenied = 7
    case resourceExhausted = 8
    case failedPrecondition = 9
    case aborted = 10
    case outOfRange = 11
    case unimplemented = 12
    case `internal` = 13
    case unavailable = 14
    case dataLoss = 15
    case unauthenticated = 16

    /// The code a `grpc-status` value stands for; statuscodes.md: a code outside 0–16 is `UNKNOWN`.
    /// - Parameters:
    ///   - status: The trailer's number.
    package init(status: Int) {
        self = GRPCStatusCode(rawValue: status) ?? .unknown
    }

    /// The code named `name` (`PERMISSION_DENIED`), if it is one of the 17.
    /// - Parameters:
    ///   - name: An upper-case name as in `google.rpc.Code` and REST error bodies.
    package init?(name: String) {
        guard let index = EnumTables.rpcCodes.firstIndex(of: name) else { return nil }
        self.init(rawValue: index)
    }

    /// The upper-case name: `OK`, `PERMISSION_DENIED`, `RESOURCE_EXHAUSTED`.
    package var name: String { EnumTables.rpcCodes[rawValue] }

    /// The HTTP status Google's REST APIs answer for this code (the "HTTP Mapping" lines of
    /// google/rpc/code.proto), so a gRPC failure and the same failure over REST count alike.
    package var httpStatus: Int {
        switch self {
        case .ok: 200
        case .cancelled: 499
        case .invalidArgument, .failedPrecondition, .outOfRange: 400
        case .unauthenticated: 401
        case .permissionDenied: 403
        case .notFound: 404
        case .alreadyExists, .aborted: 409
        case .resourceExhausted: 429
        case .unknown, .internal, .dataLoss: 500
        case .unimplemented: 501
        case .unavailable: 503
        case .deadlineExceeded: 504
        }
    }
}
