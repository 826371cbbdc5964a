/// What Outrigger does with a request line before it reads the body: forward it, answer it
/// itself, or refuse it. Outrigger is a reverse proxy for one configured upstream, never a forward
/// proxy, so nothing on the request line may choose where a request goes.
package enum RequestAdmission: Equatable, Sendable {
    /// An origin-form target with a method Outrigger forwards.
    case forward
    /// `OPTIONS *`: Outrigger answers for itself with ``allowedMethods`` and forwards nothing.
    case answerOptions
    /// Refused with this error (400 or 405); a 405 carries an `Allow` header of ``allowedMethods``.
    case refuse(GoogleErrorBody)

    /// The methods Outrigger forwards, for `Allow` headers.
    package static let allowedMethods = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"

    /// Decides what to do with a request line.
    /// - Parameters:
    ///   - method: the request method as sent (`POST`, `CONNECT`…).
    ///   - target: the form of the request-target as it appeared on the request line.
    package static func decide(method: String, target: RequestTarget) -> RequestAdmission {
        switch method {
        case "CONNECT": return .refuse(.connectRefused)
        case "TRACE": return .refuse(.methodRefused(method))
        default: break
        }
        switch target {
        case .origin: return .forward
        case .asterisk: return method == "OPTIONS" ? .answerOptions : .refuse(.targetRefused("`*` is only valid with OPTIONS"))
        case .absolute: return .refuse(.forwardProxyRefused("an absolute URL"))
        case .authority: return .refuse(.forwardProxyRefused("a host and port"))
        case .malformed(let why): return .refuse(.malformedTarget(why))
        }
    }
}

extension GoogleErrorBody {
    /// 405 for CONNECT: the client treats Outrigger as a forward proxy.
    static let connectRefused = GoogleErrorBody(
        code: 405, status: "UNIMPLEMENTED",
        message: "Outrigger is a reverse proxy and does not open CONNECT tunnels. "
            + "Point the client's base URL at Outrigger (http://HOST:PORT) instead of setting it as HTTP_PROXY or HTTPS_PROXY.",
        reason: "CONNECT_REFUSED"
    )

    /// 405 for a method Outrigger never forwards (TRACE would echo credentials back).
    static func methodRefused(_ method: String) -> GoogleErrorBody {
        GoogleErrorBody(
            code: 405, status: "UNIMPLEMENTED",
            message: "Outrigger does not forward \(method) requests; it forwards \(RequestAdmission.allowedMethods).",
            reason: "METHOD_REFUSED"
        )
    }

    /// 400 for an absolute-form or authority-form target: the client treats Outrigger as a forward proxy.
    static func forwardProxyRefused(_ form: String) -> GoogleErrorBody {
        GoogleErrorBody(
            code: 400, status: "INVALID_ARGUMENT",
            message: "Outrigger is a reverse proxy: the request line must name a path (/v1beta/models/...), not \(form). "
                + "Point the client's base URL at Outrigger instead of using it as an HTTP proxy.",
            reason: "FORWARD_PROXY_REFUSED"
        )
    }

    /// 400 for a target that is valid HTTP but not for this method.
    static func targetRefused(_ why: String) -> GoogleErrorBody {
        GoogleErrorBody(code: 400, status: "INVALID_ARGUMENT", message: "Outrigger refused the request target: \(why).", reason: "INVALID_REQUEST_TARGET")
    }

    /// 400 for a target with bytes a URL path may not hold.
    static func malformedTarget(_ why: RequestTarget.Malformation) -> GoogleErrorBody {
        let detail =
            switch why {
            case .empty: "it is empty"
            case .forbiddenByte: "it holds a byte that a URL path or query may not (percent-encode spaces, quotes, backslashes and non-ASCII)"
            case .badPercentEncoding: "a '%' is not followed by two hexadecimal digits"
            }
        return targetRefused(detail)
    }
}
