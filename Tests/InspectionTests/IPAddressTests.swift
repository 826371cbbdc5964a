import Inspection
import Testing

@Suite("IP address")
struct IPAddressTests {
    @Test(arguments: [
        "192.168.1.10", "8.8.8.8", "255.255.255.255", "10.0.0.1", "2001:db8::1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        "fe80::1ff:fe23:4567:890a", "::ffff:192.0.2.128", "2001:DB8:0:0:8:800:200C:417A", "2001:db8::", "::1:2",
    ])
    func addressIsFound(_ address: String) {
        #expect(Hit.all(in: "client \(address) connected") == [Hit(.ipAddress, address)])
    }

    @Test func addressAtTheEndOfASentence() {
        #expect(Hit.all(in: "Server is 10.0.0.1.") == [Hit(.ipAddress, "10.0.0.1")])
        #expect(Hit.all(in: "(fe80::1)") == [Hit(.ipAddress, "fe80::1")])
    }

    @Test(arguments: [
        "256.1.1.1", "1.2.3.4.5", "version 1.2.3.4.5", "1.2.3", "v1.2.3.4", "01.02.03.04", "10:30", "12:00:00",
        "std::vector", "a::b", "dead::beef", "::1", "::", "00:1A:2B:3C:4D:5E", "1:2:3:4:5:6:7", "1::2::3",
        "2001:db8::12345", "at 10:30:15 UTC", "1.2.3.4x",
    ])
    func nonAddressIsIgnored(_ text: String) {
        #expect(Hit.all(in: text).filter { $0.kind == .ipAddress } == [])
    }
}
