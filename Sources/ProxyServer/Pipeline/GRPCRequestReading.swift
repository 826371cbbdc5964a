import GeminiWire
import NIOCore
import ProxyCore

/// Reads the one request message of a unary-request gRPC call (every Gemini method is one).
enum GRPCRequestReading {
    /// The model and prompt the body's first message names; nil when the body is not a
    /// well-framed message of the route's kind (the call is then recorded as unparsed).
    /// - Parameters:
    ///   - body: the whole request body, as forwarded.
    ///   - route: the route from the method path (dialect and operation).
    ///   - encoding: the request's `grpc-encoding`.
    ///   - maxBytes: the largest message read (`limits.max_request_body` bounds the body already).
    static func read(_ body: ByteBuffer, route: Route, encoding: String?, maxBytes: Int) -> GRPCRequestSummary? {
        guard route.dialect != .other else { return nil }
        var framer = GRPCMessageFramer(maxMessageBytes: maxBytes, encoding: encoding)
        body.withUnsafeReadableBytes { framer.append($0) }
        guard let message = try? framer.next() else { return nil }
        return try? GRPCRequestDecoder.decode(message, dialect: route.dialect, operation: route.operation)
    }
}

/// Recognises gRPC requests by their content type (`application/grpc`, `application/grpc+proto`, …).
enum GRPCContent {
    static func isGRPC(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        return contentType.lowercased().hasPrefix("application/grpc")
    }
}
