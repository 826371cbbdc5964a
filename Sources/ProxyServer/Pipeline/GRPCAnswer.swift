import GeminiWire
import HTTPTypes
import Hummingbird
import ProxyCore

/// Outrigger's own answers to a gRPC call (a block, a refusal, an upstream failure): HTTP 200
/// with `content-type: application/grpc`, no message, and the status in the trailers, as a
/// gRPC client expects. The stable reason travels in `grpc-message` and `x-outrigger-reason`.
enum GRPCAnswer {
    static let reasonField = HTTPField.Name("x-outrigger-reason")!

    /// The gRPC form of an error Outrigger would answer a REST call with.
    static func make(_ error: GoogleErrorBody) -> Response {
        let code = statusCode(for: error)
        var headers = HTTPFields()
        headers[.contentType] = "application/grpc"
        var trailers = HTTPFields()
        trailers[HTTPField.Name("grpc-status")!] = String(code.rawValue)
        trailers[HTTPField.Name("grpc-message")!] = GRPCStatusCode.encodeMessage("\(error.reason): \(error.message)")
        trailers[reasonField] = error.reason
        let status = trailers
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in try await writer.finish(status) }
        )
    }

    /// The status for an error: its gRPC name, except that a body over the limit is
    /// `RESOURCE_EXHAUSTED` and a guard's block `PERMISSION_DENIED`, as gRPC servers answer them.
    static func statusCode(for error: GoogleErrorBody) -> GRPCStatusCode {
        switch error.reason {
        case "REQUEST_TOO_LARGE": return .resourceExhausted
        case "PROMPT_INJECTION", "SESSION_BLOCKED": return .permissionDenied
        default: return GRPCStatusCode(name: error.status) ?? .unknown
        }
    }
}
