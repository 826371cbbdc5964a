import ProxyCore
import Testing

@Suite struct RequestTargetTests {
    @Test(arguments: [
        "/",
        "/v1beta/models/gemini-2.5-flash:generateContent",
        "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        "/v1/projects/p-1/locations/us-central1/publishers/google/models/gemini-2.0-flash-001:generateContent",
        "/v1beta/models?pageSize=50&pageToken=abc%3D%3D",
        "//evil.example.com/x",
        "/a@b/c;d=e/f~g/h'(i)*+,$!?q=/?",
    ])
    func originFormPaths(target: String) {
        #expect(RequestTarget.classify(target) == .origin)
    }

    @Test(arguments: [
        ("evil.example.com:443", RequestTarget.authority),
        ("127.0.0.1:8089", .authority),
        ("[::1]:443", .authority),
        ("http://evil.example.com/v1beta/models/m:generateContent", .absolute),
        ("HTTPS://evil.example.com", .absolute),
        ("http://127.0.0.1:1/", .absolute),
        ("*", .asterisk),
        ("", .malformed(.empty)),
        ("evil.example.com", .malformed(.forbiddenByte)),
        ("evil.example.com:", .malformed(.forbiddenByte)),
        ("mailto:x@y", .malformed(.forbiddenByte)),
        ("/a b", .malformed(.forbiddenByte)),
        ("/a\"b", .malformed(.forbiddenByte)),
        ("/a\\b", .malformed(.forbiddenByte)),
        ("/a#b", .malformed(.forbiddenByte)),
        ("/a<b>", .malformed(.forbiddenByte)),
        ("/a\u{7F}", .malformed(.forbiddenByte)),
        ("/a\u{0}", .malformed(.forbiddenByte)),
        ("/caf\u{E9}", .malformed(.forbiddenByte)),
        ("/a%", .malformed(.badPercentEncoding)),
        ("/a%2", .malformed(.badPercentEncoding)),
        ("/a%zz", .malformed(.badPercentEncoding)),
    ])
    func otherForms(target: String, expected: RequestTarget) {
        #expect(RequestTarget.classify(target) == expected)
        #expect(RequestTarget(name: Substring(expected.name)) == expected, "names round-trip")
    }
}

@Suite struct RequestAdmissionTests {
    @Test func originFormIsForwarded() {
        for method in ["GET", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "PUT"] {
            #expect(RequestAdmission.decide(method: method, target: .classify("/v1beta/models")) == .forward)
        }
    }

    @Test func connectIsRefusedWith405WhateverTheTarget() throws {
        for target in ["evil.example.com:443", "/v1beta/models", "*"] {
            guard case .refuse(let error) = RequestAdmission.decide(method: "CONNECT", target: .classify(target)) else {
                Issue.record("CONNECT \(target) was not refused")
                continue
            }
            #expect(error.code == 405)
            #expect(error.reason == "CONNECT_REFUSED")
            #expect(error.message.contains("HTTPS_PROXY"))
        }
    }

    @Test func traceIsRefused() {
        guard case .refuse(let error) = RequestAdmission.decide(method: "TRACE", target: .origin) else {
            Issue.record("TRACE was not refused")
            return
        }
        #expect(error.code == 405)
        #expect(error.reason == "METHOD_REFUSED")
    }

    @Test func optionsAsteriskIsAnsweredAndOtherAsterisksRefused() {
        #expect(RequestAdmission.decide(method: "OPTIONS", target: .asterisk) == .answerOptions)
        guard case .refuse(let error) = RequestAdmission.decide(method: "GET", target: .asterisk) else {
            Issue.record("GET * was not refused")
            return
        }
        #expect(error.code == 400)
    }

    @Test(arguments: ["http://127.0.0.1:1/v1beta/models", "evil.example.com:443"])
    func forwardProxyFormsAreRefusedWith400(target: String) {
        guard case .refuse(let error) = RequestAdmission.decide(method: "GET", target: .classify(target)) else {
            Issue.record("GET \(target) was not refused")
            return
        }
        #expect(error.code == 400)
        #expect(error.reason == "FORWARD_PROXY_REFUSED")
        #expect(!error.message.contains(target), "the target is not echoed: it may carry credentials")
    }

    @Test func malformedTargetsAreRefusedWithTheReason() {
        guard case .refuse(let error) = RequestAdmission.decide(method: "POST", target: .classify("/v1beta/models/a%zz")) else {
            Issue.record("a bad percent encoding was not refused")
            return
        }
        #expect(error.code == 400)
        #expect(error.reason == "INVALID_REQUEST_TARGET")
        #expect(error.message.contains("hexadecimal"))
    }
}
