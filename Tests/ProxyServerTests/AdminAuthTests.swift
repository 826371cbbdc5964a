import AsyncHTTPClient
import NIOHTTP1
@testable import ProxyServer
import ProxyConfig
import ProxyTesting
import Testing

/// With a token, every admin route but the probes requires `Authorization: Bearer <token>`.
@Suite("Admin auth", .timeLimit(.minutes(2)))
struct AdminAuthTests {
    static let token = "s3cret-admin-token-for-tests"

    func expectStatus(
        _ h: ProxyHarness, _ path: String, authorization: String? = nil, _ expected: Int, _ comment: Comment? = nil
    ) async throws {
        var request = HTTPClientRequest(url: h.adminBase + path)
        if let authorization { request.headers.add(name: "authorization", value: authorization) }
        let status = try await h.fetch(request).status
        #expect(status == expected, comment)
    }

    @Test func probesAreOpenAndEverythingElseNeedsTheToken() async throws {
        try await ProxyHarness.run(adminToken: AdminToken(Self.token)) { h in
            try await expectStatus(h, "/healthz", 200)
            try await expectStatus(h, "/readyz", 200)
            for path in ["/v1/status", "/v1/rules", "/v1/signals", "/v1/insights/cost"] {
                try await expectStatus(h, path, 401, "no token: \(path)")
                try await expectStatus(h, path, authorization: "Bearer wrong-token", 401, "wrong token: \(path)")
                try await expectStatus(h, path, authorization: "Bearer " + Self.token + "x", 401, "longer token: \(path)")
                try await expectStatus(h, path, authorization: Self.token, 401, "no scheme: \(path)")
                try await expectStatus(h, path, authorization: "Bearer " + Self.token, 200, "right token: \(path)")
            }
            try await expectStatus(h, "/v1/status", authorization: "bearer " + Self.token, 200, "the scheme is case-insensitive")
        }
    }

    @Test func mutatingRoutesNeedTheToken() async throws {
        try await ProxyHarness.run(adminToken: AdminToken(Self.token)) { h in
            let body = #"{"session_id":"s1","order_id":"o-1","value_usd":10.00}"#
            let refused = try await h.fetch(h.post(h.adminBase + "/v1/conversions", body: body))
            #expect(refused.status == 401)
            #expect(refused.headers.first(name: "www-authenticate")?.hasPrefix("Bearer") == true)
            #expect(!String(decoding: refused.body, as: UTF8.self).contains(Self.token))
            let accepted = try await h.fetch(h.post(h.adminBase + "/v1/conversions", body: body, headers: [("authorization", "Bearer " + Self.token)]))
            #expect(accepted.status == 201)
        }
    }

    @Test func withoutATokenTheLoopbackAdminStaysOpen() async throws {
        try await ProxyHarness.run { h in
            try await expectStatus(h, "/v1/status", 200)
        }
    }
}

@Suite struct AdminTokenTests {
    @Test func constantTimeCompareIsExact() {
        let token = Array("abcdef".utf8)
        #expect(AdminToken.constantTimeEquals(Array("abcdef".utf8), token))
        for other in ["abcdeg", "abcde", "abcdefg", "", "ABCDEF", "bcdefa", "abcdefabcdef"] {
            #expect(!AdminToken.constantTimeEquals(Array(other.utf8), token), "\(other)")
        }
        #expect(!AdminToken.constantTimeEquals([], []), "an empty token matches nothing")
    }

    /// A mismatch in the first byte and one in the last are both refused; the header must name
    /// the Bearer scheme.
    @Test func acceptsOnlyTheBearerToken() {
        let token = AdminToken("abcdef")!
        #expect(!token.accepts(authorization: "Bearer xbcdef"))
        #expect(!token.accepts(authorization: "Bearer abcdex"))
        #expect(token.accepts(authorization: "Bearer abcdef"))
        #expect(!token.accepts(authorization: nil))
        #expect(!token.accepts(authorization: "Basic abcdef"))
    }

    @Test func tokensAreTrimmedAndNeverEmpty() {
        #expect(AdminToken("  \n") == nil)
        #expect(AdminToken("tok\n")!.accepts(authorization: "Bearer tok"))
    }

    @Test func loadRefusesAnExposedListenerWithoutAToken() throws {
        var admin = AdminConfiguration.default
        admin.listen = ListenAddress(host: "0.0.0.0", port: 9464)
        #expect(throws: AdminTokenError.self) { try AdminToken.load(admin, environment: [:]) }
        #expect(try AdminToken.load(admin, environment: ["OUTRIGGER_ADMIN_TOKEN": "t"]) != nil)
        admin.allowUnauthenticated = true
        #expect(try AdminToken.load(admin, environment: [:]) == nil)
        admin.allowUnauthenticated = false
        admin.tokenFile = "/nonexistent/outrigger-admin-token"
        do {
            _ = try AdminToken.load(admin, environment: [:])
            Issue.record("a missing token file was accepted")
        } catch {
            #expect(error.description.contains("cannot be read"))
        }
    }

    @Test func loopbackNeedsNoToken() throws {
        for host in ["127.0.0.1", "::1", "localhost", "127.1.2.3"] {
            var admin = AdminConfiguration.default
            admin.listen = ListenAddress(host: host, port: 9464)
            #expect(admin.exposureProblem(environment: [:]) == nil, "\(host)")
        }
        for host in ["0.0.0.0", "::", "10.0.0.5", "admin.internal"] {
            var admin = AdminConfiguration.default
            admin.listen = ListenAddress(host: host, port: 9464)
            #expect(admin.exposureProblem(environment: [:])?.contains("admin.token_file") == true, "\(host)")
        }
    }
}
