import ProxyConfig
import Testing

@Suite struct ListenAddressTests {
    @Test(arguments: [
        ("0.0.0.0:8080", "0.0.0.0", 8080),
        ("127.0.0.1:9464", "127.0.0.1", 9464),
        ("localhost:0", "localhost", 0),
        (":8080", "0.0.0.0", 8080),
        ("[::1]:8080", "::1", 8080),
        ("[::]:65535", "::", 65535),
        ("[fe80::1%eth0]:80", "fe80::1%eth0", 80),
        ("proxy-1.internal:443", "proxy-1.internal", 443),
    ])
    func parses(text: String, host: String, port: Int) throws {
        #expect(try ListenAddress(parsing: text) == ListenAddress(host: host, port: port))
    }

    @Test(arguments: [
        ("8080", "expected host:port, like 0.0.0.0:8080, [::1]:8080 or :8080"),
        ("::1:8080", "put an IPv6 address in brackets, like [::1]:8080"),
        ("[::1:8080", "missing ']' after the IPv6 address"),
        ("[::1]8080", "expected ':port' after ']'"),
        ("[]:80", "empty IPv6 address"),
        ("host:", "the port must be a number from 0 to 65535"),
        ("host:http", "the port must be a number from 0 to 65535"),
        ("host:65536", "the port must be a number from 0 to 65535"),
        ("host:-1", "the port must be a number from 0 to 65535"),
        ("my host:80", "the host may only contain letters, digits, '.', '-', '_' and ':'"),
        ("", "expected host:port, like 0.0.0.0:8080, [::1]:8080 or :8080"),
    ])
    func rejects(text: String, reason: String) {
        #expect(performing: { try ListenAddress(parsing: text) }, throws: { error in
            (error as? ConfigValueError)?.message == "invalid listen address '\(text)': \(reason)"
        })
    }

    @Test func outOfRangePortHasRangeCode() {
        #expect(performing: { try ListenAddress(parsing: "a:70000") }, throws: { error in
            (error as? ConfigValueError)?.code == "out_of_range"
        })
    }

    @Test(arguments: ["0.0.0.0:8080", "[::1]:9464", "localhost:0"])
    func descriptionRoundTrips(text: String) throws {
        let address = try ListenAddress(parsing: text)
        #expect(address.description == text)
        #expect(try ListenAddress(parsing: address.description) == address)
    }
}
