import Testing
@testable import Interception

@Suite struct InterceptedHostsTests {
    @Test func defaultsHoldTheGlobalHostsAndEveryRegion() {
        let hosts = InterceptedHosts.default
        #expect(hosts.names.count == 4 + 29)
        #expect(InterceptedHosts.vertexRegions.count == 29)
        for name in [
            "aiplatform.googleapis.com", "generativelanguage.googleapis.com",
            "aiplatform.us.rep.googleapis.com", "aiplatform.eu.rep.googleapis.com",
            "us-central1-aiplatform.googleapis.com", "europe-west4-aiplatform.googleapis.com",
            "me-central2-aiplatform.googleapis.com", "australia-southeast1-aiplatform.googleapis.com",
        ] {
            #expect(hosts.contains(name), "\(name)")
        }
    }

    @Test(arguments: [
        "AIPLATFORM.googleapis.com", "Us-Central1-AIPlatform.GoogleAPIs.com", "generativelanguage.GOOGLEAPIS.com",
    ])
    func matchingIgnoresCase(_ sni: String) {
        #expect(InterceptedHosts.default.contains(sni))
    }

    @Test(arguments: [
        "aiplatform.googleapis.com.",            // trailing dot
        "aiplatform..googleapis.com",            // empty label
        ".aiplatform.googleapis.com",            // leading dot
        "",                                      // empty
        "*.googleapis.com",                      // wildcard
        "*",                                     // bare wildcard
        "googleapis.com",                        // parent of an intercepted host
        "x.aiplatform.googleapis.com",           // subdomain: a dNSName constraint permits it, we do not
        "aiplatform.googleapis.com.evil.example.com",
        "evil.example.com",
        "127.0.0.1", "127.1", "[::1]", "::1", "2001:db8::1",
        "aiplatform.googleapis.com:443",
        "aiplatform.googleapis.com\u{0}",
        "us-central1-aiplatform.googleapis.com ",
        "xn--aiplatform.googleapis.com",         // a different (A-label) host
        "aiplаtform.googleapis.com",             // Cyrillic 'а'
        "us-central9-aiplatform.googleapis.com", // not a region
    ])
    func rejectsEverythingElse(_ sni: String) {
        #expect(!InterceptedHosts.default.contains(sni), "\(sni)")
    }

    @Test func userHostsAreAddedLowerCased() throws {
        let hosts = try InterceptedHosts.defaults(adding: ["Private-Vertex.Example.com", "africa-south1-aiplatform.googleapis.com"])
        #expect(hosts.contains("private-vertex.example.com"))
        #expect(hosts.contains("AFRICA-SOUTH1-aiplatform.googleapis.com"))
        #expect(hosts.contains("aiplatform.googleapis.com"))
        #expect(hosts.names.contains("private-vertex.example.com"))
        #expect(hosts.names.count == 35)
    }

    @Test func duplicatesMerge() throws {
        let hosts = try InterceptedHosts(["a.example.com", "A.example.com", "a.example.com"])
        #expect(hosts.names == ["a.example.com"])
    }

    @Test(arguments: [
        ("*.googleapis.com", "wildcards"), ("10.0.0.1", "IP address"), ("host.example.com.", "trailing dot"),
        ("a..b", "empty label"), ("", "empty"), ("-a.example.com", "'-'"), ("a_b.example.com", "character"),
        (String(repeating: "a", count: 64) + ".com", "63"), (String(repeating: "a.", count: 127) + "com", "253"),
    ])
    func badConfiguredNamesSayWhichAndWhy(_ name: String, _ reason: String) throws {
        let error = try #require(throws: InterceptionError.self) {
            try InterceptedHosts.defaults(adding: ["ok.example.com", name])
        }
        #expect(error.code == "invalid_host_name")
        #expect(error.description.contains("tls.hosts[1]"))
        #expect(error.description.contains(reason), "\(error)")
    }

    @Test func anEmptyListIsRefused() {
        #expect(throws: InterceptionError.noHosts()) { try InterceptedHosts([String]()) }
    }

    @Test func addingNothingKeepsTheDefaults() throws {
        #expect(try InterceptedHosts.defaults(adding: []) == .default)
    }
}
