import Crypto
import Foundation
import SwiftASN1
import Testing
import X509
@testable import Interception

@Suite struct SecretAuthorityTests {
    let hosts = InterceptedHosts.default

    private func constrained(_ names: [String]) -> NameConstraints {
        NameConstraints(permittedDNSDomains: names, excludedIPRanges: [.init(contentBytes: [UInt8](repeating: 0, count: 8)[...])])
    }

    @Test func aConstrainedCALoadsWithoutWarningsAndSigns() async throws {
        var made = HandMadeAuthority()
        made.nameConstraints = constrained(["googleapis.com"])
        let ca = try PodCertificateAuthority(
            certificatePEM: try made.certificatePEM, privateKeyPEM: made.keyPEM, hosts: hosts, now: testNow)
        #expect(ca.warnings.isEmpty, "\(ca.warnings)")
        #expect(try certificate(der: ca.certificateDER).publicKey == Certificate.PublicKey(made.key.publicKey))
        let leaf = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow)
        #expect(try await swiftCertificatesAccepts(leaf, hostname: "aiplatform.googleapis.com", authority: ca))
        // The leaf is cut to the CA's expiry (30 days out is more than 7, so not here).
        #expect(leaf.notValidAfter == testNow + 7 * 86_400)
    }

    @Test func aNonCACertificateIsRefused() throws {
        var made = HandMadeAuthority()
        made.isAuthority = false
        let error = try #require(throws: InterceptionError.self) {
            try PodCertificateAuthority(certificatePEM: try made.certificatePEM, privateKeyPEM: made.keyPEM, hosts: hosts, now: testNow)
        }
        #expect(error.code == "not_a_ca_certificate")
        #expect(error.description.contains("CA:FALSE") && error.description.contains("mount a CA certificate"))
    }

    @Test func aCAWithoutKeyCertSignIsRefused() throws {
        var made = HandMadeAuthority()
        made.keyCertSign = false
        let error = try #require(throws: InterceptionError.self) {
            try PodCertificateAuthority(certificatePEM: try made.certificatePEM, privateKeyPEM: made.keyPEM, hosts: hosts, now: testNow)
        }
        #expect(error.code == "not_a_ca_certificate")
        #expect(error.description.contains("keyCertSign"))
    }

    @Test func aKeyFromAnotherCAIsRefused() throws {
        let made = HandMadeAuthority()
        let otherKey = P256.Signing.PrivateKey().pemRepresentation
        let error = try #require(throws: InterceptionError.self) {
            try PodCertificateAuthority(certificatePEM: try made.certificatePEM, privateKeyPEM: otherKey, hosts: hosts, now: testNow)
        }
        #expect(error == .keyMismatch())
        #expect(error.description.contains("tls.crt and tls.key of the same CA"))
    }

    @Test func anExpiredCAIsRefused() throws {
        var made = HandMadeAuthority()
        made.notValidAfter = testNow - 1
        let error = try #require(throws: InterceptionError.self) {
            try PodCertificateAuthority(certificatePEM: try made.certificatePEM, privateKeyPEM: made.keyPEM, hosts: hosts, now: testNow)
        }
        #expect(error.code == "ca_expired")
    }

    @Test(arguments: [("not a pem", "unreadable_ca_certificate"), ("", "unreadable_ca_certificate")])
    func garbageCertificatesAreRefused(_ pem: String, _ code: String) throws {
        let made = HandMadeAuthority()
        let error = try #require(throws: InterceptionError.self) {
            try PodCertificateAuthority(certificatePEM: pem, privateKeyPEM: made.keyPEM, hosts: hosts, now: testNow)
        }
        #expect(error.code == code)
    }

    @Test func garbageKeysAreRefused() throws {
        let made = HandMadeAuthority()
        let error = try #require(throws: InterceptionError.self) {
            try PodCertificateAuthority(certificatePEM: try made.certificatePEM, privateKeyPEM: try made.certificatePEM, hosts: hosts, now: testNow)
        }
        #expect(error.code == "unreadable_ca_private_key")
    }

    @Test func theFirstCertificateOfAChainFileIsTheCA() throws {
        var made = HandMadeAuthority()
        made.nameConstraints = constrained(["googleapis.com"])
        let chain = try made.certificatePEM + "\n" + HandMadeAuthority(subject: "another").certificatePEM
        let ca = try PodCertificateAuthority(certificatePEM: chain, privateKeyPEM: "\n" + made.keyPEM + "\n", hosts: hosts, now: testNow)
        #expect(try certificate(der: ca.certificateDER).publicKey == Certificate.PublicKey(made.key.publicKey))
    }

    @Test func anUnconstrainedCALoadsWithAWarning() throws {
        let made = HandMadeAuthority()
        let ca = try PodCertificateAuthority(
            certificatePEM: try made.certificatePEM, privateKeyPEM: made.keyPEM, hosts: hosts, now: testNow)
        #expect(ca.warnings.map(\.code) == ["no_name_constraints"])
        #expect(ca.warnings[0].description.contains("impersonate any site"))
    }

    @Test func constraintsThatMissHostsOrIPsAreWarnedAbout() throws {
        var made = HandMadeAuthority()
        made.nameConstraints = NameConstraints(permittedDNSDomains: ["aiplatform.googleapis.com"])
        made.notValidAfter = testNow + 2 * 86_400
        let ca = try PodCertificateAuthority(
            certificatePEM: try made.certificatePEM, privateKeyPEM: made.keyPEM, hosts: hosts, now: testNow)
        #expect(ca.warnings.map(\.code) == ["hosts_outside_name_constraints", "ip_addresses_unconstrained", "expires_soon"])
        #expect(ca.warnings[0].description.contains("32 of tls.hosts"))
        let leaf = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow)
        #expect(leaf.notValidAfter == testNow + 2 * 86_400, "cut to the CA's expiry")
    }

    @Test func leafKeysAreNotTheCAKey() throws {
        // No API returns the CA key: the only key material out of the CA is each leaf's own key.
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let leaf = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow)
        let leafKey = try P256.Signing.PrivateKey(derRepresentation: leaf.privateKeyDER)
        #expect(Certificate.PublicKey(leafKey.publicKey) != (try certificate(der: ca.certificateDER).publicKey))
        var dumped = ""
        dump(ca, to: &dumped)
        #expect(!dumped.contains("signingKey") && !dumped.contains("PrivateKey"), "\(dumped)")
        #expect(!String(describing: ca).contains("PrivateKey"))
    }
}
