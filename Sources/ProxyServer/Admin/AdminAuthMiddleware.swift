import HTTPTypes
import Hummingbird
import NIOCore

/// Requires `Authorization: Bearer <token>` on every admin route but the probes (`/healthz`,
/// `/readyz`), which the kubelet calls without credentials, and the console page (`/`), which
/// holds no data and sends the token with each of its requests.
struct AdminAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: AdminToken

    /// Paths open without a token.
    static var openPaths: Set<String> { ["/healthz", "/readyz", "/"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if Self.openPaths.contains(request.uri.path) || token.accepts(authorization: request.headers[.authorization]) {
            return try await next(request, context)
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[.wwwAuthenticate] = #"Bearer realm="outrigger-admin""#
        let body = #"{"error":{"code":"unauthorized","message":"send Authorization: Bearer <token>, the token in admin.token_file or the admin.token_env variable"}}"# + "\n"
        return Response(status: .unauthorized, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
