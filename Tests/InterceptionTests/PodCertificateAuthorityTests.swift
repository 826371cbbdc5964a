import Crypto
import Foundation
import SwiftASN1
import Testing
import X509
@testable import Interception

@Suite struct PodCertificateAuthorityTests {
    let hosts = InterceptedHosts.default

    @Test func theCACertificateCarriesTheConstraints() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let cert = try certificate(der: ca.certificateDER)
        #expect(cert.subject == cert.issuer)
        #expect(cert.subject.description.contains("Outrigger pod-local interception CA"))
        #expect(cert.notValidBefore == testNow - 3_600)
        #expect(cert.notValidAfter == testNow + 365 * 86_400)
        #expect(try cert.extensions.basicConstraints == .isCertificateAuthority(maxPathLength: 0))
        #expect(try cert.extensions.keyUsage == KeyUsage(keyCertSign: true, cRLSign: true))
        #expect(try cert.extensions.subjectKeyIdentifier != nil)
        for oid: ASN1ObjectIdentifier in [.X509ExtensionID.basicConstraints, .X509ExtensionID.keyUsage, .X509ExtensionID.nameConstraints] {
            #expect(cert.extensions[oid: oid]?.critical == true, "\(oid)")
        }
        let constraints = try #require(try cert.extensions.nameConstraints)
        #expect(Set(constraints.permittedDNSDomains) == Set(hosts.names))
        #expect(constraints.permittedSubtrees.count == hosts.names.count)
        #expect(Array(constraints.excludedIPRanges) == [
            ASN1OctetString(contentBytes: [UInt8](repeating: 0, count: 8)[...]),
            ASN1OctetString(contentBytes: [UInt8](repeating: 0, count: 32)[...]),
        ])
        #expect(ca.certificatePEM.hasPrefix("-----BEGIN CERTIFICATE-----\n"))
        #expect(ca.certificatePEM.hasSuffix("-----END CERTIFICATE-----\n"))
        #expect(ca.warnings.isEmpty)
    }

    @Test func eachCAHasItsOwnKeyAndSerial() throws {
        let a = try certificate(der: PodCertificateAuthority(hosts: hosts, now: testNow).certificateDER)
        let b = try certificate(der: PodCertificateAuthority(hosts: hosts, now: testNow).certificateDER)
        #expect(a.publicKey != b.publicKey)
        #expect(a.serialNumber != b.serialNumber)
    }

    @Test func theLeafHasTheAgreedShape() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let leaf = try ca.leaf(for: "US-Central1-aiplatform.googleapis.com", now: testNow)
        #expect(leaf.serverName == "us-central1-aiplatform.googleapis.com")
        #expect(leaf.certificateChainDER.count == 2)
        #expect(leaf.certificateChainDER[1] == ca.certificateDER)
        let cert = try certificate(der: leaf.leafCertificateDER)
        let caCert = try certificate(der: ca.certificateDER)
        #expect(try cert.extensions.subjectAlternativeNames == SubjectAlternativeNames([.dnsName(leaf.serverName)]))
        #expect(try cert.extensions.extendedKeyUsage == ExtendedKeyUsage([.serverAuth]))
        #expect(try cert.extensions.keyUsage == KeyUsage(digitalSignature: true))
        #expect(cert.extensions[oid: .X509ExtensionID.keyUsage]?.critical == true)
        #expect(try cert.extensions.basicConstraints == .notCertificateAuthority)
        #expect(try cert.extensions.authorityKeyIdentifier?.keyIdentifier
            == caCert.extensions.subjectKeyIdentifier?.keyIdentifier)
        #expect(cert.issuer == caCert.subject)
        #expect(cert.notValidBefore == testNow - 3_600)
        #expect(cert.notValidAfter == testNow + 7 * 86_400)
        #expect(caCert.publicKey.isValidSignature(cert.signature, for: cert))
    }

    @Test func theLeafKeyIsPKCS8ForItsCertificate() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let leaf = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow)
        let key = try P256.Signing.PrivateKey(derRepresentation: leaf.privateKeyDER)
        let cert = try certificate(der: leaf.leafCertificateDER)
        #expect(Certificate.PublicKey(key.publicKey) == cert.publicKey)
        // PrivateKeyInfo ::= SEQUENCE { version INTEGER (0), privateKeyAlgorithm AlgorithmIdentifier, privateKey OCTET STRING }
        let node = try DER.parse(leaf.privateKeyDER)
        guard case .constructed(let children) = node.content else { Issue.record("not a SEQUENCE"); return }
        #expect(Array(children).count == 3)
        #expect(leaf.privateKeyPEM.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        #expect(leaf.certificateChainPEM.components(separatedBy: "-----BEGIN CERTIFICATE-----").count == 3)
        #expect(!leaf.description.contains("PRIVATE"))
        #expect(!String(reflecting: leaf).contains(leaf.privateKeyDER.map(String.init).joined(separator: ", ")))
    }

    @Test func eachLeafHasItsOwnKey() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let a = try ca.leaf(for: "aiplatform.googleapis.com", now: testNow)
        let b = try ca.leaf(for: "generativelanguage.googleapis.com", now: testNow)
        #expect(a.privateKeyDER != b.privateKeyDER)
    }

    @Test func swiftCertificatesVerifiesTheRightNameOnly() async throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let leaf = try ca.leaf(for: "europe-west4-aiplatform.googleapis.com", now: testNow)
        #expect(try await swiftCertificatesAccepts(leaf, hostname: "europe-west4-aiplatform.googleapis.com", authority: ca))
        #expect(try await !swiftCertificatesAccepts(leaf, hostname: "aiplatform.googleapis.com", authority: ca))
        #expect(try await !swiftCertificatesAccepts(leaf, hostname: "evil.example.com", authority: ca))
        #expect(try await !swiftCertificatesAccepts(leaf, hostname: "europe-west4-aiplatform.googleapis.com",
                                                    authority: ca, at: testNow + 8 * 86_400))
        let other = try PodCertificateAuthority(hosts: hosts, now: testNow)
        #expect(try await !swiftCertificatesAccepts(leaf, hostname: "europe-west4-aiplatform.googleapis.com", authority: other))
    }

    @Test func swiftCertificatesRejectsALeafOutsideTheConstraints() async throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let evil = try ca.unconstrainedLeafForTesting(dnsNames: ["evil.example.com"], now: testNow)
        #expect(try await !swiftCertificatesAccepts(evil, hostname: "evil.example.com", authority: ca))
    }

    @Test(arguments: ["evil.example.com", "googleapis.com", "x.aiplatform.googleapis.com", "127.0.0.1", "aiplatform.googleapis.com."])
    func aHostOutsideTheListIsRefused(_ name: String) throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let error = try #require(throws: HostNotIntercepted.self) { try ca.leaf(for: name, now: testNow) }
        #expect(error.host == name)
        #expect(error.description.contains(name) && error.description.contains("tls.hosts"))
        #expect(ca.cachedLeafCount == 0)
    }

    @Test func anExpiredCAMintsNothing() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: testNow)
        let error = try #require(throws: InterceptionError.self) {
            try ca.leaf(for: "aiplatform.googleapis.com", now: testNow + 366 * 86_400)
        }
        #expect(error.code == "ca_expired")
    }

    @Test func anEmptyHostListCannotMakeAnUnconstrainedCA() {
        // InterceptedHosts refuses it, so no CA can be built with no permitted subtree (which would permit all).
        #expect(throws: InterceptionError.self) { try InterceptedHosts([String]()) }
    }
}
