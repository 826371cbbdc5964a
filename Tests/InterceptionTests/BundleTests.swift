import Foundation
import Testing
@testable import Interception

@Suite struct BundleTests {
    let ca = "-----BEGIN CERTIFICATE-----\nQ0E=\n-----END CERTIFICATE-----\n"
    let root = "-----BEGIN CERTIFICATE-----\nUk9PVA==\n-----END CERTIFICATE-----"

    @Test(arguments: ["", "\n", "\n\n", "\r\n", "  \n"])
    func rootsThenTheCAWhateverTheTrailingNewlines(_ ending: String) {
        let bundle = PodCertificateAuthority.bundle(caPEM: ca, systemRootsPEM: root + ending)
        #expect(bundle == root + "\n" + ca)
    }

    @Test func anEmptySystemBundleGivesTheCAAlone() {
        #expect(PodCertificateAuthority.bundle(caPEM: ca, systemRootsPEM: "") == ca)
        #expect(PodCertificateAuthority.bundle(caPEM: "\n" + ca + "\n\n", systemRootsPEM: "") == ca)
    }

    @Test func theCAIsNotAppendedTwice() {
        let once = PodCertificateAuthority.bundle(caPEM: ca, systemRootsPEM: root)
        #expect(PodCertificateAuthority.bundle(caPEM: ca, systemRootsPEM: once) == once)
    }

    @Test func aRealCABundleEndsInTheCAAndSplitsCleanly() throws {
        let authority = try PodCertificateAuthority(hosts: .default, now: testNow)
        let bundle = PodCertificateAuthority.bundle(caPEM: authority.certificatePEM, systemRootsPEM: root)
        #expect(bundle.hasSuffix(authority.certificatePEM))
        #expect(bundle.components(separatedBy: "-----BEGIN CERTIFICATE-----").count == 3)
        #expect(!bundle.contains("-----END CERTIFICATE----------BEGIN"))
        #expect(!bundle.contains("PRIVATE KEY"))
    }
}
