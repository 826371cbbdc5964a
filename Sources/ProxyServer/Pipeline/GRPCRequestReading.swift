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
        readMessage(body, route: route, encoding: encoding, maxBytes: maxBytes)?.summary
    }

    /// ``read(_:route:encoding:maxBytes:)``, with the message's bytes (decompressed).
    static func readMessage(
        _ body: ByteBuffer, route: Route, encoding: String?, maxBytes: Int
    ) -> (summary: GRPCRequestSummary, message: [UInt8])? {
        guard route.dialect != .other else { return nil }
        var framer = GRPCMessageFramer(maxMessageBytes: maxBytes, encoding: encoding)
        body.withUnsafeReadableBytes { framer.append($0) }
        guard let message = try? framer.next(),
            let summary = try? GRPCRequestDecoder.decode(message, dialect: route.dialect, operation: route.operation)
        else { return nil }
        return (summary, message)
    }
}


/// Checks a gRPC request body's framing before it goes upstream: every message has its 5-byte
/// prefix and its whole length, and a compressed message names an encoding Google accepts.
/// Only the prefixes are read, so the check is cheap whatever the size.
enum GRPCFrameCheck {
    static let encodings: Set<String> = ["gzip", "deflate"]

    /// The answer for a malformed body, or nil when it is well framed.
    static func problem(in body: ByteBuffer, encoding: String?) -> GoogleErrorBody? {
        var offset = body.readerIndex
        let end = body.writerIndex
        while offset < end {
            guard end - offset >= 5, let flag = body.getInteger(at: offset, as: UInt8.self),
                let length = body.getInteger(at: offset + 1, as: UInt32.self)
            else {
                return malformed("the body ends inside a message prefix (\(end - offset) of 5 bytes)")
            }
            guard Int(length) <= end - offset - 5 else {
                return malformed("a message says \(length) bytes but only \(end - offset - 5) follow")
            }
            switch flag {
            case 0: break
            case 1:
                let name = encoding?.lowercased() ?? "identity"
                guard encodings.contains(name) else {
                    return GoogleErrorBody(
                        code: 501, status: "UNIMPLEMENTED",
                        message: "a compressed message with grpc-encoding '\(name)'; use gzip or deflate, or send it uncompressed",
                        reason: "GRPC_ENCODING_UNSUPPORTED"
                    )
                }
            default:
                return malformed("a message's compressed flag is \(flag); it must be 0 or 1")
            }
            offset += 5 + Int(length)
        }
        return nil
    }

    private static func malformed(_ what: String) -> GoogleErrorBody {
        GoogleErrorBody(code: 400, status: "INTERNAL", message: "malformed gRPC request: \(what)", reason: "GRPC_FRAME_MALFORMED")
    }
}
