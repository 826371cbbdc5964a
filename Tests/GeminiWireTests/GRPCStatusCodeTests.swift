import GeminiWire
import Testing

@Suite("gRPC status codes and grpc-message")
struct GRPCStatusCodeTests {
    @Test("the 17 canonical codes, their names and HTTP statuses", arguments: [
        (0, "OK", 200), (1, "CANCELLED", 499), (2, "UNKNOWN", 500), (3, "INVALID_ARGUMENT", 400),
        (4, "DEADLINE_EXCEEDED", 504), (5, "NOT_FOUND", 404), (6, "ALREADY_EXISTS", 409),
        (7, "PERMISSION_DENIED", 403), (8, "RESOURCE_EXHAUSTED", 429), (9, "FAILED_PRECONDITION", 400),
        (10, "ABORTED", 409), (11, "OUT_OF_RANGE", 400), (12, "UNIMPLEMENTED", 501), (13, "INTERNAL", 500),
        (14, "UNAVAILABLE", 503), (15, "DATA_LOSS", 500), (16, "UNAUTHENTICATED", 401),
    ])
    func codes(_ number: Int, _ name: String, _ http: Int) throws {
        let code = try #require(GRPCStatusCode(rawValue: number))
        #expect(code.name == name)
        #expect(GRPCStatusCode(name: name) == code)
        #expect(code.httpStatus == http)
        #expect(GRPCStatusCode(status: number) == code)
    }

    @Test func allSeventeen() {
        #expect(GRPCStatusCode.allCases.count == 17)
        #expect(GRPCStatusCode.allCases.map(\.rawValue) == Array(0...16))
    }

    @Test("a code outside 0–16 is UNKNOWN; an unknown name is nil")
    func outOfRange() {
        #expect(GRPCStatusCode(status: 17) == .unknown)
        #expect(GRPCStatusCode(status: -1) == .unknown)
        #expect(GRPCStatusCode(name: "permission_denied") == nil)
    }

    @Test("grpc-message percent-encoding", arguments: [
        ("plain text: OK", "plain text: OK"),
        ("50% off", "50%25 off"),
        ("café ☕", "caf%C3%A9 %E2%98%95"),
        ("line\nbreak\ttab", "line%0Abreak%09tab"),
        ("~ and \u{7F}", "~ and %7F"),
        ("", ""),
    ])
    func messageEncoding(_ text: String, _ encoded: String) {
        #expect(GRPCStatusCode.encodeMessage(text) == encoded)
        #expect(GRPCStatusCode.decodeMessage(encoded) == text)
    }

    @Test("invalid percent-encoding is kept, never refused", arguments: [
        ("100%", "100%"), ("%zz and %4", "%zz and %4"), ("%e2%98%95", "☕"), ("%FF%FE", "%FF%FE"),
    ])
    func lenientDecoding(_ value: String, _ decoded: String) {
        #expect(GRPCStatusCode.decodeMessage(value) == decoded)
    }
}
