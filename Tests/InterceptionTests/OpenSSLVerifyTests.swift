import Foundation
import Testing
@testable import Interception

/// The independent check: OpenSSL's own verifier (`openssl verify`), not swift-certificates, judges the
/// chains. The evil-leaf case is the proof that the name constraints work; the unconstrained-CA control
/// shows that the same leaf passes once the constraints are gone.
@Suite(.serialized) struct OpenSSLVerifyTests {
    let hosts = InterceptedHosts.default
    /// OpenSSL checks validity against its own clock, so these leaves are minted at the real time.
    let now = Date()

    @Test func theRightNamePasses() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: now)
        let leaf = try ca.leaf(for: "us-central1-aiplatform.googleapis.com", now: now)
        let result = try OpenSSL.verify(ca: ca.certificatePEM, leaf: leaf, hostname: "us-central1-aiplatform.googleapis.com")
        #expect(result.passed, "\(result.output)")
    }

    @Test func anotherAllowedNameFails() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: now)
        let leaf = try ca.leaf(for: "us-central1-aiplatform.googleapis.com", now: now)
        let result = try OpenSSL.verify(ca: ca.certificatePEM, leaf: leaf, hostname: "aiplatform.googleapis.com")
        #expect(!result.passed)
        #expect(result.output.contains("hostname mismatch"), "\(result.output)")
    }

    @Test func aLeafOutsideTheConstraintsFailsBecauseOfThem() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: now)
        let evil = try ca.unconstrainedLeafForTesting(dnsNames: ["evil.example.com"], now: now)
        let result = try OpenSSL.verify(ca: ca.certificatePEM, leaf: evil, hostname: "evil.example.com")
        #expect(!result.passed)
        #expect(result.output.contains("permitted subtree violation"), "\(result.output)")
    }

    @Test func anIPAddressLeafFailsBecauseIPsAreExcluded() throws {
        let ca = try PodCertificateAuthority(hosts: hosts, now: now)
        let leaf = try ca.unconstrainedLeafForTesting(
            dnsNames: ["aiplatform.googleapis.com"], ipAddresses: [[127, 0, 0, 1]], now: now)
        let result = try OpenSSL.verify(ca: ca.certificatePEM, leaf: leaf, ip: "127.0.0.1")
        #expect(!result.passed)
        #expect(result.output.contains("excluded subtree violation"), "\(result.output)")
    }

    @Test func aSubdomainOfAHostWouldPassSoTheLeafAPINeverSignsOne() throws {
        // RFC 5280 dNSName constraints permit added labels on the left; only the host check stops these.
        let ca = try PodCertificateAuthority(hosts: hosts, now: now)
        let sub = try ca.unconstrainedLeafForTesting(dnsNames: ["x.aiplatform.googleapis.com"], now: now)
        let result = try OpenSSL.verify(ca: ca.certificatePEM, leaf: sub, hostname: "x.aiplatform.googleapis.com")
        #expect(result.passed, "\(result.output)")
        #expect(throws: HostNotIntercepted.self) { try ca.leaf(for: "x.aiplatform.googleapis.com", now: now) }
    }

    @Test func controlTheSameEvilLeafPassesWithoutConstraints() throws {
        var made = HandMadeAuthority()
        made.notValidBefore = now - 3_600
        made.notValidAfter = now + 30 * 86_400
        let ca = try PodCertificateAuthority(
            certificatePEM: try made.certificatePEM, privateKeyPEM: made.keyPEM, hosts: hosts, now: now)
        let evil = try ca.unconstrainedLeafForTesting(dnsNames: ["evil.example.com"], now: now)
        let result = try OpenSSL.verify(ca: ca.certificatePEM, leaf: evil, hostname: "evil.example.com")
        #expect(result.passed, "\(result.output)")
    }
}

/// Runs `openssl verify -x509_strict -purpose sslserver` on PEM files in a temporary directory.
enum OpenSSL {
    struct Result { let passed: Bool; let output: String }

    static func verify(ca: String, leaf: LeafCredential, hostname: String? = nil, ip: String? = nil) throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("interception-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let caFile = dir.appendingPathComponent("ca.pem")
        let leafFile = dir.appendingPathComponent("leaf.pem")
        try ca.write(to: caFile, atomically: true, encoding: .utf8)
        let leafPEM = leaf.certificateChainPEM.components(separatedBy: "-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----\n"
        try leafPEM.write(to: leafFile, atomically: true, encoding: .utf8)
        var arguments = ["verify", "-x509_strict", "-purpose", "sslserver", "-CAfile", caFile.path]
        if let hostname { arguments += ["-verify_hostname", hostname] }
        if let ip { arguments += ["-verify_ip", ip] }
        return try run(arguments + [leafFile.path])
    }

    private static func run(_ arguments: [String]) throws -> Result {
        guard let path = ["/usr/bin/openssl", "/usr/local/bin/openssl", "/bin/openssl"]
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else {
            throw OpenSSLMissing()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(passed: process.terminationStatus == 0, output: String(decoding: data, as: UTF8.self))
    }

    struct OpenSSLMissing: Error, CustomStringConvertible {
        var description: String { "openssl is not installed: apt-get install openssl (the independent verifier)" }
    }
}
