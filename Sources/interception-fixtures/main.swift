// Writes a pod CA and leaves it signed to PEM files, for verifiers outside Swift to judge
// (integration/interop/test_interception_ca.py uses Python's `cryptography`). Test fixture only.
//
//   interception-fixtures OUT_DIR [--ca-cert FILE --ca-key FILE]
//
// With --ca-cert/--ca-key the CA is loaded as from a Kubernetes Secret instead of generated.
// Writes OUT_DIR/ca.pem and OUT_DIR/<case>.pem (the leaf certificate alone), one per case:
//   good      us-central1-aiplatform.googleapis.com, through the normal leaf API
//   evil      evil.example.com, through the test-only hook that skips the host check
//   ip        aiplatform.googleapis.com plus IP SAN 127.0.0.1, through the hook
//   subdomain x.aiplatform.googleapis.com, through the hook
// and OUT_DIR/warnings.txt (one warning code a line).
import Foundation
import Interception

func leafPEM(_ leaf: LeafCredential) -> String {
    leaf.certificateChainPEM.components(separatedBy: "-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----\n"
}

func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let outDir = arguments.first else {
        FileHandle.standardError.write(Data("usage: interception-fixtures OUT_DIR [--ca-cert FILE --ca-key FILE]\n".utf8))
        exit(64)
    }
    arguments.removeFirst()
    var options: [String: String] = [:]
    while arguments.count >= 2 { options[arguments.removeFirst()] = arguments.removeFirst() }
    let now = Date()
    let ca: PodCertificateAuthority
    if let certFile = options["--ca-cert"], let keyFile = options["--ca-key"] {
        ca = try PodCertificateAuthority(
            certificatePEM: String(contentsOfFile: certFile, encoding: .utf8),
            privateKeyPEM: String(contentsOfFile: keyFile, encoding: .utf8), hosts: .default, now: now)
    } else {
        ca = try PodCertificateAuthority(hosts: .default, now: now)
    }
    let cases: [(String, LeafCredential)] = [
        ("good", try ca.leaf(for: "us-central1-aiplatform.googleapis.com", now: now)),
        ("evil", try ca.unconstrainedLeafForTesting(dnsNames: ["evil.example.com"], now: now)),
        ("ip", try ca.unconstrainedLeafForTesting(dnsNames: ["aiplatform.googleapis.com"], ipAddresses: [[127, 0, 0, 1]], now: now)),
        ("subdomain", try ca.unconstrainedLeafForTesting(dnsNames: ["x.aiplatform.googleapis.com"], now: now)),
    ]
    let dir = URL(fileURLWithPath: outDir)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try ca.certificatePEM.write(to: dir.appendingPathComponent("ca.pem"), atomically: true, encoding: .utf8)
    for (name, leaf) in cases {
        try leafPEM(leaf).write(to: dir.appendingPathComponent("\(name).pem"), atomically: true, encoding: .utf8)
    }
    let warnings = ca.warnings.map { $0.code + "\n" }.joined()
    try warnings.write(to: dir.appendingPathComponent("warnings.txt"), atomically: true, encoding: .utf8)
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("interception-fixtures: \(error)\n".utf8))
    exit(1)
}
