import DNSWire
import Testing

@Suite("ResolvConf")
struct ResolvConfTests {
    @Test("a GKE pod's file: kube-dns, the search list, ndots:5")
    func kubernetesPod() {
        let conf = ResolvConf.parse("""
            search default.svc.cluster.local svc.cluster.local cluster.local c.proj.internal
            nameserver 10.96.0.10
            options ndots:5
            """)
        #expect(conf.nameservers.map(\.description) == ["10.96.0.10"])
        #expect(conf.search == ["default.svc.cluster.local", "svc.cluster.local", "cluster.local", "c.proj.internal"])
        #expect(conf.ndots == 5 && conf.timeoutSeconds == 5 && conf.attempts == 2 && conf.problems.isEmpty)
    }

    @Test("comments, IPv6, at most three servers, options, bad lines reported")
    func everything() {
        let conf = ResolvConf.parse("""
            # generated
            ; also a comment
            nameserver 10.0.0.1   # trailing comment
            nameserver 2001:db8::53
            nameserver fe80::1%eth0
            nameserver not-an-ip
            nameserver 10.0.0.3
            nameserver 10.0.0.4
            domain corp.example
            options timeout:2 attempts:9 rotate ndots:40 edns0 timeout:x
            sortlist 130.155.160.0/255.255.240.0
            """)
        #expect(conf.nameservers.map(\.description) == ["10.0.0.1", "2001:db8::53", "10.0.0.3"])
        #expect(conf.search == ["corp.example"])
        #expect(conf.timeoutSeconds == 2 && conf.attempts == 5 && conf.rotate && conf.ndots == 15)
        #expect(conf.problems.count == 4, "\(conf.problems)")
        #expect(conf.problems.contains { $0.hasPrefix("line 5:") && $0.contains("fe80::1%eth0") })
        #expect(conf.problems.contains { $0.hasPrefix("line 8:") && $0.contains("10.0.0.4") })
        #expect(conf.problems.contains { $0.contains("timeout:x") })
    }

    @Test("an empty or hostile file gives defaults and no servers", arguments: [
        "", "\n\n", "nameserver", "options", "options :", "options ::::", "search", "\r\n#\r\n",
        "nameserver \u{0}", "nameserver 1.1.1.1\n nameserver 1.1.1.2\n\tnameserver 1.1.1.3\nnameserver 1.1.1.4",
    ])
    func hostile(_ text: String) {
        let conf = ResolvConf.parse(text)
        #expect(conf.nameservers.count <= 3 && conf.attempts == 2 && conf.timeoutSeconds == 5)
    }
}
