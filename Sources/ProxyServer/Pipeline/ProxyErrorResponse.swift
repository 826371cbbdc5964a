import HTTPTypes
import Hummingbird
import NIOCore
import ProxyCore
import UpstreamClient

/// Responses Outrigger answers itself, as Google-style error JSON with an `x-outrigger-error`
/// header, so clients and operators can tell them apart from upstream errors.
enum ProxyErrorResponse {
    static let errorHeader = HTTPField.Name("x-outrigger-error")!

    /// Builds the response for a Google-style error body.
    /// - Parameters:
    ///   - body: the error.
    ///   - allow: add an `Allow` header with the methods Outrigger forwards (for a 405).
    static func make(_ body: GoogleErrorBody, allow: Bool = false) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "application/json; charset=UTF-8"
        fields[errorHeader] = body.reason.lowercased()
        if allow { fields[.allow] = RequestAdmission.allowedMethods }
        return Response(
            status: .init(code: body.code), headers: fields,
            body: .init(byteBuffer: ByteBuffer(string: body.json))
        )
    }

    /// 200 for `OPTIONS *`, answered by Outrigger itself: the methods it forwards, no body.
    static func options() -> Response {
        var fields = HTTPFields()
        fields[.allow] = RequestAdmission.allowedMethods
        fields[.contentLength] = "0"
        return Response(status: .ok, headers: fields)
    }

    /// 502 for a request whose upstream URL could not be built safely.
    static func unforwardable(_ error: UpstreamURLError) -> GoogleErrorBody {
        GoogleErrorBody(
            code: 502, status: "UNAVAILABLE",
            message: "Outrigger: \(error.description). Check the upstream URLs in the Outrigger config.",
            reason: "UPSTREAM_URL_INVALID"
        )
    }

    /// 413 for a request body above `limits.max_request_body`.
    /// A request on the interception listener for a host it does not intercept.
    static func notIntercepted(_ authority: String?) -> GoogleErrorBody {
        GoogleErrorBody(
            code: 421, status: "FAILED_PRECONDITION",
            message: "Outrigger intercepts only the Google API hosts (and tls.hosts); '\(authority ?? "")' is not one of them",
            reason: "HOST_NOT_INTERCEPTED"
        )
    }

    static func tooLarge(limit: Int) -> GoogleErrorBody {
        GoogleErrorBody(
            code: 413, status: "INVALID_ARGUMENT",
            message: "Request body exceeds Outrigger's limit of \(limit) bytes; "
                + "raise limits.max_request_body in the Outrigger config if this is expected.",
            reason: "REQUEST_TOO_LARGE"
        )
    }

    /// 503 for a body refused because request bodies in flight already hold `limits.in_flight_body_bytes`.
    static func overloaded(limit: Int) -> GoogleErrorBody {
        GoogleErrorBody(
            code: 503, status: "UNAVAILABLE",
            message: "Outrigger is already holding \(limit) bytes of request bodies in flight (limits.in_flight_body_bytes); "
                + "retry after a second, or raise the limit in the Outrigger config.",
            reason: "PROXY_OVERLOADED"
        )
    }

    /// 502 or 504 for an upstream that could not be reached or did not answer in time.
    static func upstream(_ failure: UpstreamFailure, host: String) -> GoogleErrorBody {
        if failure.isTimeout {
            return GoogleErrorBody(
                code: 504, status: "DEADLINE_EXCEEDED",
                message: "Outrigger: upstream \(host) timed out (\(failure.kind.rawValue)): \(failure.message). "
                    + "Check upstream health or raise upstream.timeouts in the Outrigger config.",
                reason: "UPSTREAM_TIMEOUT"
            )
        }
        return GoogleErrorBody(
            code: 502, status: "UNAVAILABLE",
            message: "Outrigger: upstream \(host) unreachable (\(failure.kind.rawValue)): \(failure.message). "
                + "Check the upstream URL in the Outrigger config and network egress.",
            reason: "UPSTREAM_UNAVAILABLE"
        )
    }
}
